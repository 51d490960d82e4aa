package gcc.jisr.gateway.admin.security;

import com.hazelcast.map.IMap;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Failed logins per source address, in the cluster's shared map so that guessing at one node counts at all of them.
 * Once {@code maxFailures} logins from one address have failed, each within {@code window} of the one before, the
 * address is refused for {@code window} after its last failure, before its password is compared: a bcrypt check is
 * deliberately slow, so without this an attacker would spend the gateway's CPU for it, and fill the audit trail with
 * one row per guess. Refused attempts do not count, so the refusal ends on its own.
 */
public class LoginThrottle {

    private record SourceFailures(int count, long refusedUntilMillis, boolean refusalAudited) implements Serializable {
    }

    /** The source is refused until {@code until}; {@code firstRefusal} for the one refusal of the episode to audit. */
    public record Refusal(Instant until, boolean firstRefusal) {
    }

    private final IMap<String, SourceFailures> failures;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    public LoginThrottle(IMap<String, ?> failures, int maxFailures, Duration window, Clock clock) {
        @SuppressWarnings("unchecked")
        IMap<String, SourceFailures> typed = (IMap<String, SourceFailures>) failures;
        this.failures = typed;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether the source is refused now; the first refusal of an episode is marked once across the cluster. */
    public Optional<Refusal> refusal(String source) {
        SourceFailures recorded = failures.get(source);
        long now = clock.millis();
        if (recorded == null || recorded.refusedUntilMillis() <= now) {
            return Optional.empty();
        }
        Instant until = Instant.ofEpochMilli(recorded.refusedUntilMillis());
        if (recorded.refusalAudited()) {
            return Optional.of(new Refusal(until, false));
        }
        failures.lock(source);
        try {
            SourceFailures current = failures.get(source);
            if (current == null || current.refusedUntilMillis() <= now) {
                return Optional.empty();
            }
            boolean first = !current.refusalAudited();
            if (first) {
                failures.put(source, new SourceFailures(current.count(), current.refusedUntilMillis(), true),
                        current.refusedUntilMillis() - now, TimeUnit.MILLISECONDS);
            }
            return Optional.of(new Refusal(Instant.ofEpochMilli(current.refusedUntilMillis()), first));
        } finally {
            failures.unlock(source);
        }
    }

    /** Counts a failed login from the source. */
    public void failed(String source) {
        failures.lock(source);
        try {
            SourceFailures before = failures.get(source);
            int count = (before == null ? 0 : before.count()) + 1;
            long now = clock.millis();
            long refusedUntil = count >= maxFailures ? now + window.toMillis() : 0;
            failures.put(source, new SourceFailures(count, refusedUntil, false), window.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            failures.unlock(source);
        }
    }
}
