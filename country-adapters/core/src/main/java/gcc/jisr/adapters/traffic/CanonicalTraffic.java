package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.money.InvalidAmountException;
import gcc.jisr.adapters.money.MoneyAmount;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.traffic.v1.Driver;
import gcc.jisr.contracts.traffic.v1.Money;
import gcc.jisr.contracts.traffic.v1.Plate;
import gcc.jisr.contracts.traffic.v1.SpeedMeasurement;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Moves traffic messages between the canonical contract and the national records every traffic format writes:
 * the plate into the registering state's own form (its {@link PlateRules}), the time into the state's local time, money
 * into an exact {@link MoneyAmount}, and the national answer into the canonical acknowledgement.
 */
public final class CanonicalTraffic {

    private static final int FREE_TEXT_MAX = 2000;

    private CanonicalTraffic() {
    }

    /**
     * The notice as {@code here}'s traffic system is handed it.
     *
     * @throws InvalidPlateException  when the plate is this state's but cannot be written in its national form
     * @throws InvalidAmountException when the fine breaks its currency's rules
     */
    public static NationalNotice notice(ViolationNotice notice, String messageId, GccState here, PlateRules plates) {
        Objects.requireNonNull(messageId, "messageId");
        Plate plate = notice.getVehicle().getPlate();
        GccState plateState = state(plate.getIssuingState(), "vehicle.plate.issuingState");
        SpeedMeasurement speed = notice.getOffence().getSpeed();
        Driver driver = notice.getDriver();
        return new NationalNotice(messageId,
                state(notice.getReporter().getState(), "reporter.state"),
                notice.getReporter().getAgency(),
                notice.getViolationReference(),
                plateState,
                plateState == here ? nationalPlate(plate, here, plates) : foreignPlate(plate),
                notice.getOffence().getCode(),
                notice.getOffence().getNationalCode(),
                notice.getOffence().getLawArticle().getLaw(),
                notice.getOffence().getLawArticle().getArticle(),
                speed == null ? null : speed.getMeasuredKmh(),
                speed == null ? null : speed.getPermittedKmh(),
                local(notice.getOccurredAt(), here),
                notice.getPlace().getCity(),
                notice.getPlace().getRoad(),
                money(notice.getFine(), "fine"),
                notice.getDueDate(),
                driver == null ? null : driver.getCivilId(),
                driver == null ? null : optionalState(driver.getCivilIdState(), "driver.civilIdState"),
                driver == null ? null : driver.getLicenceNumber(),
                driver == null ? null : optionalState(driver.getLicenceState(), "driver.licenceState"));
    }

    /** The status change as {@code here}'s traffic system is handed it. */
    public static NationalStatusChange statusChange(ViolationStatusUpdate update, String messageId, GccState here) {
        Objects.requireNonNull(messageId, "messageId");
        StatusChange change = StatusChange.of(update);
        GccState sender = state(update.getSender().getState(), "sender.state");
        GccState reporting = state(update.getReportingState(), "reportingState");
        LocalDateTime changedAt = local(update.getChangedAt(), here);
        return switch (change) {
            case PAID -> new NationalStatusChange(messageId, sender, reporting, update.getViolationReference(), change, changedAt,
                    update.getPaid().getPaidOn(), money(update.getPaid().getAmount(), "paid.amount"),
                    update.getPaid().getReceiptNumber(), null);
            case CONTESTED -> new NationalStatusChange(messageId, sender, reporting, update.getViolationReference(), change, changedAt,
                    update.getContested().getContestedOn(), null, update.getContested().getCaseReference(),
                    update.getContested().getReason());
            case CANCELLED -> new NationalStatusChange(messageId, sender, reporting, update.getViolationReference(), change, changedAt,
                    update.getCancelled().getCancelledOn(), null, update.getCancelled().getDecisionReference(),
                    update.getCancelled().getReason());
            case SETTLED -> new NationalStatusChange(messageId, sender, reporting, update.getViolationReference(), change, changedAt,
                    update.getSettled().getSettledOn(), money(update.getSettled().getAmount(), "settled.amount"),
                    update.getSettled().getTransferReference(), null);
        };
    }

