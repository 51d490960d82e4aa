package gcc.jisr.adapters.om;

import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Omani plates: a number of up to five digits and one or two letters ({@link OmanPlateLetters}), written in either
 * order, the letters in Arabic or Latin script, together or apart: {@code 12345 AB}, {@code ١٢٣٤٥ أ ب},
 * {@code أب-12345}. Canonical: the number without leading zeros, the letters in both scripts in the same (reading)
 * order, e.g. number {@code 12345}, letters {@code أب} / {@code AB}. Omani plates show no category in the text agencies
 * exchange, so the category is not used.
 */
public final class OmanPlates implements PlateRules {

    static final int MAX_DIGITS = 5;

    /** Separators and invisible marks between the parts of a plate; tatweel only stretches a letter. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\u00A0/\\-|.\\u0640\\u200E\\u200F\\u061C\\p{M}]+");
    private static final Pattern NUMBER_FIRST = Pattern.compile("([0-9]+)(\\p{L}+)");
    private static final Pattern LETTERS_FIRST = Pattern.compile("(\\p{L}+)([0-9]+)");

    private final OmanPlateLetters letters;

    public OmanPlates() {
        this(OmanPlateLetters.DEFAULT);
    }

    public OmanPlates(OmanPlateLetters letters) {
        this.letters = Objects.requireNonNull(letters, "letters");
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
            throw new InvalidPlateException(GccState.OM, "format", "expected up to 5 digits and 1 or 2 letters, e.g. 12345 AB");
        }
        String number = digits.replaceFirst("^0+", "");
        if (number.isEmpty()) {
            throw new InvalidPlateException(GccState.OM, "range", "the plate number starts at 1");
        }
        if (number.length() > MAX_DIGITS) {
            throw new InvalidPlateException(GccState.OM, "length", "a plate number has at most 5 digits");
        }
        if (written.length() > 2) {
            throw new InvalidPlateException(GccState.OM, "letters", "a plate has 1 or 2 letters, not " + written.length());
        }
        StringBuilder arabic = new StringBuilder(2);
        StringBuilder latin = new StringBuilder(2);
        for (char c : written.toCharArray()) {
            char letter = letters.arabicOf(c).orElseThrow(() -> new InvalidPlateException(GccState.OM, "letters",
                    "'" + c + "' is not an Omani plate letter; known: " + letters.latinByArabic().values()));
            arabic.append(letter);
            latin.append(letters.latinOf(letter));
        }
        return new VehiclePlate(GccState.OM, number, arabic.toString(), latin.toString(), null, null);
    }

    @Override
    public String format(VehiclePlate plate) {
        return plate.number() + " " + plate.lettersLatin();
    }
}
