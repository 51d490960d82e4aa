package gcc.jisr.routes.pension;

import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.PartnerDelivery;
import gcc.jisr.routes.traffic.Reception;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a pension part from a partner durably before the partner routes seal the answer and the receipt. The part is
 * opened first, to prove it was sealed to this gateway's key for this message and place: a part this gateway could
 * never open is refused now, while the sender can still hear it, rather than found out when the message is complete.
 * A part of a contribution report is kept with the sums of its records, read while it is open, so that the report is
 * checked against its totals without opening every part a second time.
 */
final class PensionPartReception implements Processor {

    private final PensionLedger ledger;
    private final PensionSealing sealing;

    PensionPartReception(PensionLedger ledger, PensionSealing sealing) {
        this.ledger = ledger;
        this.sealing = sealing;
    }

    @Override
    public void process(Exchange exchange) {
        Envelope envelope = PartnerDelivery.of(exchange).envelope();
        PensionPart part = PensionPart.read(envelope.payload());
        byte[] content = sealing.open(part.sealed(), part.of(), part.index());
        ContributionSums sums = GccServices.PENSION_CONTRIBUTION_REPORT.equals(envelope.service())
                ? ContributionSums.ofLines(content) : null;
        Reception reception = ledger.receive(envelope, part, sums);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("trackingId", reception.trackingId());
        answer.put("duplicate", reception.duplicate());
        exchange.getMessage().setBody(answer);
    }
}
