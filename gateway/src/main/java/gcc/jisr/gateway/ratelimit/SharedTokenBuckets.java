package gcc.jisr.gateway.ratelimit;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.PartnerRateLimits;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * The partners' token buckets in the cluster's shared map, one entry per partner and service. Taking a token is a
 * compare-and-set on the entry (read, compute, replace if unchanged, else again), so two nodes never both spend the
 * same token; no lock is held and no class of ours has to run inside the cluster.
 */
public final class SharedTokenBuckets implements PartnerRateLimits {

    private final ConcurrentMap<String, String> buckets;
    private final RateLimitProperties settings;
    private final Clock clock;

    public SharedTokenBuckets(ConcurrentMap<String, String> buckets, RateLimitProperties settings, Clock clock) {
        this.buckets = buckets;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Duration take(GccState partner, String service) {
        Optional<RateLimitProperties.Limit> found = settings.limitFor(partner.name(), service);
        if (found.isEmpty()) {
            return Duration.ZERO;
        }
        return take(partner.name() + "/" + service, found.get());
    }

    /** Takes one token from the bucket under {@code key}, made with the given limit when it is new. */
    public Duration take(String key, RateLimitProperties.Limit limit) {
        while (true) {
            long now = clock.millis();
            String stored = buckets.get(key);
            TokenBucket bucket = stored == null ? TokenBucket.full(limit, now) : TokenBucket.parse(stored).refilledAt(now, limit);
            if (!bucket.hasToken()) {
                return bucket.untilNextToken(limit);
            }
            String taken = bucket.lessOne().text();
            boolean won = stored == null ? buckets.putIfAbsent(key, taken) == null : buckets.replace(key, stored, taken);
            if (won) {
                return Duration.ZERO;
            }
        }
    }
}
