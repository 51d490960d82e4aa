package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.civilid.v1.CivilIdVerificationResponse;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.json.CanonicalJson;
import gcc.jisr.routes.json.JsonContract;
import gcc.jisr.routes.partner.OutgoingEnvelope;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.IOException;

/**
 * The issuing state's answer, signed and receipted, becomes this caller's answer: that state's gateway already
 * applied its disclosure policy, and nothing here may add to what it disclosed. Only the messageId becomes this
 * gateway's, the id of the envelope sent and of the partner's receipt, so that the caller can trace both.
 */
final class ForwardedAnswerReading implements Processor {

    private static final JsonContract<CivilIdVerificationResponse> CONTRACT = new JsonContract<>(
            "jisr/contracts/v1/json/civil-id-verification-response.schema.json", CivilIdVerificationResponse.class,
            "cardStatus", JisrError.PARTNER_PROTOCOL);

    @Override
    public void process(Exchange exchange) {
        byte[] payload;
        try {
            payload = CanonicalJson.mapper().writeValueAsBytes(OutgoingEnvelope.of(exchange).answer().payload());
        } catch (IOException e) {
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "the partner's answer payload cannot be read");
        }
        try {
            CivilIdVerificationResponse response = CONTRACT.read(payload);
            response.setMessageId(CivilIdVerification.of(exchange).messageId);
            exchange.getMessage().setBody(response);
        } catch (JisrException e) {
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "the partner's answer breaks the response contract: "
                    + e.getMessage(), e);
        }
    }
}
