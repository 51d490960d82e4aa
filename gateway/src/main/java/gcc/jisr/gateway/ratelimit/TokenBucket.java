package gcc.jisr.gateway.ratelimit;

import java.time.Duration;

/**
 * One partner's bucket for one service at a moment: how many calls it may still make, refilled continuously at the
 * limit's rate up to its capacity. Written as text in the shared map, so that an external Hazelcast cluster (client
 * mode) stores it without any class of ours.
 */
record TokenBucket(double tokens, long atMillis) {

    static TokenBucket full(RateLimitProperties.Limit limit, long nowMillis) {
        return new TokenBucket(limit.capacity(), nowMillis);
    }

    /** The bucket as it is at {@code nowMillis}; a clock that went back (another node's) adds nothing. */
    TokenBucket refilledAt(long nowMillis, RateLimitProperties.Limit limit) {
        long elapsed = Math.max(0, nowMillis - atMillis);
        double refilled = Math.min(limit.capacity(), tokens + elapsed * limit.perSecond() / 1000.0);
        return new TokenBucket(refilled, Math.max(atMillis, nowMillis));
    }

    boolean hasToken() {
        return tokens >= 1.0;
    }

    TokenBucket lessOne() {
        return new TokenBucket(tokens - 1.0, atMillis);
    }

    /** How long until the next whole token is there. */
    Duration untilNextToken(RateLimitProperties.Limit limit) {
        double missing = 1.0 - tokens;
        return Duration.ofMillis((long) Math.ceil(missing * 1000.0 / limit.perSecond()));
    }

    String text() {
        return tokens + "@" + atMillis;
    }

    static TokenBucket parse(String text) {
        int at = text.indexOf('@');
        return new TokenBucket(Double.parseDouble(text.substring(0, at)), Long.parseLong(text.substring(at + 1)));
    }
}
