package gcc.jisr.adapters.om;

import gcc.jisr.contracts.civilid.v1.Sex;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person as the Royal Oman Police civil status register holds them: full names in Arabic and Latin script (either
 * may be missing), date of birth, sex, ISO 3166-1 alpha-3 nationality, and the civil card's status and expiry.
 */
public record RopPersonRecord(String civilNumber, String nameArabic, String nameLatin, LocalDate birthDate, Sex sex,
                              String nationality, RopCardStatus cardStatus, LocalDate cardExpiry) {

    public RopPersonRecord {
        Objects.requireNonNull(civilNumber, "civilNumber");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(cardStatus, "cardStatus");
        Objects.requireNonNull(cardExpiry, "cardExpiry");
    }
}
