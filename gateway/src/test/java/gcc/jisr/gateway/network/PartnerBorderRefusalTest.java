package gcc.jisr.gateway.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.uuid.Generators;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.JisrGatewayApplication;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.GccCertificateAuthority;
import gcc.jisr.gateway.pki.Revocation;
import gcc.jisr.gateway.pki.StateCredential;
import gcc.jisr.gateway.testing.AgencyClients;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.trust.EnvelopeSigner;
import gcc.jisr.routes.trust.JwsProfile;
import gcc.jisr.routes.trust.SigningIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The border of one gateway (KW) under attack, over real mutual TLS: every bad input is refused with its own code,
 * audited with who, what and why, and never reaches the registry; a partner that does not answer gives a clear
 * error in bounded time. SA may ask KW for border crossings and traffic enforcement only; OM is no partner.
 */
@ExtendWith(OutputCaptureExtension.class)
class PartnerBorderRefusalTest {

    static final String PASSWORD = "changeit";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path PKI = Path.of("target", "partner-border-test-pki");
    static final Path OTHER_CERTIFICATES = Path.of("target", "partner-border-test-other-certificates");
    static GatewayCertificates pki;
    static ConfigurableApplicationContext kuwait;
    static int nationalPort;
    static int partnerPort;
    static EnvelopeSigner saudiSigner;

    @BeforeAll
    static void startTheKuwaitGateway() {
        pki = LocalGccNetwork.developmentPki(PKI, PASSWORD, Clock.systemUTC());
        saudiSigner = new EnvelopeSigner(SigningIdentity.fromPkcs12(pki.keyStoreFile(GccState.SA, CertificateKind.SIGNING),
                "signing", PASSWORD.toCharArray()));
        nationalPort = freePort();
        partnerPort = freePort();
        kuwait = new SpringApplicationBuilder(JisrGatewayApplication.class).run(
                "--jisr.state=KW", "--server.port=" + nationalPort, "--jisr.partners.port=" + partnerPort,
                "--jisr.trust.directory=" + PKI.toAbsolutePath(), "--jisr.trust.create-development-pki=false",
                "--jisr.partners.timeout=2s",
                // A partner gateway that is down: nothing listens there.
                "--jisr.partners.gateways.QA=https://127.0.0.1:" + freePort(),
                "--jisr.partners.grants[0].partner=SA",
                "--jisr.partners.grants[0].services[0]=gcc.civil-id.verify.v1",
                "--jisr.partners.grants[0].purposes=BORDER_CROSSING,TRAFFIC_ENFORCEMENT");
    }

    @AfterAll
    static void stop() {
        if (kuwait != null) {
            kuwait.close();
        }
    }

    @Test
    void aSignedEnvelopeFromAGrantedPartnerIsAnsweredWithASignedAnswerAndReceipt() throws Exception {
        HttpResponse<String> answer = send(tls(GccState.SA), signedEnvelope(envelope("BORDER_CROSSING")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue(JwsProfile.HTTP_HEADER)).isPresent();
        assertThat(answer.headers().firstValue("Jisr-Receipt")).isPresent();
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("service").asText()).isEqualTo("gcc.civil-id.verify.v1.answer");
        assertThat(body.path("payload").path("cardStatus").asText()).isEqualTo("VALID");
    }

    @Test
    void aTamperedPayloadIsRefused(CapturedOutput output) throws Exception {
        SignedBytes signed = signedEnvelope(envelope("BORDER_CROSSING"));
        String tampered = new String(signed.bytes, StandardCharsets.UTF_8).replace("285010100015", "290071500211");
        assertRefused(send(tls(GccState.SA), new SignedBytes(tampered.getBytes(StandardCharsets.UTF_8), signed.signature)),
                401, "JISR-401-SIGNATURE-INVALID", output);
    }

    @Test
    void aStrippedSignatureIsRefused(CapturedOutput output) throws Exception {
        assertRefused(send(tls(GccState.SA), new SignedBytes(envelope("BORDER_CROSSING").toJson(), null)),
                401, "JISR-401-SIGNATURE-MISSING", output);
    }

    @Test
    void anotherStatesCertificateIsRefused(CapturedOutput output) throws Exception {
        assertRefused(send(tls(GccState.QA), signedEnvelope(envelope("BORDER_CROSSING"))),
                403, "JISR-403-CERT-STATE-MISMATCH", output);
    }

