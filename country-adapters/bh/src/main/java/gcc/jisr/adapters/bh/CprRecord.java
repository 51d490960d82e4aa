package gcc.jisr.adapters.bh;

import gcc.jisr.contracts.civilid.v1.Sex;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person as a record of Bahrain's Central Population Register holds them: full names in Arabic and Latin script
 * (either may be missing, e.g. a resident registered from a passport only), date of birth, sex, ISO 3166-1 alpha-3
 * nationality and the identity card's status and expiry.
 */
public record CprRecord(String cpr, String nameArabic, String nameLatin, LocalDate birthDate, Sex sex, String nationality,
                        CioCardStatus cardStatus, LocalDate cardExpiry) {

    public CprRecord {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(cardStatus, "cardStatus");
        Objects.requireNonNull(cardExpiry, "cardExpiry");
    }
}
