package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.json.CanonicalJson;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.OutgoingEnvelope;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Puts a national agency's verification of another state's civil ID into an envelope to that state's gateway,
 * under the verification's own message id. A gateway speaks only for its own state's agencies: the partner would
 * refuse a requester of a third state, so it is refused here already.
 */
final class ForwardedRequestSealing implements Processor {

    /** The agency a civil-ID envelope is addressed to: the receiving gateway routes it to its registry. */
    static final String RECEIVING_AGENCY = "JISR";

    private final CivilIdForwarding forwarding;
    private final Clock clock;

    ForwardedRequestSealing(CivilIdForwarding forwarding, Clock clock) {
        this.forwarding = forwarding;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        CivilIdVerification verification = CivilIdVerification.of(exchange);
        CivilIdVerificationRequest request = verification.request;
        GccState own = forwarding.ownState();
        if (!own.name().equals(request.getRequester().getState())) {
            throw new JisrException(JisrError.SERVICE_NOT_GRANTED, "the " + own + " gateway forwards requests of "
                    + own + " agencies only, not of " + request.getRequester().getState());
        }
        // A question is answered now or not at all: there is no outbox to hold it in while the partner is disabled.
        forwarding.authorization().requireEnabled(verification.civilId.issuingState());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Envelope envelope = new Envelope(verification.messageId, verification.correlationId, null,
                GccServices.CIVIL_ID_VERIFY,
                new Envelope.Party(own.name(), request.getRequester().getAgency()),
                new Envelope.Party(verification.civilId.issuingState().name(), RECEIVING_AGENCY),
                now, now.plus(forwarding.envelopeValidity()), CanonicalJson.mapper().valueToTree(request));
        OutgoingEnvelope.attach(exchange, envelope);
    }
}
