package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.contracts.GccState;

import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * The Emirates ID number issued by ICP (formerly the Emirates Identity Authority) to citizens and residents alike:
 * 15 digits, printed on the card as {@code 784-YYYY-NNNNNNN-C}. 784 is the ISO 3166-1 numeric code of the UAE,
 * YYYY the holder's year of birth, NNNNNNN a serial and C a Luhn (mod 10) check digit computed over all 15 digits.
 *
 * <p>The canonical form is the 15 digits without dashes. The dashed form is only how the card prints the
 * number: ICP's identity inquiry takes the bare 15 digits and echoes the dashed form back
 * ({@link IcpRegistryFormat}); nothing else in Jisr uses it.
 *
 * <p>The layout is what ICP prints on every card. That the last digit is a Luhn digit is what every issued number
 * satisfies, not a specification ICP publishes, so an operator can switch the check off with {@value #CHECK_DIGIT} =
 * {@code unchecked} should genuine numbers ever be refused.
 */
public final class EmiratesIdRules implements CivilIdRules {

    static final int LENGTH = 15;
    static final String UAE_PREFIX = "784";
    static final int FIRST_BIRTH_YEAR = 1900;

    /** The setting that chooses the check on the fifteenth digit: {@code luhn} (default) or {@code unchecked}. */
    public static final String CHECK_DIGIT = "civil-id.check-digit";
    static final String LUHN = "luhn";
    static final String UNCHECKED = "unchecked";

    private final Clock clock;
    private final boolean checked;

    public EmiratesIdRules(Clock clock) {
        this(clock, true);
    }

    /** @param checked false to accept any fifteenth digit */
    public EmiratesIdRules(Clock clock, boolean checked) {
        this.clock = clock;
        this.checked = checked;
    }

    /** These rules with the operator's {@value #CHECK_DIGIT}, if given. */
    public EmiratesIdRules configured(AdapterSettings settings) {
        return new EmiratesIdRules(clock,
                LUHN.equals(settings.choice(CHECK_DIGIT, checked ? LUHN : UNCHECKED, List.of(LUHN, UNCHECKED))));
    }

    @Override
    public CivilId parse(String input) {
        String digits;
        try {
            digits = NationalDigits.digitsOnly(input);
        } catch (IllegalArgumentException e) {
            throw new InvalidCivilIdException(GccState.AE, "digits", e.getMessage());
        }
        if (digits.length() != LENGTH) {
            throw new InvalidCivilIdException(GccState.AE, "length", "must have 15 digits, has " + digits.length());
        }
        if (!digits.startsWith(UAE_PREFIX)) {
            throw new InvalidCivilIdException(GccState.AE, "prefix", "must start with 784, the UAE's ISO 3166 numeric code");
        }
        int birthYear = Integer.parseInt(digits.substring(3, 7));
        if (birthYear < FIRST_BIRTH_YEAR || birthYear > Year.now(clock).getValue()) {
            throw new InvalidCivilIdException(GccState.AE, "birth-year",
                    "digits 4-7 must be a year of birth from 1900 to this year, are " + birthYear);
        }
        if (checked && luhnCheckDigit(digits.substring(0, LENGTH - 1)) != digits.charAt(LENGTH - 1) - '0') {
            throw new InvalidCivilIdException(GccState.AE, "check-digit", "the check digit (15th digit) does not match");
        }
        return new CivilId(GccState.AE, digits);
    }

    /** The Luhn digit that completes these 14 digits. */
    public static int luhnCheckDigit(String firstFourteen) {
        int sum = 0;
        // The check digit will stand at the right, so the payload's last digit is the first one doubled.
        boolean doubled = true;
        for (int i = firstFourteen.length() - 1; i >= 0; i--) {
            int d = firstFourteen.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** The 15 canonical digits as the card prints them, {@code 784-YYYY-NNNNNNN-C}. */
    public static String printedForm(String canonical) {
        if (canonical.length() != LENGTH) {
            throw new IllegalArgumentException("an Emirates ID has 15 digits");
        }
        return canonical.substring(0, 3) + "-" + canonical.substring(3, 7) + "-" + canonical.substring(7, 14) + "-"
                + canonical.substring(14);
    }
}
