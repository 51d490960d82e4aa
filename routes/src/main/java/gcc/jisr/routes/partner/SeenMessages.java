package gcc.jisr.routes.partner;

import java.time.Duration;

/**
 * The message ids a gateway has accepted, remembered long enough to refuse a replay. Shared by every node of the
 * state's gateway (a Hazelcast map in the gateway), so a replay to another node is refused too.
 */
public interface SeenMessages {

    /** Records the id; {@code false} when it was recorded before and is still remembered. Atomic. */
    boolean firstSighting(String messageId, Duration rememberFor);
}
