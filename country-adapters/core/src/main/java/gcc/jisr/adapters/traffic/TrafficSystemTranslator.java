package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

import java.time.OffsetDateTime;

/**
 * Translates traffic messages between the GCC canonical contract and one state's national traffic system, in both
 * directions of a violation's life: the notice about a vehicle registered here arrives from the reporting state and is
 * handed to this state's traffic system, whose answer becomes the acknowledgement that travels back; a status change
 * (paid, contested, cancelled, settled) of a violation this state reported arrives from the registering state and is
 * handed to this state's traffic system. Like every adapter part, it never opens a connection.
 */
public interface TrafficSystemTranslator {

    /** The call that hands a notice from another state to this state's traffic system. */
    RegistryCall noticeDelivery(ViolationNotice notice, String messageId);

    /**
     * Reads the traffic system's answer to {@link #noticeDelivery} into the acknowledgement for the reporting state.
     *
     * @param receivedAt when this state's gateway received the notice, for a format that gives no time of its own
     * @throws gcc.jisr.adapters.RegistryFormatException when the answer is not what this state's format promises, or
     *         the system said it is unavailable (the call is then retried)
     */
    TrafficAcknowledgement acknowledgementOf(ViolationNotice notice, String messageId, int httpStatus, byte[] body,
                                             OffsetDateTime receivedAt);

    /** The call that tells this state's traffic system about a status change of a violation it reported. */
    RegistryCall statusUpdateDelivery(ViolationStatusUpdate update, String messageId);

    /**
     * Checks that the traffic system took the status change.
     *
     * @throws gcc.jisr.adapters.RegistryFormatException when it did not, or answered outside its format
     */
    void checkStatusUpdateAnswer(ViolationStatusUpdate update, int httpStatus, byte[] body);

    /**
     * The code of the national traffic agency that receives violations from partner states and answers for them: the
     * agency that owns, at this gateway, the violations received for this state.
     */
    String agency();
}
