package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.contracts.civilid.v1.Sex;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One identity as ICP's inquiry returns it: the full name in Arabic and in English as printed on the card (either
 * may be missing for old records), Gregorian dates, ISO 3166-1 alpha-3 nationality, and the card's own status.
 */
public record IcpIdentity(String idn, String fullNameArabic, String fullNameEnglish, LocalDate dateOfBirth, Sex sex,
                          String nationality, IcpCardStatus cardStatus, LocalDate cardExpiry) {

    public IcpIdentity {
        Objects.requireNonNull(idn, "idn");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(cardStatus, "cardStatus");
        Objects.requireNonNull(cardExpiry, "cardExpiry");
    }

    public RegisteredPerson toRegisteredPerson() {
        return new RegisteredPerson(fullNameArabic, fullNameEnglish, dateOfBirth, null, sex, nationality);
    }
}
