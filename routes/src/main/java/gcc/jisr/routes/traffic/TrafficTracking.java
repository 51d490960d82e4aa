package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.traffic.v1.TrackingRecord;

import java.util.List;
import java.util.Optional;

/** Where tracked messages are, with their whole history, and what an operator may do with those that failed. */
public interface TrafficTracking {

    /** By tracking id, or by the message id of its envelope. */
    Optional<TrackingRecord> find(String trackingOrMessageId);

    /** Newest first. */
    List<TrackingRecord> search(TrackingQuery query);

    /** Messages given up on after their last attempt, oldest first. */
    List<TrackingRecord> deadLetters(int limit);

    /**
     * Puts a dead-lettered message back in the outbox, due at once, with a fresh count of attempts; its history keeps
     * everything that happened before.
     *
     * @throws gcc.jisr.contracts.errors.JisrException NOT_FOUND for an unknown id, NOT_A_DEAD_LETTER when the message
     *         is not dead-lettered
     */
    TrackingRecord replay(String trackingId, String reason);

    /**
     * Gives a dead-lettered message up for good: DISCARDED, never sent again, the reason in its history. Its outbox
     * entry stays as it was, as a record of the attempts made.
     *
     * @throws gcc.jisr.contracts.errors.JisrException NOT_FOUND for an unknown id, NOT_A_DEAD_LETTER when the message
     *         is not dead-lettered
     */
    TrackingRecord discard(String trackingId, String reason);
}
