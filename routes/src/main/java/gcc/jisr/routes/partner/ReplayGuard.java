package gcc.jisr.routes.partner;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Duration;

/**
 * Refuses a messageId this state's gateway has accepted before, on any of its nodes, except for store-and-forward
 * services, whose repeats are deduplicated durably by their own route.
 */
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
        if (GccServices.STORE_AND_FORWARD.contains(delivery.envelope.service())) {
            // Retries reuse the message id on purpose; the service's durable inbox delivers the message once. A
            // replayed copy still has to pass the freshness window and the signature, and changes nothing.
            return;
        }
        // Ids are per sender: one state cannot burn another state's ids.
        if (!seen.firstSighting(delivery.sender() + "/" + messageId, memory)) {
            throw new JisrException(JisrError.REPLAY, "the message " + messageId + " from " + delivery.sender()
                    + " was received before");
        }
    }
}
