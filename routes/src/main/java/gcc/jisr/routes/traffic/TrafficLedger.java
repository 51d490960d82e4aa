package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.routes.partner.Envelope;

import java.time.Instant;
import java.util.List;

/**
 * The durable side of the traffic flow: the outbox with its leases, the tracking records and their history. Every
 * method is one transaction, so that a node dying between two of them loses nothing: what was not recorded as
 * done is done again, and the receiving side deduplicates.
 */
public interface TrafficLedger {

    /** Takes a lease on up to {@code limit} due entries, oldest first, one per ordering key (vehicle) at a time. */
    List<DueMessage> claimDue(int limit);

    /** An attempt is starting: FORWARDED. */
    void handingOver(DueMessage message);

    /** The partner's gateway gave its signed receipt (or the national system took a status change): DELIVERED. */
    void delivered(DueMessage message);

    /** The attempt failed; another is due at {@code nextAttemptAt}: FAILED. */
    void failed(DueMessage message, JisrError error, String detail, Instant nextAttemptAt);

    /** The attempt failed and no other will be made until an operator replays it: DEAD_LETTER. */
    void deadLettered(DueMessage message, JisrError error, String detail);

    /**
     * Keeps a message a partner sent (verified, authorized and archived by then) and schedules what follows from it,
     * in one transaction: a notice or a status change waits for the national traffic system, an acknowledgement
     * closes the tracking of the notice it acknowledges. A message received before is not kept again.
     *
     * @throws gcc.jisr.contracts.errors.JisrException SCHEMA when the payload is not what the service carries,
     *         NOT_FOUND when it is about a violation this gateway does not know, STATUS_TRANSITION when the
     *         violation's status forbids the change
     */
    Reception receive(Envelope envelope);

    /**
     * The national traffic system answered a notice: the notice is DELIVERED here, and the acknowledgement leaves
     * for the reporting state, in one transaction.
     */
    void acknowledgedNationally(DueMessage notice, TrafficAcknowledgement acknowledgement);
}
