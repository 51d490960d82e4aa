package gcc.jisr.adapters;

import gcc.jisr.contracts.civilid.v1.Sex;

import java.time.LocalDate;

/**
 * A person as the issuing state's registry knows them, in canonical terms: names in both scripts side by side
 * (either may be absent), Gregorian date of birth (and the Umm al-Qura date, yyyy-MM-dd, when the registry keeps
 * Hijri dates), ISO 3166-1 alpha-3 nationality.
 */
public record RegisteredPerson(String fullNameArabic, String fullNameLatin, LocalDate dateOfBirth, String dateOfBirthHijri,
                               Sex sex, String nationality) {
}
