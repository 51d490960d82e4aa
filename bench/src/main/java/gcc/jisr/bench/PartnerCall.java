package gcc.jisr.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.json.CanonicalJson;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.PartnerRoutes;
import gcc.jisr.routes.trust.EnvelopeSignatureCheck;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.JwsProfile;
import gcc.jisr.routes.trust.ReceiptCheck;
import gcc.jisr.routes.trust.SentEnvelope;
import gcc.jisr.routes.trust.SignedReceipt;
import gcc.jisr.routes.trust.SigningIdentity;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bench in the Saudi gateway's place, calling the Kuwaiti gateway's partner port as SA's gateway does: each
 * verification in an envelope signed with SA's key, posted over mutual TLS with SA's certificate, and the answer taken
 * only once its signature and its receipt for the exact bytes sent verify. This is one gateway with the border's work
 * at both ends (the sending end's in this process), the baseline that the two-gateway path adds a whole gateway to.
 */
final class PartnerCall implements LoadRun.Answers {

    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();
    private static final Duration VALIDITY = Duration.ofMinutes(5);

    private final URI envelopes;
    private final SSLContext tls;
    private final EnvelopeSigner signer;
    private final EnvelopeSignatureCheck signedByKuwait;
    /** Each envelope in flight, by messageId, as sent: its receipt must be for these bytes. */
    private final Map<String, byte[]> inFlight = new ConcurrentHashMap<>();

    private PartnerCall(URI envelopes, SSLContext tls, EnvelopeSigner signer, X509Certificate kuwaitSigning) {
        this.envelopes = envelopes;
        this.tls = tls;
        this.signer = signer;
        // Kuwait's signing certificate pinned, as a partner registered with its certificates is: the bench does not
        // measure the PKI (the gateways remember validated chains too).
        this.signedByKuwait = new EnvelopeSignatureCheck(chain -> {
            if (!chain.get(0).equals(kuwaitSigning)) {
                throw new IllegalStateException("the answer is not signed with Kuwait's signing certificate");
            }
            return chain.get(0);
        });
    }

    /** As SA's gateway, with the keys the {@code pki} command wrote to {@code pki}, to the partner port at {@code kuwait}. */
    static PartnerCall asSaudiGateway(Path pki, URI kuwait) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(AgencyTls.pkcs12(pki.resolve("sa-tls.p12")), AgencyTls.PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(AgencyTls.pkcs12(pki.resolve("gcc-trust.p12")));
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        SigningIdentity saudi = SigningIdentity.fromPkcs12(pki.resolve("sa-signing.p12"), "signing", AgencyTls.PASSWORD);
        X509Certificate kuwaitSigning = (X509Certificate) AgencyTls.pkcs12(pki.resolve("kw-signing.p12")).getCertificate("signing");
        return new PartnerCall(kuwait.resolve(PartnerRoutes.ENVELOPES_PATH), tls, new EnvelopeSigner(saudi), kuwaitSigning);
    }

    SSLContext tls() {
        return tls;
    }

    /** A Saudi agency's verification of a Kuwaiti civil ID, sealed and signed for the Kuwaiti gateway. */
    HttpRequest verification(String civilId) {
        ObjectNode request = CanonicalJson.mapper().createObjectNode();
        request.putObject("requester").put("state", "SA").put("agency", "JAWAZAT");
        request.put("purpose", "BORDER_CROSSING").put("civilId", civilId).put("issuingState", "KW");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String messageId = UUID_V7.generate().toString();
        Envelope envelope = new Envelope(messageId, "bench-" + messageId, null, GccServices.CIVIL_ID_VERIFY,
                new Envelope.Party("SA", "JAWAZAT"), new Envelope.Party("KW", "JISR"), now, now.plus(VALIDITY), request);
        byte[] bytes = envelope.toJson();
        inFlight.put(messageId, bytes);
        return HttpRequest.newBuilder(envelopes)
                .header("Content-Type", PartnerRoutes.ENVELOPE_MEDIA_TYPE)
                .header(JwsProfile.HTTP_HEADER, signer.sign(bytes, messageId))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    /** Trusts the answer as SA's gateway would: signed by Kuwait, in reply to what was sent, with a receipt for it. */
    @Override
    public void answered(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return;
        }
        byte[] body = response.body();
        signedByKuwait.verify(body, response.headers().firstValue(JwsProfile.HTTP_HEADER).orElse(null));
        String answered = Envelope.read(body).inReplyTo();
        byte[] sent = inFlight.remove(answered);
        if (sent == null) {
            throw new IllegalStateException("an answer to " + answered + ", which was not sent");
        }
        SignedReceipt receipt = new SignedReceipt(
                Base64.getUrlDecoder().decode(response.headers().firstValue(PartnerRoutes.RECEIPT_HEADER).orElseThrow()),
                response.headers().firstValue(PartnerRoutes.RECEIPT_SIGNATURE_HEADER).orElseThrow());
        new ReceiptCheck(signedByKuwait).verify(receipt, new SentEnvelope(answered, GccState.KW, sent));
    }
}
