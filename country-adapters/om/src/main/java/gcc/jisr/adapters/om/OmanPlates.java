package gcc.jisr.adapters.om;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Omani plates: a number of up to five digits and one or two letters ({@link OmanPlateLetters}), written in either
 * order, the letters in Arabic or Latin script, together or apart: {@code 12345 AB}, {@code ١٢٣٤٥ أ ب},
 * {@code أب-12345}. Canonical: the number without leading zeros, the letters in both scripts in the same (reading)
 * order, e.g. number {@code 12345}, letters {@code أب} / {@code AB}. Omani plates show no category in the text agencies
 * exchange, so the category is not used.
 *
 * <p>The ROP publishes no machine-readable plate format, so the letter table ({@value #LETTERS}), the longest number
 * ({@value #MAX_DIGITS_SETTING}, default 5) and the most letters ({@value #MAX_LETTERS_SETTING}, default 2) are this
 * adapter's assumptions and can be changed by an operator.
 */
public final class OmanPlates implements PlateRules {

    static final int MAX_DIGITS = 5;
    static final int MAX_LETTERS = 2;

    public static final String LETTERS = "plate-letters";
    public static final String MAX_DIGITS_SETTING = "plate-max-digits";
    public static final String MAX_LETTERS_SETTING = "plate-max-letters";

    /** Separators and invisible marks between the parts of a plate; tatweel only stretches a letter. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\u00A0/\\-|.\\u0640\\u200E\\u200F\\u061C\\p{M}]+");
    private static final Pattern NUMBER_FIRST = Pattern.compile("([0-9]+)(\\p{L}+)");
    private static final Pattern LETTERS_FIRST = Pattern.compile("(\\p{L}+)([0-9]+)");

    private final OmanPlateLetters letters;
    private final int maxDigits;
    private final int maxLetters;

    public OmanPlates() {
        this(OmanPlateLetters.DEFAULT);
    }

    public OmanPlates(OmanPlateLetters letters) {
        this(letters, MAX_DIGITS, MAX_LETTERS);
    }

    public OmanPlates(OmanPlateLetters letters, int maxDigits, int maxLetters) {
        this.letters = Objects.requireNonNull(letters, "letters");
        if (maxDigits < 1 || maxLetters < 1) {
            throw new IllegalArgumentException("a plate has at least one digit and one letter");
        }
        this.maxDigits = maxDigits;
        this.maxLetters = maxLetters;
    }

    /** The settings {@link #configured} reads. */
    public static Set<String> settingKeys() {
        return Set.of(LETTERS, MAX_DIGITS_SETTING, MAX_LETTERS_SETTING);
    }

    /** These plates with the operator's settings; a setting not given keeps its current value. */
    public OmanPlates configured(AdapterSettings settings) {
        return new OmanPlates(settings.get(LETTERS, letters, OmanPlateLetters::parse),
                settings.integer(MAX_DIGITS_SETTING, maxDigits, 1, 9), settings.integer(MAX_LETTERS_SETTING, maxLetters, 1, 4));
    }

    @Override
    public VehiclePlate parse(String nationalText) {
        String compact = IGNORED.matcher(NationalDigits.toAsciiDigits(nationalText)).replaceAll("");
        String digits;
        String written;
        Matcher m;
        if ((m = NUMBER_FIRST.matcher(compact)).matches()) {
            digits = m.group(1);
            written = m.group(2);
        } else if ((m = LETTERS_FIRST.matcher(compact)).matches()) {
            written = m.group(1);
            digits = m.group(2);
        } else {
            throw new InvalidPlateException(GccState.OM, "format", "expected up to " + maxDigits + " digits and "
                    + letterCount() + " letters, e.g. 12345 AB");
        }
        String number = digits.replaceFirst("^0+", "");
        if (number.isEmpty()) {
            throw new InvalidPlateException(GccState.OM, "range", "the plate number starts at 1");
        }
        if (number.length() > maxDigits) {
            throw new InvalidPlateException(GccState.OM, "length", "a plate number has at most " + maxDigits + " digits");
        }
        if (written.length() > maxLetters) {
            throw new InvalidPlateException(GccState.OM, "letters", "a plate has " + letterCount() + " letters, not " + written.length());
        }
        StringBuilder arabic = new StringBuilder(maxLetters);
        StringBuilder latin = new StringBuilder(maxLetters);
        for (char c : written.toCharArray()) {
            char letter = letters.arabicOf(c).orElseThrow(() -> new InvalidPlateException(GccState.OM, "letters",
                    "'" + c + "' is not an Omani plate letter; known: " + letters.latinByArabic().values()));
            arabic.append(letter);
            latin.append(letters.latinOf(letter));
        }
        return new VehiclePlate(GccState.OM, number, arabic.toString(), latin.toString(), null, null);
    }

    private String letterCount() {
        return maxLetters == 1 ? "1" : maxLetters == 2 ? "1 or 2" : "1 to " + maxLetters;
    }

    @Override
    public String format(VehiclePlate plate) {
        return plate.number() + " " + plate.lettersLatin();
    }
}
