package gcc.jisr.gateway.store;

import gcc.jisr.contracts.GccState;

import java.time.Instant;

/**
 * An envelope accepted for delivery to a partner gateway: the signed bytes to send, where, how often it was tried,
 * when it is due next, and which node holds it (and until when) while that node tries; when it entered the outbox (or
 * was put back by a replay), and the tracked message it serves, if any.
 */
public record OutboxEntry(long id, String messageId, GccState destination, String service, byte[] payload,
                          OutboxStatus status, int attempts, Instant nextAttemptAt, String leaseOwner, Instant leaseUntil,
                          Instant enqueuedAt, String trackingId) {

    @Override
    public String toString() {
        return "OutboxEntry[" + id + " " + service + " " + messageId + " to " + destination + ", " + status + ", "
                + attempts + " attempts, due " + nextAttemptAt + (leaseOwner == null ? "" : ", held by " + leaseOwner) + "]";
    }
}
