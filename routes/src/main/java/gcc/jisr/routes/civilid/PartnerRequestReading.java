package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.json.CanonicalJson;
import gcc.jisr.routes.partner.PartnerDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.IOException;

/**
 * A verification that a partner gateway sent here: its payload must be a valid request by an agency of the
 * authenticated sender state, about a civil ID of this state, for a purpose that partner is granted.
 */
final class PartnerRequestReading implements Processor {

    private final CivilIdForwarding forwarding;

    PartnerRequestReading(CivilIdForwarding forwarding) {
        this.forwarding = forwarding;
    }

    @Override
    public void process(Exchange exchange) {
        PartnerDelivery delivery = PartnerDelivery.of(exchange);
        CivilIdVerificationRequest request;
        try {
            request = JsonRequestReading.CONTRACT.read(CanonicalJson.mapper().writeValueAsBytes(delivery.envelope().payload()));
        } catch (IOException e) {
            throw new JisrException(JisrError.MALFORMED, "the envelope's payload cannot be read");
        }
        GccState sender = delivery.sender();
        if (!sender.name().equals(request.getRequester().getState())) {
            throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH, "the requester is an agency of "
                    + request.getRequester().getState() + " but the envelope comes from " + sender);
        }
        if (!forwarding.ownState().name().equals(request.getIssuingState())) {
            throw new JisrException(JisrError.WRONG_RECIPIENT, "the " + forwarding.ownState()
                    + " gateway answers for " + forwarding.ownState() + " civil IDs only, not " + request.getIssuingState());
        }
        forwarding.authorization().requirePurpose(sender, request.getPurpose());
        if (request.getCorrelationId() == null) {
            request.setCorrelationId(delivery.envelope().correlationId());
        }
        exchange.getMessage().getHeaders().clear();
        exchange.getMessage().setHeader(CivilIdVerificationRoute.CORRELATION_ID_HEADER, delivery.envelope().correlationId());
        exchange.getMessage().setBody(request);
    }
}
