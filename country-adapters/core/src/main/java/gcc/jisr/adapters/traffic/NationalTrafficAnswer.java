package gcc.jisr.adapters.traffic;

import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a national traffic system answered to a notice or status change, before it becomes the canonical
 * acknowledgement.
 *
 * @param nationalReference the system's own record of the violation; given with RECORDED and DUPLICATE
 * @param reason            why it was REJECTED; null otherwise
 * @param answeredAt        the system's local time of the answer, or null for a format that gives none
 */
public record NationalTrafficAnswer(AcknowledgementOutcome outcome, String nationalReference, String reason,
                                    LocalDateTime answeredAt) {

    public NationalTrafficAnswer {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == AcknowledgementOutcome.REJECTED) {
            NationalNotice.required(reason, "the reason of a rejection");
        } else {
            NationalNotice.required(nationalReference, "the national reference of a " + outcome + " answer");
            if (reason != null) {
                throw new IllegalArgumentException("only a rejection has a reason");
            }
        }
        if (answeredAt != null && answeredAt.getNano() != 0) {
            throw new IllegalArgumentException("national traffic formats carry whole seconds");
        }
    }

    public static NationalTrafficAnswer recorded(String nationalReference, LocalDateTime at) {
        return new NationalTrafficAnswer(AcknowledgementOutcome.RECORDED, nationalReference, null, at);
    }

    public static NationalTrafficAnswer duplicate(String nationalReference, LocalDateTime at) {
        return new NationalTrafficAnswer(AcknowledgementOutcome.DUPLICATE, nationalReference, null, at);
    }

    public static NationalTrafficAnswer rejected(String reason, LocalDateTime at) {
        return new NationalTrafficAnswer(AcknowledgementOutcome.REJECTED, null, reason, at);
    }
}
