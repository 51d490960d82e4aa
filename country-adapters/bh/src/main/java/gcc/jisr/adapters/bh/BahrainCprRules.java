package gcc.jisr.adapters.bh;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Bahrain's personal number (CPR, الرقم الشخصي) as issued by the Information & eGovernment Authority to citizens and
 * residents alike: 9 digits, {@code YYMM SSSS K}. YYMM is the year and month of birth, SSSS a serial within that
 * month and K a check digit (published facts). The check digit's algorithm is not published: it is a
 * {@link CprCheckDigit} chosen by the constructor (see there for the assumption made by default).
 *
 * <p>The number has no century digit, so the century is the latest one that does not put the birth month in the
 * future: in 2026, {@code 25..} is 2025 and {@code 27..} is 1927. Some early registrations are said not to follow
 * the YYMM rule; such numbers are refused until an operator decides otherwise.
 */
public final class BahrainCprRules implements CivilIdRules {

    static final int LENGTH = 9;

    /** The setting that chooses the {@link CprCheckDigit} scheme by name: {@code weighted-mod-11} or {@code unchecked}. */
    public static final String CHECK_DIGIT = "civil-id.check-digit";

    private final Clock clock;
    private final CprCheckDigit checkDigit;

    public BahrainCprRules(Clock clock, CprCheckDigit checkDigit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checkDigit = Objects.requireNonNull(checkDigit, "checkDigit");
    }

    @Override
    public CivilId parse(String input) {
        String digits;
        try {
            digits = NationalDigits.digitsOnly(input);
        } catch (IllegalArgumentException e) {
            throw new InvalidCivilIdException(GccState.BH, "digits", e.getMessage());
        }
        if (digits.length() != LENGTH) {
            throw new InvalidCivilIdException(GccState.BH, "length", "must have 9 digits, has " + digits.length());
        }
        int month = Integer.parseInt(digits.substring(2, 4));
        if (month < 1 || month > 12) {
            throw new InvalidCivilIdException(GccState.BH, "birth-month", "digits 3-4 must be a month of birth (01-12)");
        }
        if (!checkDigit.matches(digits)) {
            throw new InvalidCivilIdException(GccState.BH, "check-digit",
                    "the check digit (9th digit) does not match (" + checkDigit.name() + ")");
        }
        return new CivilId(GccState.BH, digits);
    }

    /** These rules with the operator's {@value #CHECK_DIGIT}, if given. */
    public BahrainCprRules configured(AdapterSettings settings) {
        if (!settings.has(CHECK_DIGIT)) {
            return this;
        }
        String scheme = settings.choice(CHECK_DIGIT, checkDigit.name(),
                List.of(CprCheckDigit.WEIGHTED_MOD_11.name(), CprCheckDigit.UNCHECKED.name()));
        return new BahrainCprRules(clock, CprCheckDigit.named(scheme));
    }

    /** The scheme this instance checks the ninth digit with. */
    public CprCheckDigit checkDigit() {
        return checkDigit;
    }

    /** The month of birth a valid CPR number states, with the century resolved as of today in Bahrain. */
    public YearMonth birthMonth(CivilId cpr) {
        return birthMonth(cpr.value(), LocalDate.now(clock));
    }

    static YearMonth birthMonth(String digits, LocalDate today) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        YearMonth candidate = YearMonth.of(today.getYear() / 100 * 100 + yy, Integer.parseInt(digits.substring(2, 4)));
        return candidate.isAfter(YearMonth.from(today)) ? candidate.minusYears(100) : candidate;
    }
}
