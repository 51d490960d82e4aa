package gcc.jisr.adapters.sa;

import java.util.Objects;

/**
 * One person as the Saudi registry's person inquiry describes them, in the registry's own terms. The adapter
 * reads it from the registry's answer; the simulator writes it.
 *
 * @param gender            {@code M} or {@code F}
 * @param nationalityCode   ISO 3166-1 alpha-3
 * @param nameLatin         may be null: not every record has a Latin transliteration
 */
public record NicPerson(String idNumber, NicName nameArabic, NicName nameLatin, char gender, String nationalityCode,
                        String nationalityArabic, NicDate birthDate, NicCardStatus cardStatus, NicDate cardExpiry) {

    public NicPerson {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(nameArabic, "nameArabic");
        Objects.requireNonNull(nationalityCode, "nationalityCode");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(cardStatus, "cardStatus");
        Objects.requireNonNull(cardExpiry, "cardExpiry");
    }
}
