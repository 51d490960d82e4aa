package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.Year;
import java.util.Objects;

/**
 * The Qatar ID (QID) issued by the Ministry of Interior to citizens and residents: 11 digits, {@code C YY NNN SSSSS}.
 * C is the century of birth (2 for the 1900s, 3 for the 2000s), YY the year of birth, NNN the holder's nationality
 * as an ISO 3166-1 numeric code (634 for Qatar), SSSSS a serial.
 *
 * <p>The QID has no published check digit, so a typing error in the serial passes these rules: it can only be
 * caught by the registry, which answers that no such QID exists. Which nationality codes are accepted is the
 * table of {@link QidNationalities}, to which an operator can add ({@value QidNationalities#EXTRA}).
 */
public final class QatarIdRules implements CivilIdRules {

    static final int LENGTH = 11;

    private final Clock clock;
    private final QidNationalities nationalities;

    public QatarIdRules(Clock clock) {
        this(clock, QidNationalities.BUILT_IN);
    }

    public QatarIdRules(Clock clock, QidNationalities nationalities) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nationalities = Objects.requireNonNull(nationalities, "nationalities");
    }

    /** These rules with the operator's {@value QidNationalities#EXTRA}, if given. */
    public QatarIdRules configured(AdapterSettings settings) {
        return new QatarIdRules(clock, nationalities.configured(settings));
    }

    /** The nationalities whose codes a QID may carry. */
    public QidNationalities nationalities() {
        return nationalities;
    }

    @Override
    public CivilId parse(String input) {
        String digits;
        try {
            digits = NationalDigits.digitsOnly(input);
        } catch (IllegalArgumentException e) {
            throw new InvalidCivilIdException(GccState.QA, "digits", e.getMessage());
        }
        if (digits.length() != LENGTH) {
            throw new InvalidCivilIdException(GccState.QA, "length", "must have 11 digits, has " + digits.length());
        }
        int century = switch (digits.charAt(0)) {
            case '2' -> 1900;
            case '3' -> 2000;
            default -> throw new InvalidCivilIdException(GccState.QA, "century",
                    "the first digit must be 2 (born 1900-1999) or 3 (born 2000-2099), is " + digits.charAt(0));
        };
        int birthYear = century + Integer.parseInt(digits.substring(1, 3));
        if (birthYear > Year.now(clock).getValue()) {
            throw new InvalidCivilIdException(GccState.QA, "birth-year", "digits 1-3 give a year of birth in the future");
        }
        String nationality = digits.substring(3, 6);
        if (nationalities.find(nationality).isEmpty()) {
            throw new InvalidCivilIdException(GccState.QA, "nationality",
                    "digits 4-6 are not a known ISO 3166 numeric nationality code: " + nationality);
        }
        return new CivilId(GccState.QA, digits);
    }

    /** The QID for a year of birth, ISO numeric nationality code and serial. */
    public static String qid(int birthYear, String nationalityNumeric, int serial) {
        if (birthYear < 1900 || birthYear > 2099 || !nationalityNumeric.matches("[0-9]{3}") || serial < 0 || serial > 99_999) {
            throw new IllegalArgumentException("no QID for " + birthYear + "/" + nationalityNumeric + "/" + serial);
        }
        return (birthYear < 2000 ? "2" : "3") + "%02d".formatted(birthYear % 100) + nationalityNumeric + "%05d".formatted(serial);
    }
}
