package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A fund's answer to a service-period statement or a notice, in national terms.
 *
 * @param reference  the statement or notice id answered
 * @param caseId     the fund's case for the person, when it gives one
 * @param reasonCode why it was REJECTED (canonical reason code, e.g. UNKNOWN_PERSON); {@code null} otherwise
 * @param answeredAt the fund's local time
 */
public record NationalPensionAnswer(String reference, AcknowledgementOutcome outcome, String caseId, String reasonCode,
                                    String reason, LocalDateTime answeredAt) {

    public NationalPensionAnswer {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (outcome == AcknowledgementOutcome.REJECTED && (reasonCode == null || reason == null)) {
            throw new IllegalArgumentException("a rejection gives its reason code and reason");
        }
    }
}
