package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.money.MoneyAmount;
import gcc.jisr.contracts.GccState;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A status change as a national traffic system is handed it, in this state's local time, whole seconds.
 *
 * @param effectiveOn the day it took effect: paid on, contested on, cancelled on, settled on
 * @param amount      what was paid (PAID) or transferred (SETTLED); null otherwise
 * @param document    the receipt (PAID), court case (CONTESTED, optional), decision (CANCELLED, optional) or transfer
 *                    (SETTLED)
 * @param reason      why it was contested or cancelled; null otherwise
 */
public record NationalStatusChange(
        String transmissionId,
        GccState senderState,
        GccState reportingState,
        String violationReference,
        StatusChange change,
        LocalDateTime changedAt,
        LocalDate effectiveOn,
        MoneyAmount amount,
        String document,
        String reason) {

    public NationalStatusChange {
        NationalNotice.required(transmissionId, "transmissionId");
        Objects.requireNonNull(senderState, "senderState");
        Objects.requireNonNull(reportingState, "reportingState");
        NationalNotice.required(violationReference, "violationReference");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (changedAt.getNano() != 0) {
            throw new IllegalArgumentException("national traffic formats carry whole seconds");
        }
        boolean money = change == StatusChange.PAID || change == StatusChange.SETTLED;
        if (money != (amount != null)) {
            throw new IllegalArgumentException(change + (money ? " needs an amount" : " carries no amount"));
        }
        if (money && (document == null || document.isBlank())) {
            throw new IllegalArgumentException(change + " needs its receipt or transfer reference");
        }
        if (money != (reason == null)) {
            throw new IllegalArgumentException(change + (money ? " carries no reason" : " needs a reason"));
        }
    }
}