    @Test
    void anExpiredCertificateIsRefused(CapturedOutput output) throws Exception {
        GccCertificateAuthority authority = pki.loadAuthority();
        // Within the root's validity (which starts an hour before the root was made), ended a minute ago.
        StateCredential expired = authority.issue(GccState.SA, CertificateKind.TLS, new CertificateValidity(
                authority.rootCertificate().getNotBefore().toInstant(), Instant.now().minus(Duration.ofMinutes(1))));
        assertRefused(send(tls(expired), signedEnvelope(envelope("BORDER_CROSSING"))), 401, "JISR-401-CERT-EXPIRED", output);
    }

    @Test
    void aRevokedCertificateIsRefusedAsSoonAsTheCaPublishesIt(CapturedOutput output) throws Exception {
        GccCertificateAuthority authority = pki.loadAuthority();
        StateCredential revoked = authority.issue(GccState.SA, CertificateKind.TLS, CertificateValidity.forDays(Clock.systemUTC(), 30));
        assertThat(send(tls(revoked), signedEnvelope(envelope("BORDER_CROSSING"))).statusCode()).isEqualTo(200);

        Instant now = Instant.now();
        pki.writeCrl(authority.nextCrl(pki.loadCrl(), List.of(new Revocation(revoked.serial(), now)), now, now.plus(Duration.ofDays(30))));
        assertRefused(send(tls(revoked), signedEnvelope(envelope("BORDER_CROSSING"))), 401, "JISR-401-CERT-REVOKED", output);
    }

    @Test
    void aCertificateOfAnotherAuthorityIsRefused(CapturedOutput output) throws Exception {
        GccCertificateAuthority impostor = GccCertificateAuthority.createRoot("CN=Not the GCC CA,O=Impostor",
                CertificateValidity.forDays(Clock.systemUTC(), 30));
        StateCredential foreign = impostor.issue(GccState.SA, CertificateKind.TLS, CertificateValidity.forDays(Clock.systemUTC(), 10));
        assertRefused(send(tls(foreign), signedEnvelope(envelope("BORDER_CROSSING"))), 401, "JISR-401-CERT-WRONG-ISSUER", output);
    }

    @Test
    void aCallWithoutClientCertificateIsRefused(CapturedOutput output) throws Exception {
        assertRefused(send(sslContext(null), signedEnvelope(envelope("BORDER_CROSSING"))), 401, "JISR-401-CERT-MISSING", output);
    }

    @Test
    void aReplayedMessageIdIsRefused(CapturedOutput output) throws Exception {
        SignedBytes once = signedEnvelope(envelope("BORDER_CROSSING"));
        assertThat(send(tls(GccState.SA), once).statusCode()).isEqualTo(200);
        assertRefused(send(tls(GccState.SA), once), 409, "JISR-409-REPLAY", output);
    }

    @Test
    void aStaleEnvelopeIsRefused(CapturedOutput output) throws Exception {
        OffsetDateTime tenMinutesAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        Envelope fresh = envelope("BORDER_CROSSING");
        Envelope stale = new Envelope(fresh.messageId(), fresh.correlationId(), null, fresh.service(), fresh.from(), fresh.to(),
                tenMinutesAgo, tenMinutesAgo.plusMinutes(30), fresh.payload());
        assertRefused(send(tls(GccState.SA), signedEnvelope(stale)), 409, "JISR-409-STALE", output);
    }

    @Test
    void aPurposeServiceOrPartnerNotGrantedIsRefused(CapturedOutput output) throws Exception {
        assertRefused(send(tls(GccState.SA), signedEnvelope(envelope("BANKING_KYC"))), 403, "JISR-403-PURPOSE-NOT-GRANTED", output);

        Envelope verification = envelope("BORDER_CROSSING");
        Envelope traffic = new Envelope(verification.messageId(), verification.correlationId(), null, "gcc.traffic.violation.notify.v1",
                verification.from(), verification.to(), verification.createdAt(), verification.expiresAt(), verification.payload());
        assertRefused(send(tls(GccState.SA), signedEnvelope(traffic)), 403, "JISR-403-SERVICE-NOT-GRANTED", output);

        EnvelopeSigner omaniSigner = new EnvelopeSigner(SigningIdentity.fromPkcs12(pki.keyStoreFile(GccState.OM, CertificateKind.SIGNING),
                "signing", PASSWORD.toCharArray()));
        Envelope fromOman = envelopeFrom(GccState.OM, "BORDER_CROSSING");
        byte[] bytes = fromOman.toJson();
        assertRefused(send(tls(GccState.OM), new SignedBytes(bytes, omaniSigner.sign(bytes, fromOman.messageId()))),
                403, "JISR-403-UNKNOWN-PARTNER", output);
    }

