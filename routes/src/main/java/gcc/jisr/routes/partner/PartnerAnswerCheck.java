package gcc.jisr.routes.partner;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.json.CanonicalJson;
import gcc.jisr.routes.trust.EnvelopeSignatureCheck;
import gcc.jisr.routes.trust.JwsProfile;
import gcc.jisr.routes.trust.ReceiptCheck;
import gcc.jisr.routes.trust.SentEnvelope;
import gcc.jisr.routes.trust.SignedReceipt;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Trusts the partner's answer only once it is signed by the state the envelope went to, answers that very envelope,
 * and comes with a signed receipt for the exact bytes sent. The envelope sent is then archived with that receipt, and
 * the answer beside it; an envelope the partner answered otherwise is archived without a receipt. A refusal by the
 * partner is relayed with the partner's own error code, so that the national caller learns why.
 */
final class PartnerAnswerCheck implements Processor {

    /**
     * Refusals about the two gateways' trust in each other, not about the caller's request: relayed to the national
     * caller as a protocol failure between gateways (with the partner's code in the detail), never as if the caller
     * had been unauthenticated.
     */
    private static final Set<JisrError> TRUST_LAYER = EnumSet.of(JisrError.CERTIFICATE_MISSING, JisrError.CERTIFICATE_EXPIRED,
            JisrError.CERTIFICATE_NOT_YET_VALID, JisrError.CERTIFICATE_WRONG_ISSUER, JisrError.CERTIFICATE_REVOKED,
            JisrError.CERTIFICATE_NOT_REGISTERED, JisrError.CERTIFICATE_STATE_MISMATCH, JisrError.SIGNATURE_MISSING, JisrError.SIGNATURE_INVALID,
            JisrError.UNKNOWN_PARTNER, JisrError.PLAIN_HTTP_REFUSED, JisrError.WRONG_RECIPIENT, JisrError.REPLAY,
            JisrError.STALE_MESSAGE, JisrError.SCHEMA, JisrError.MALFORMED, JisrError.INTERNAL);

    private final GccState ownState;
    private final PartnerCertificates certificates;
    private final EnvelopeArchive archive;

    PartnerAnswerCheck(GccState ownState, PartnerCertificates certificates, EnvelopeArchive archive) {
        this.ownState = ownState;
        this.certificates = certificates;
        this.archive = archive;
    }

    @Override
    public void process(Exchange exchange) {
        OutgoingEnvelope outgoing = OutgoingEnvelope.of(exchange);
        GccState partner = outgoing.envelope.to().gccState();
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        byte[] body = message.getBody(byte[].class);
        if (status != 200) {
            archive.keep(unreceipted(outgoing));
            throw relayedRefusal(partner, status, body);
        }
        EnvelopeSignatureCheck signedByPartner = new EnvelopeSignatureCheck(chain -> {
            GccState signer = certificates.trustedState(chain);
            if (signer != partner) {
                throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, "signed by " + signer + ", not " + partner);
            }
            return chain.get(0);
        });
        String answerSignature = message.getHeader(JwsProfile.HTTP_HEADER, String.class);
        Envelope answer;
        SignedReceipt signedReceipt;
        try {
            signedByPartner.verify(body, answerSignature);
            answer = Envelope.read(body);
            requireAnswerTo(outgoing.envelope, answer);
            SentEnvelope sent = new SentEnvelope(outgoing.envelope.messageId(), partner, outgoing.bytes);
            signedReceipt = receiptOf(message);
            new ReceiptCheck(signedByPartner).verify(signedReceipt, sent);
        } catch (JisrException e) {
            archive.keep(unreceipted(outgoing));
            if (e.error() == JisrError.PARTNER_PROTOCOL) {
                throw e;
            }
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "the " + partner + " gateway's answer cannot be trusted: "
                    + e.error().code() + " " + e.getMessage());
        }
        archive.keep(ArchivedEnvelope.sent(outgoing.envelope, outgoing.bytes, outgoing.signature, signedReceipt),
                ArchivedEnvelope.received(answer, body, answerSignature));
        outgoing.answer = answer;
    }

    private static ArchivedEnvelope unreceipted(OutgoingEnvelope outgoing) {
        return ArchivedEnvelope.sent(outgoing.envelope, outgoing.bytes, outgoing.signature, null);
    }

    private void requireAnswerTo(Envelope sent, Envelope answer) {
        if (!sent.messageId().equals(answer.inReplyTo())
                || !(sent.service() + GccServices.ANSWER_SUFFIX).equals(answer.service())
                || !sent.to().state().equals(answer.from().state())
                || !ownState.name().equals(answer.to().state())) {
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "the answer (" + answer.service() + " from "
                    + answer.from().state() + " in reply to " + answer.inReplyTo() + ") does not answer " + sent.messageId());
        }
    }

    private static SignedReceipt receiptOf(Message message) {
        String json = message.getHeader(PartnerRoutes.RECEIPT_HEADER, String.class);
        String signature = message.getHeader(PartnerRoutes.RECEIPT_SIGNATURE_HEADER, String.class);
        if (json == null || signature == null) {
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "the answer carries no signed receipt");
        }
        try {
            return new SignedReceipt(Base64.getUrlDecoder().decode(json), signature);
        } catch (IllegalArgumentException e) {
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "the receipt is not base64url");
        }
    }

    private static JisrException relayedRefusal(GccState partner, int status, byte[] body) {
        String code = null;
        String detail = null;
        try {
            JsonNode problem = body == null ? null : CanonicalJson.mapper().readTree(body);
            if (problem != null) {
                code = problem.path("code").asText(null);
                detail = problem.path("detail").asText(null);
            }
        } catch (IOException e) {
            // Not a problem document: reported below as a protocol failure with the status.
        }
        String wanted = code;
        JisrError error = Arrays.stream(JisrError.values()).filter(e -> e.code().equals(wanted)).findFirst()
                .filter(e -> !TRUST_LAYER.contains(e))
                .orElse(JisrError.PARTNER_PROTOCOL);
        return new JisrException(error, "the " + partner + " gateway refused the request (HTTP " + status
                + (code == null ? "" : ", " + code) + ")" + (detail == null ? "" : ": " + detail));
    }
}
