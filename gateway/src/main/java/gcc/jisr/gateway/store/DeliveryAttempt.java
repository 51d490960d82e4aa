package gcc.jisr.gateway.store;

import java.time.Instant;

/**
 * One try to deliver an outbox entry: the how-many-th, when, by which node, and what came of it.
 *
 * @param errorCode the catalogue code of a failure (e.g. JISR-504-PARTNER-UNREACHABLE), null when delivered
 */
public record DeliveryAttempt(long outboxId, int attempt, Instant attemptedAt, String node, Outcome outcome,
                              String errorCode, String detail) {

    public enum Outcome { DELIVERED, FAILED }
}
