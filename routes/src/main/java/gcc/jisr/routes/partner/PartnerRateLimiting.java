package gcc.jisr.routes.partner;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Duration;

/**
 * Refuses an authenticated partner's envelope once the partner has used up its rate for the service. It runs before
 * the replay check, so that a refused envelope leaves no trace and may be sent again, unchanged, after Retry-After.
 */
final class PartnerRateLimiting implements Processor {

    private final PartnerRateLimits limits;

    PartnerRateLimiting(PartnerRateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void process(Exchange exchange) {
        PartnerDelivery delivery = PartnerDelivery.of(exchange);
        String service = delivery.envelope.service();
        Duration wait = limits.take(delivery.sender(), service);
        if (!wait.isZero()) {
            throw new RateLimitExceeded(delivery.sender() + " has sent more " + service + " than its rate limit allows; "
                    + "send again in " + RateLimitExceeded.wholeSeconds(wait) + "s", wait);
        }
    }
}