    @Test
    void anEnvelopeForAnotherStateIsRefused(CapturedOutput output) throws Exception {
        Envelope kuwaiti = envelope("BORDER_CROSSING");
        Envelope misaddressed = new Envelope(kuwaiti.messageId(), kuwaiti.correlationId(), null, kuwaiti.service(), kuwaiti.from(),
                new Envelope.Party("QA", "JISR"), kuwaiti.createdAt(), kuwaiti.expiresAt(), kuwaiti.payload());
        assertRefused(send(tls(GccState.SA), signedEnvelope(misaddressed)), 421, "JISR-421-WRONG-RECIPIENT", output);
    }

    @Test
    void anEnvelopeSentToTheNationalPortInsteadOfThePartnerPortIsRefused(CapturedOutput output) throws Exception {
        SignedBytes signed = signedEnvelope(envelope("BORDER_CROSSING"));
        // The national port is TLS too, but without the partner port's mutual TLS: envelopes are never taken there.
        HttpResponse<String> plain = client(sslContext(null)).send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + nationalPort + "/gcc/v1/envelopes"))
                .header("Content-Type", "application/json").header(JwsProfile.HTTP_HEADER, signed.signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.bytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertRefused(plain, 403, "JISR-403-PLAIN-HTTP", output);
    }

    @Test
    void thePartnerPortServesNothingButEnvelopes() throws Exception {
        HttpResponse<String> answer = client(tls(GccState.SA)).send(HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + partnerPort + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void aPartnerThatDoesNotAnswerGivesAClearErrorInBoundedTime() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = AgencyClients.http(PKI, GccState.KW, "MOI").send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + nationalPort + "/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"KW","agency":"MOI"},"purpose":"BORDER_CROSSING","civilId":"28563401234","issuingState":"QA"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(504);
        assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo("JISR-504-PARTNER-UNREACHABLE");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("bounded by the partner timeout, not a hang")
                .isLessThan(Duration.ofSeconds(30));
    }

    // --- a hand-made Saudi gateway ---

    record SignedBytes(byte[] bytes, String signature) {
    }

    static Envelope envelope(String purpose) {
        return envelopeFrom(GccState.SA, purpose);
    }

    static Envelope envelopeFrom(GccState from, String purpose) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("requester").put("state", from.name()).put("agency", "JAWAZAT");
        request.put("purpose", purpose).put("civilId", "285010100015").put("issuingState", "KW");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String id = Generators.timeBasedEpochGenerator().generate().toString();
        return new Envelope(id, id, null, "gcc.civil-id.verify.v1", new Envelope.Party(from.name(), "JAWAZAT"),
                new Envelope.Party("KW", "JISR"), now, now.plusMinutes(5), request);
    }

    static SignedBytes signedEnvelope(Envelope envelope) {
        byte[] bytes = envelope.toJson();
        return new SignedBytes(bytes, saudiSigner.sign(bytes, envelope.messageId()));
    }

    static SSLContext tls(GccState state) throws Exception {
        return sslContext(pki.loadKeyStore(state, CertificateKind.TLS));
    }

    static SSLContext tls(StateCredential credential) throws Exception {
        GatewayCertificates elsewhere = new GatewayCertificates(OTHER_CERTIFICATES.resolve(credential.serial().toString(16)),
                PASSWORD.toCharArray());
        elsewhere.writeCredential(credential);
        return sslContext(elsewhere.loadKeyStore(credential.state(), CertificateKind.TLS));
    }

    static SSLContext sslContext(KeyStore keys) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(pki.loadTrustStore());
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        KeyManagerFactory keyManagers = null;
        if (keys != null) {
            keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, PASSWORD.toCharArray());
        }
        context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpResponse<String> send(SSLContext tls, SignedBytes signed) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + partnerPort + "/gcc/v1/envelopes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(signed.bytes));
        if (signed.signature != null) {
            request.header(JwsProfile.HTTP_HEADER, signed.signature);
        }
        return client(tls).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertRefused(HttpResponse<String> answer, int status, String code, CapturedOutput output) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo(code);
        assertThat(output.getOut()).as("audited").contains("REFUSED").contains("code=" + code);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
