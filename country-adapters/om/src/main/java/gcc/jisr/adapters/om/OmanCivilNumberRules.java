package gcc.jisr.adapters.om;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CivilIdRules;
import gcc.jisr.adapters.InvalidCivilIdException;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.contracts.GccState;

/**
 * Oman's civil number (الرقم المدني), issued by the Royal Oman Police to citizens and residents: a serial number of up
 * to 8 digits with no check digit and no date of birth in it, so nothing beyond its digits and length can be checked
 * here; whether it exists is the registry's answer.
 *
 * <p>Canonical form (a decision of this adapter): the number without leading zeros. The civil number is a serial, so
 * {@code 00123456} and {@code 123456} name the same person, and systems that keep it in a fixed-width or numeric field
 * write it either way; one form is needed so that look-ups, de-duplication and masking agree. Leading zeros are
 * therefore accepted and dropped, and the length rule applies to the significant digits. Zero itself is no number.
 *
 * <p>The ROP publishes no length for the civil number; 8 digits is this adapter's assumption, changed with
 * {@value #MAX_DIGITS_SETTING}.
 */
public final class OmanCivilNumberRules implements CivilIdRules {

    static final int MAX_DIGITS = 8;

    /** The setting for the most significant digits a civil number may have. */
    public static final String MAX_DIGITS_SETTING = "civil-id.max-digits";

    private final int maxDigits;

    public OmanCivilNumberRules() {
        this(MAX_DIGITS);
    }

    public OmanCivilNumberRules(int maxDigits) {
        if (maxDigits < 1 || maxDigits > 18) {
            throw new IllegalArgumentException("a civil number has from 1 to 18 digits");
        }
        this.maxDigits = maxDigits;
    }

    /** These rules with the operator's {@value #MAX_DIGITS_SETTING}, if given. */
    public OmanCivilNumberRules configured(AdapterSettings settings) {
        return new OmanCivilNumberRules(settings.integer(MAX_DIGITS_SETTING, maxDigits, 1, 18));
    }

    @Override
    public CivilId parse(String input) {
        String digits;
        try {
            digits = NationalDigits.digitsOnly(input);
        } catch (IllegalArgumentException e) {
            throw new InvalidCivilIdException(GccState.OM, "digits", e.getMessage());
        }
        if (digits.isEmpty()) {
            throw new InvalidCivilIdException(GccState.OM, "length", "must have 1 to " + maxDigits + " digits, has none");
        }
        String significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty()) {
            throw new InvalidCivilIdException(GccState.OM, "zero", "a civil number is never zero");
        }
        if (significant.length() > maxDigits) {
            throw new InvalidCivilIdException(GccState.OM, "length",
                    "must have at most " + maxDigits + " digits without leading zeros, has " + significant.length());
        }
        return new CivilId(GccState.OM, significant);
    }
}
