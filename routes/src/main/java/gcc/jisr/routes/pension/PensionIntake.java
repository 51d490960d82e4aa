package gcc.jisr.routes.pension;

import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;

import java.util.Optional;

/**
 * The durable side of accepting a pension message from this state's institution: parts are staged while it is read,
 * then the message is accepted whole, in one transaction (tracking record, history, one outbox entry per part), before
 * the institution hears 202.
 */
public interface PensionIntake extends PartSink {

    /** A new message id (UUIDv7). */
    String newMessageId();

    /** The acceptance of the same message, when it was accepted before (the same report sent twice). */
    Optional<SubmissionAccepted> acceptedBefore(String service, String businessKey);

    /** Accepts a message whose {@code partCount} parts are staged: they become due for sending. */
    SubmissionAccepted accept(OutgoingPensionMessage message);
}