    /**
     * The canonical acknowledgement of a national answer to a notice.
     *
     * @param receivedAt the time to state when the national answer gives none
     * @throws RegistryFormatException when the national reference or reason cannot travel in the canonical contract
     */
    public static TrafficAcknowledgement acknowledgement(NationalTrafficAnswer answer, ViolationNotice notice, String messageId,
                                                         GccState here, String agency, OffsetDateTime receivedAt) {
        TrafficAcknowledgement ack = new TrafficAcknowledgement();
        Party by = new Party();
        by.setState(here.code());
        by.setAgency(agency);
        ack.setAcknowledgedBy(by);
        ack.setMessageId(messageId);
        ack.setReportingState(notice.getReporter().getState());
        ack.setViolationReference(notice.getViolationReference());
        ack.setOutcome(answer.outcome());
        if (answer.nationalReference() != null) {
            ack.setNationalReference(NationalTrafficFields.documentReference(answer.nationalReference(), here + " national reference"));
        }
        if (answer.outcome() == AcknowledgementOutcome.REJECTED) {
            String reason = answer.reason().strip();
            if (reason.length() > FREE_TEXT_MAX) {
                throw new RegistryFormatException(here + " traffic system gave a reason longer than " + FREE_TEXT_MAX + " characters");
            }
            ack.setReason(reason);
        }
        ack.setAcknowledgedAt(answer.answeredAt() == null ? Objects.requireNonNull(receivedAt, "receivedAt")
                : answer.answeredAt().atZone(here.zone()).toOffsetDateTime());
        return ack;
    }

    /** The instant in {@code state}'s local time, whole seconds: the national formats carry no offset. */
    public static LocalDateTime local(OffsetDateTime at, GccState state) {
        return at.atZoneSameInstant(state.zone()).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The offset {@code state}'s local time had at {@code local}. */
    public static ZoneOffset offset(GccState state, LocalDateTime local) {
        return state.zone().getRules().getOffset(local);
    }

    /**
     * The canonical plate as its issuing state (this one) writes it, checked by reading it back: a plate this state's
     * rules cannot write is refused here rather than handed to the traffic system as text that means another vehicle.
     */
    static String nationalPlate(Plate plate, GccState here, PlateRules plates) {
        VehiclePlate canonical = new VehiclePlate(here, plate.getNumber(), plate.getLettersArabic(), plate.getLettersLatin(),
                plate.getCategory(), plate.getRegion());
        String text;
        try {
            text = plates.format(canonical);
        } catch (NullPointerException e) {
            throw new InvalidPlateException(here, "format", "the plate lacks a part " + here + " plates have");
        }
        VehiclePlate back = plates.parse(text);
        if (!back.number().equals(canonical.number())) {
            throw new InvalidPlateException(here, "format", "the plate cannot be written in " + here + "'s form without changing it");
        }
        return text;
    }

    /**
     * A plate of another state, which this state's rules cannot write: its canonical parts, region, category, Latin
     * letters and number, joined by single spaces.
     */
    static String foreignPlate(Plate plate) {
        StringJoiner text = new StringJoiner(" ");
        for (String part : new String[]{plate.getRegion(), plate.getCategory(), plate.getLettersLatin(), plate.getNumber()}) {
            if (part != null && !part.isBlank()) {
                text.add(part);
            }
        }
        return text.toString();
    }

    static MoneyAmount money(Money money, String field) {
        Currency currency;
        try {
            currency = Currency.getInstance(money.getCurrency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidAmountException("currency", field + ": " + money.getCurrency() + " is not an ISO 4217 currency");
        }
        return MoneyAmount.of(money.getAmount(), currency);
    }

    private static GccState state(String code, String field) {
        return GccState.fromCode(code).orElseThrow(() -> new JisrException(JisrError.UNKNOWN_STATE, field + " '" + code + "' is not a GCC state"));
    }

    private static GccState optionalState(String code, String field) {
        return code == null ? null : state(code, field);
    }
}
