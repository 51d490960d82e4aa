package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;

import java.time.Duration;

/**
 * How much each partner state may send of each service: a token bucket per partner and service, shared by all the
 * nodes of this state's gateway (the application holds the buckets), so that the sum over the nodes stays within the
 * limit however the load balancer spreads the partner's calls.
 */
public interface PartnerRateLimits {

    /** No limit at all. */
    PartnerRateLimits UNLIMITED = (partner, service) -> Duration.ZERO;

    /**
     * Takes one call's token from the partner's bucket for the service: {@link Duration#ZERO} when granted, otherwise
     * how long until a token is there again (nothing is taken then).
     */
    Duration take(GccState partner, String service);
}
