package gcc.jisr.routes.traffic;

import gcc.jisr.routes.partner.PartnerDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a traffic message from a partner durably before the partner routes seal the answer and the receipt: once the
 * partner holds the receipt, the message is ours to deliver. A repeat is answered again, with its first tracking id.
 */
final class PartnerMessageReception implements Processor {

    private final TrafficLedger ledger;

    PartnerMessageReception(TrafficLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void process(Exchange exchange) {
        Reception reception = ledger.receive(PartnerDelivery.of(exchange).envelope());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("trackingId", reception.trackingId());
        answer.put("duplicate", reception.duplicate());
        exchange.getMessage().setBody(answer);
    }
}
