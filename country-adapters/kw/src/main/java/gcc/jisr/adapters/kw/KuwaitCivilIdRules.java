package gcc.jisr.adapters.kw;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Kuwait's civil ID as issued by PACI: 12 digits, {@code C YYMMDD SSSS K}. C is the century of birth (2 for the
 * 1900s, 3 for the 2000s), YYMMDD the date of birth, SSSS a serial and K a check digit: with weights
 * 2,1,6,3,7,9,10,5,8,4,2 over the first eleven digits, K = 11 − (sum mod 11). A sum whose K would be 10 or 11
 * has no valid check digit, so PACI never issues those serials.
 *
 * <p>The length, the century digit and the date of birth are PACI's published layout. The check-digit weights are
 * the scheme every issued number is known to satisfy, but PACI publishes no specification of them, so an operator
 * can switch the check off with {@value #CHECK_DIGIT} = {@code unchecked} should genuine numbers ever be refused.
 */
public final class KuwaitCivilIdRules implements CivilIdRules {

    private static final int[] WEIGHTS = {2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final int LENGTH = 12;

    /** The setting that chooses the check on the twelfth digit: {@code weighted-mod-11} (default) or {@code unchecked}. */
    public static final String CHECK_DIGIT = "civil-id.check-digit";
    static final String WEIGHTED_MOD_11 = "weighted-mod-11";
    static final String UNCHECKED = "unchecked";

    private final Clock clock;
    private final boolean checked;

    public KuwaitCivilIdRules(Clock clock) {
        this(clock, true);
    }

    /** @param checked false to accept any twelfth digit */
    public KuwaitCivilIdRules(Clock clock, boolean checked) {
        this.clock = clock;
        this.checked = checked;
    }

    /** These rules with the operator's {@value #CHECK_DIGIT}, if given. */
    public KuwaitCivilIdRules configured(AdapterSettings settings) {
        String scheme = settings.choice(CHECK_DIGIT, checked ? WEIGHTED_MOD_11 : UNCHECKED, List.of(WEIGHTED_MOD_11, UNCHECKED));
        return new KuwaitCivilIdRules(clock, WEIGHTED_MOD_11.equals(scheme));
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
        if (checked && (expected == null || expected != digits.charAt(11) - '0')) {
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
