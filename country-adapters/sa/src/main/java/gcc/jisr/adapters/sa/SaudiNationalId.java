package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.contracts.GccState;

import java.util.List;

/**
 * Saudi identity numbers: 10 digits, of which the first tells who holds it (1: a citizen's National ID, issued by
 * the Civil Affairs Agency; 2: a resident's Iqama, issued by the General Directorate of Passports) and the last
 * is a Luhn check digit over the other nine, so that the whole number passes the Luhn test. Nothing else in the
 * number carries meaning (no date of birth, unlike Kuwait's), so there is nothing more to check offline.
 *
 * <p>The length and the meaning of the first digit are published (the Ministry of Interior's National Information
 * Center and Absher say who holds which number). That the last digit is a Luhn check digit is what every issued number
 * satisfies, not a published specification, so an operator can switch the check off with {@value #CHECK_DIGIT} =
 * {@code unchecked} should genuine numbers ever be refused.
 */
public final class SaudiNationalId implements CivilIdRules {

    public static final int LENGTH = 10;

    /** The setting that chooses the check on the tenth digit: {@code luhn} (default) or {@code unchecked}. */
    public static final String CHECK_DIGIT = "civil-id.check-digit";
    static final String LUHN = "luhn";
    static final String UNCHECKED = "unchecked";

    private final boolean checked;

    public SaudiNationalId() {
        this(true);
    }

    /** @param checked false to accept any tenth digit */
    public SaudiNationalId(boolean checked) {
        this.checked = checked;
    }

    /** These rules with the operator's {@value #CHECK_DIGIT}, if given. */
    public SaudiNationalId configured(AdapterSettings settings) {
        return new SaudiNationalId(LUHN.equals(settings.choice(CHECK_DIGIT, checked ? LUHN : UNCHECKED, List.of(LUHN, UNCHECKED))));
    }

    /** Who an identity number belongs to, by its first digit. */
    public enum Holder {
        /** National ID (الهوية الوطنية), first digit 1. */
        CITIZEN,
        /** Iqama (الإقامة), first digit 2. */
        RESIDENT
    }

    @Override
    public CivilId parse(String input) {
        String digits;
        try {
            digits = NationalDigits.digitsOnly(input);
        } catch (IllegalArgumentException e) {
            throw new InvalidCivilIdException(GccState.SA, "digits", e.getMessage());
        }
        if (digits.length() != LENGTH) {
            throw new InvalidCivilIdException(GccState.SA, "length", "must have 10 digits, has " + digits.length());
        }
        char first = digits.charAt(0);
        if (first != '1' && first != '2') {
            throw new InvalidCivilIdException(GccState.SA, "prefix",
                    "the first digit must be 1 (citizen, National ID) or 2 (resident, Iqama), is " + first);
        }
        if (checked && checkDigit(digits.substring(0, LENGTH - 1)) != digits.charAt(LENGTH - 1) - '0') {
            throw new InvalidCivilIdException(GccState.SA, "check-digit", "the check digit (10th digit) does not match");
        }
        return new CivilId(GccState.SA, digits);
    }

    /** Who holds a Saudi identity number that passed {@link #parse}. */
    public static Holder holder(CivilId id) {
        if (id.issuingState() != GccState.SA) {
            throw new IllegalArgumentException("not a Saudi identity number: " + id);
        }
        return id.value().charAt(0) == '1' ? Holder.CITIZEN : Holder.RESIDENT;
    }

    /** The Luhn check digit that completes the first nine digits. */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < firstNine.length(); i++) {
            int digit = firstNine.charAt(i) - '0';
            // Luhn doubles every second digit counting leftwards from the check digit: here the odd positions.
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** The first nine digits completed with their check digit. */
    public static String complete(String firstNine) {
        if (!firstNine.matches("[12][0-9]{8}")) {
            throw new IllegalArgumentException("nine digits starting with 1 or 2 are needed");
        }
        return firstNine + checkDigit(firstNine);
    }
}
