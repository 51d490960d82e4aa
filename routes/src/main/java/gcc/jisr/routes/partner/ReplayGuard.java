package gcc.jisr.routes.partner;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Duration;

/** Refuses a messageId this state's gateway has accepted before, on any of its nodes. */
final class ReplayGuard implements Processor {

    private final SeenMessages seen;
    private final Duration memory;

    ReplayGuard(SeenMessages seen, Duration memory) {
        this.seen = seen;
        this.memory = memory;
    }

    @Override
    public void process(Exchange exchange) {
        PartnerDelivery delivery = PartnerDelivery.of(exchange);
        String messageId = delivery.envelope.messageId();
        // Ids are per sender: one state cannot burn another state's ids.
        if (!seen.firstSighting(delivery.sender() + "/" + messageId, memory)) {
            throw new JisrException(JisrError.REPLAY, "the message " + messageId + " from " + delivery.sender()
                    + " was received before");
        }
    }
}
