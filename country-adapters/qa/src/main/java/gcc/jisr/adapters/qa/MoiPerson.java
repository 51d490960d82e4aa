package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.contracts.civilid.v1.Sex;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person as the Ministry of Interior's QID inquiry returns them: full names in Arabic and English (either may
 * be missing), Gregorian dates, nationality as the ISO 3166-1 numeric code the QID itself uses, the card's status.
 */
public record MoiPerson(String qid, String nameArabic, String nameEnglish, LocalDate dateOfBirth, Sex sex,
                        String nationalityNumeric, QidStatus status, LocalDate expiry) {

    public MoiPerson {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nationalityNumeric, "nationalityNumeric");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiry, "expiry");
    }

    /** In canonical terms, the nationality as ISO alpha-3. */
    public RegisteredPerson toRegisteredPerson(String nationalityAlpha3) {
        return new RegisteredPerson(nameArabic, nameEnglish, dateOfBirth, null, sex, nationalityAlpha3);
    }
}
