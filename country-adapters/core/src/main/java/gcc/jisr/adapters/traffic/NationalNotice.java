package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.money.MoneyAmount;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.OffenceCode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A violation notice as a national traffic system is handed it: the canonical notice with its plate written in this
 * state's national form and its time in this state's local time (national formats carry no offset; the GCC states
 * keep no daylight saving time, so local time is unambiguous). Whole seconds only. What a national format does not
 * carry (evidence bytes, vehicle make and colour, driver names, coordinates) is not here; the canonical notice stays
 * in the gateway's archive.
 *
 * @param transmissionId the id of the envelope that carried the notice, so the national system can quote it
 * @param plateText      the plate as the issuing state writes it: this state's national form when {@code plateState}
 *                       is this state, the canonical parts joined by spaces otherwise
 * @param measuredKmh    with {@code permittedKmh}, given for a speeding offence only
 */
public record NationalNotice(
        String transmissionId,
        GccState reportingState,
        String reportingAgency,
        String violationReference,
        GccState plateState,
        String plateText,
        OffenceCode offence,
        String nationalOffenceCode,
        String law,
        String article,
        Integer measuredKmh,
        Integer permittedKmh,
        LocalDateTime occurredAt,
        String city,
        String road,
        MoneyAmount fine,
        LocalDate dueDate,
        String driverCivilId,
        GccState driverCivilIdState,
        String driverLicence,
        GccState driverLicenceState) {

    public NationalNotice {
        required(transmissionId, "transmissionId");
        Objects.requireNonNull(reportingState, "reportingState");
        required(reportingAgency, "reportingAgency");
        required(violationReference, "violationReference");
        Objects.requireNonNull(plateState, "plateState");
        required(plateText, "plateText");
        Objects.requireNonNull(offence, "offence");
        required(law, "law");
        required(article, "article");
        Objects.requireNonNull(occurredAt, "occurredAt");
        required(city, "city");
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(dueDate, "dueDate");
        if ((measuredKmh == null) != (permittedKmh == null)) {
            throw new IllegalArgumentException("measured and permitted speed come together");
        }
        if ((driverCivilId == null) != (driverCivilIdState == null)) {
            throw new IllegalArgumentException("a driver's civil ID comes with the state that issued it");
        }
        if ((driverLicence == null) != (driverLicenceState == null)) {
            throw new IllegalArgumentException("a driving licence comes with the state that issued it");
        }
        if (occurredAt.getNano() != 0) {
            throw new IllegalArgumentException("national traffic formats carry whole seconds");
        }
    }

    /** Whether the vehicle or the driver belongs to {@code state}: what makes it that state's business. */
    public boolean concerns(GccState state) {
        return plateState == state || driverCivilIdState == state || driverLicenceState == state;
    }

    static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
