package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.GccState;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

/** Records that an attempt starts, and keeps the message beside the exchange while its body becomes HTTP traffic. */
final class DeliveryStart implements Processor {

    private static final String PROPERTY = "jisr.dueMessage";
    /** Where the message goes: this state's national traffic system, or the partner state's gateway. */
    static final String ENDPOINT = "jisr.deliveryEndpoint";

    private final TrafficLedger ledger;
    private final GccState ownState;

    DeliveryStart(TrafficLedger ledger, GccState ownState) {
        this.ledger = ledger;
        this.ownState = ownState;
    }

    static DueMessage due(Exchange exchange) {
        return exchange.getProperty(PROPERTY, DueMessage.class);
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        DueMessage message = exchange.getMessage().getMandatoryBody(DueMessage.class);
        exchange.setProperty(PROPERTY, message);
        exchange.setProperty(ENDPOINT, message.destination() == ownState
                ? TrafficRoutes.TO_NATIONAL_SYSTEM : TrafficRoutes.TO_PARTNER);
        ledger.handingOver(message);
    }
}
