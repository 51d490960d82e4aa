package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

/** Records that an attempt starts, and keeps the due entry beside the exchange while its body becomes HTTP traffic. */
final class PensionDeliveryStart implements Processor {

    private static final String PROPERTY = "jisr.pensionDue";
    static final String ENDPOINT = "jisr.pensionEndpoint";

    private final PensionLedger ledger;
    private final GccState ownState;

    PensionDeliveryStart(PensionLedger ledger, GccState ownState) {
        this.ledger = ledger;
        this.ownState = ownState;
    }

    static PensionDue due(Exchange exchange) {
        return exchange.getProperty(PROPERTY, PensionDue.class);
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        PensionDue due = exchange.getMessage().getMandatoryBody(PensionDue.class);
        exchange.setProperty(PROPERTY, due);
        exchange.setProperty(ENDPOINT, due.destination() == ownState ? PensionRoutes.TO_FUND : PensionRoutes.TO_PARTNER);
        ledger.handingOver(due);
    }
}
