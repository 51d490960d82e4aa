package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Kuwait's civil ID as issued by PACI: 12 digits, {@code C YYMMDD SSSS K}. C is the century of birth (2 for the
 * 1900s, 3 for the 2000s), YYMMDD the date of birth, SSSS a serial and K a check digit: with weights
 * 2,1,6,3,7,9,10,5,8,4,2 over the first eleven digits, K = 11 − (sum mod 11). A sum whose K would be 10 or 11
 * has no valid check digit, so PACI never issues those serials.
 */
public final class KuwaitCivilIdRules implements CivilIdRules {

    private static final int[] WEIGHTS = {2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final int LENGTH = 12;

    private final Clock clock;

    public KuwaitCivilIdRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CivilId parse(String input) {
        String digits;
        try {
            digits = NationalDigits.digitsOnly(input);
        } catch (IllegalArgumentException e) {
            throw new InvalidCivilIdException(GccState.KW, "digits", e.getMessage());
        }
        if (digits.length() != LENGTH) {
            throw new InvalidCivilIdException(GccState.KW, "length", "must have 12 digits, has " + digits.length());
        }
        LocalDate birthDate = birthDate(digits);
        if (birthDate.isAfter(LocalDate.now(clock))) {
            throw new InvalidCivilIdException(GccState.KW, "birth-date", "the date of birth in digits 2-7 is in the future");
        }
        Integer expected = checkDigit(digits.substring(0, 11));
        if (expected == null || expected != digits.charAt(11) - '0') {
            throw new InvalidCivilIdException(GccState.KW, "check-digit", "the check digit (12th digit) does not match");
        }
        return new CivilId(GccState.KW, digits);
    }

    /** The check digit for the first eleven digits, or null when no digit can complete them. */
    public static Integer checkDigit(String firstEleven) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (firstEleven.charAt(i) - '0');
        }
        int check = 11 - (sum % 11);
        return check >= 10 ? null : check;
    }

    private static LocalDate birthDate(String digits) {
        int century = switch (digits.charAt(0)) {
            case '2' -> 1900;
            case '3' -> 2000;
            default -> throw new InvalidCivilIdException(GccState.KW, "century",
                    "the first digit must be 2 (born 1900-1999) or 3 (born 2000-2099), is " + digits.charAt(0));
        };
        int year = century + Integer.parseInt(digits.substring(1, 3));
        int month = Integer.parseInt(digits.substring(3, 5));
        int day = Integer.parseInt(digits.substring(5, 7));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidCivilIdException(GccState.KW, "birth-date", "digits 2-7 are not a real date of birth (YYMMDD)");
        }
    }
}
