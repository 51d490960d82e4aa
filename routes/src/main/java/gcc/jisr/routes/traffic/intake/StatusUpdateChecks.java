package gcc.jisr.routes.traffic.intake;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.traffic.v1.Money;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a gateway checks in a status update (paid, contested, cancelled, settled) before it accepts it, for REST and
 * SOAP alike. Whether the violation exists here and whether its status allows the change is the intake's to say.
 */
public final class StatusUpdateChecks {

    private final GccState gatewayState;
    private final Duration clockSkew;
    private final Clock clock;

    public StatusUpdateChecks(GccState gatewayState, Duration clockSkew, Clock clock) {
        this.gatewayState = Objects.requireNonNull(gatewayState, "gatewayState");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param trackingId the tracking id the update was sent for (a REST path, or the update's own over SOAP)
     * @throws JisrException for the first rule broken
     */
    public ViolationStatusUpdate check(String trackingId, ViolationStatusUpdate update) {
        if (trackingId == null) {
            throw NoticeChecks.schema("/trackingId", "names the violation's tracking id at this gateway, which this update needs");
        }
        if (update.getTrackingId() != null && !update.getTrackingId().equals(trackingId)) {
            throw NoticeChecks.schema("/trackingId", "is " + update.getTrackingId() + ", the update was sent for " + trackingId);
        }
        GccState sender = NoticeChecks.gccState(update.getSender().getState(), "/sender/state");
        if (sender != gatewayState) {
            throw NoticeChecks.schema("/sender/state", "this gateway takes status updates from " + gatewayState
                    + "'s agencies; an update made in " + sender + " is submitted to " + sender + "'s gateway");
        }
        GccState reporting = NoticeChecks.gccState(update.getReportingState(), "/reportingState");
        NoticeChecks.requireNotAhead(update.getChangedAt(), "/changedAt", clock, clockSkew);
        LocalDate changedOn = update.getChangedAt().toLocalDate();
        if (update.getPaid() != null) {
            notAfter(update.getPaid().getPaidOn(), changedOn, "/paid/paidOn");
            NoticeChecks.amount(update.getPaid().getAmount(), "/paid/amount");
        } else if (update.getContested() != null) {
            notAfter(update.getContested().getContestedOn(), changedOn, "/contested/contestedOn");
        } else if (update.getCancelled() != null) {
            notAfter(update.getCancelled().getCancelledOn(), changedOn, "/cancelled/cancelledOn");
        } else if (update.getSettled() != null) {
            notAfter(update.getSettled().getSettledOn(), changedOn, "/settled/settledOn");
            Money amount = update.getSettled().getAmount();
            if (!reporting.currency().equals(amount.getCurrency())) {
                throw new JisrException(JisrError.INVALID_AMOUNT, "settled: a settlement is in the reporting state's currency, "
                        + reporting.currency() + " for " + reporting + ", not " + amount.getCurrency(),
                        List.of(new FieldViolation("/settled/amount/currency", "not " + reporting.currency())));
            }
            NoticeChecks.amount(amount, "/settled/amount");
        } else {
            throw NoticeChecks.schema("", "an update is one of paid, contested, cancelled or settled");
        }
        return update;
    }

    private static void notAfter(LocalDate day, LocalDate changedOn, String field) {
        if (day.isAfter(changedOn)) {
            throw NoticeChecks.date(field, day + " is after the day of the change, " + changedOn);
        }
    }
}
