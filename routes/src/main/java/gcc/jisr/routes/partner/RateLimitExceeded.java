package gcc.jisr.routes.partner;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.time.Duration;

/** JISR-429-RATE-LIMITED, with when to send again: the HTTP answer's Retry-After. */
public final class RateLimitExceeded extends JisrException {

    private final Duration retryAfter;

    public RateLimitExceeded(String detail, Duration retryAfter) {
        super(JisrError.RATE_LIMITED, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Retry-After in whole seconds (RFC 9110 delay-seconds), rounded up and at least one. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    public static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
