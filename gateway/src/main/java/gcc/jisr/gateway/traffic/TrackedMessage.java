package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;

import java.time.Instant;

/** One row of tracked_message: a traffic message this gateway sent (OUTBOUND) or received (INBOUND). */
public record TrackedMessage(String trackingId, String messageId, String correlationId, String service, Direction direction,
                      GccState fromState, String fromAgency, GccState toState, String toAgency, GccState reportingState,
                      String violationReference, String businessKey, TrackingStatus status, ViolationStatus violationStatus,
                      byte[] payload, Instant acceptedAt, Instant updatedAt) {

    public enum Direction { OUTBOUND, INBOUND }

    /** The other state of the conversation. */
    public GccState partner() {
        return direction == Direction.OUTBOUND ? toState : fromState;
    }
}
