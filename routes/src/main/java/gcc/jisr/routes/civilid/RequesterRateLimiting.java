package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.partner.PartnerDelivery;
import gcc.jisr.routes.partner.PartnerRateLimits;
import gcc.jisr.routes.partner.RateLimitExceeded;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.time.Duration;
import java.util.Optional;

/**
 * Holds a partner state's agencies that call this gateway's REST or SOAP face directly to the same rate limit as the
 * partner's gateway: one bucket per partner state and service, whichever door the calls come through. Requests that
 * crossed the border in a partner's envelope were counted there, and this state's own agencies are not partners.
 */
final class RequesterRateLimiting implements Processor {

    private final PartnerRateLimits limits;
    private final Optional<GccState> ownState;

    RequesterRateLimiting(PartnerRateLimits limits, Optional<GccState> ownState) {
        this.limits = limits;
        this.ownState = ownState;
    }

    @Override
    public void process(Exchange exchange) {
        if (PartnerDelivery.of(exchange) != null) {
            return;
        }
        Optional<GccState> requester = GccState.fromCode(CivilIdVerification.of(exchange).request.getRequester().getState());
        if (requester.isEmpty() || requester.equals(ownState)) {
            return;
        }
        Duration wait = limits.take(requester.get(), GccServices.CIVIL_ID_VERIFY);
        if (!wait.isZero()) {
            throw new RateLimitExceeded(requester.get() + " agencies have asked more " + GccServices.CIVIL_ID_VERIFY
                    + " than " + requester.get() + "'s rate limit allows; ask again in "
                    + RateLimitExceeded.wholeSeconds(wait) + "s", wait);
        }
    }
}
