package gcc.jisr.gateway.admin.security;

import com.hazelcast.map.IMap;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Failed logins per operator name, in the cluster's shared map so that guessing on one node counts on all of them:
 * after {@code maxFailures} wrong passwords in a row the name is locked for {@code duration}, the right password
 * included. A count lapses {@code duration} after its last failure, so that the map holds only recent guessing;
 * a successful login clears it.
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

    /** When the name's lock ends, if it is locked now. */
    public Optional<Instant> lockedUntil(String name) {
        Failures recorded = failures.get(key(name));
        if (recorded == null || recorded.lockedUntilMillis() <= clock.millis()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(recorded.lockedUntilMillis()));
    }

    /** Counts a wrong password; the lock's end when this failure locked the name. */
    public Optional<Instant> failed(String claimed) {
        String name = key(claimed);
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

    public void succeeded(String name) {
        failures.delete(key(name));
    }

    /** A guessed name is untrusted input: bounded before it becomes a key of the shared map. */
    private static String key(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
