package gcc.jisr.gateway.admin.security;

import com.hazelcast.map.IMap;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Failed logins per operator name and source address, in the cluster's shared map so that guessing on one node counts
 * on all of them: after {@code maxFailures} wrong passwords in a row from one address the name is locked there for
 * {@code duration}, the right password included. The lock holds for that address only: were it the name's alone,
 * anyone who can reach the admin port could lock any operator out by guessing wrong five times. How many addresses
 * one attacker may try from is bounded by {@link LoginThrottle}. A count lapses {@code duration} after its last
 * failure, so that the map holds only recent guessing; a successful login from the address clears it.
 */
public class LoginLockout {

    private record Failures(int count, long lockedUntilMillis) implements Serializable {
    }

    private static final int MAX_NAME = 200;

    private final IMap<String, Failures> failures;
    private final int maxFailures;
    private final Duration duration;
    private final Clock clock;

    public LoginLockout(IMap<String, ?> failures, int maxFailures, Duration duration, Clock clock) {
        @SuppressWarnings("unchecked")
        IMap<String, Failures> typed = (IMap<String, Failures>) failures;
        this.failures = typed;
        this.maxFailures = maxFailures;
        this.duration = duration;
        this.clock = clock;
    }

    /** When the name's lock at this source ends, if it is locked there now. */
    public Optional<Instant> lockedUntil(String name, String source) {
        Failures recorded = failures.get(key(name, source));
        if (recorded == null || recorded.lockedUntilMillis() <= clock.millis()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(recorded.lockedUntilMillis()));
    }

    /** Counts a wrong password from the source; the lock's end when this failure locked the name there. */
    public Optional<Instant> failed(String claimed, String source) {
        String name = key(claimed, source);
        failures.lock(name);
        try {
            Failures before = failures.get(name);
            int count = (before == null ? 0 : before.count()) + 1;
            long now = clock.millis();
            long lockedUntil = count >= maxFailures ? now + duration.toMillis() : 0;
            failures.put(name, new Failures(count, lockedUntil), duration.toMillis(), TimeUnit.MILLISECONDS);
            return lockedUntil == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lockedUntil));
        } finally {
            failures.unlock(name);
        }
    }

    public void succeeded(String name, String source) {
        failures.delete(key(name, source));
    }

    /**
     * A guessed name is untrusted input: bounded before it becomes a key of the shared map. The address comes first
     * and holds no space, so that no name can make the key of another address.
     */
    private static String key(String name, String source) {
        return source + " " + (name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME));
    }
}
