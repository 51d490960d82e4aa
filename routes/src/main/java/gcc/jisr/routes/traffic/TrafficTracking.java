package gcc.jisr.routes.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.agency.MessageOwner;
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

    /** One agency's dead letters, oldest first. */
    List<TrackingRecord> deadLetters(MessageOwner owner, int limit);

    /** By tracking or message id, only if the agency sent or received it: anything else is not found. */
    default Optional<TrackingRecord> find(String trackingOrMessageId, MessageOwner owner) {
        return find(trackingOrMessageId).filter(record -> owns(owner, record));
    }

    static boolean owns(MessageOwner owner, TrackingRecord record) {
        return owner.owns(GccState.fromCode(record.getFrom().getState()).orElse(null), record.getFrom().getAgency(),
                GccState.fromCode(record.getTo().getState()).orElse(null), record.getTo().getAgency());
    }

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
