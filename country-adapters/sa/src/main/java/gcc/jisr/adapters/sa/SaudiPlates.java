package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.plates.InvalidPlateException;
import gcc.jisr.adapters.plates.PlateRules;
import gcc.jisr.adapters.plates.VehiclePlate;
import gcc.jisr.contracts.GccState;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saudi plates: a number of one to four digits and three letters from a fixed set of 17 Arabic letters, each
 * printed with its official Latin equivalent on the plate: ا A, ب B, ح J, د D, ر R, س S, ص X, ط T, ع E, ق G,
 * ك K, ل L, م Z, ن N, ه H, و U, ى V. The set leaves out letters that differ only by dots, so that a plate can be
 * read at a distance.
 *
 * <p>Agencies type the letters in either script, letters before or after the number, with or without spaces;
 * this class reads all of these and keeps both scripts in reading order (the first Arabic letter is the
 * equivalent of the first Latin letter). Clerks' keyboards give أ, إ or آ for ا, ي for ى and ة for ه; these are
 * read as the plate letter they stand for. Leading zeros of the number are dropped, as the plates print none.
 *
 * <p>A plate's category (private, taxi, public transport, diplomatic, ...) is shown by the plate's colour, not by
 * its characters, so a plate read from text is {@value #PRIVATE} (the by far commonest category), and
 * {@link #format} writes the characters only. Another category, sent in a separate field, is set by the caller.
 * Which category a plate read from text is given is this adapter's assumption, changed with {@value #PLATE_CATEGORY}.
 */
public final class SaudiPlates implements PlateRules {

    public static final String PRIVATE = "private";

    /** The setting naming the category of a plate read from text (default {@value #PRIVATE}). */
    public static final String PLATE_CATEGORY = "plate-category";

    static final String ARABIC_LETTERS = "ابحدرسصطعقكلمنهوى";
    static final String LATIN_LETTERS = "ABJDRSXTEGKLZNHUV";
    private static final int LETTERS = 3;
    private static final int MAX_DIGITS = 4;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u00A0\\u0640\\u200E\\u200F\\u061C]+");
    private static final Pattern SHAPE = Pattern.compile("([^0-9]*)([0-9]+)([^0-9]*)");
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final String category;

    public SaudiPlates() {
        this(PRIVATE);
    }

    /** @param category the category of every plate read from text: letters, digits, '-' and '_' */
    public SaudiPlates(String category) {
        if (!CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException("a plate category is a word of Latin letters, digits, '-' or '_'");
        }
        this.category = category;
    }

    /** These plates with the operator's {@value #PLATE_CATEGORY}, if given. */
    public SaudiPlates configured(AdapterSettings settings) {
        return settings.get(PLATE_CATEGORY, this, SaudiPlates::new);
    }

    @Override
    public VehiclePlate parse(String nationalText) {
        String text = SEPARATORS.matcher(NationalDigits.toAsciiDigits(nationalText)).replaceAll("");
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || (!m.group(1).isEmpty() && !m.group(3).isEmpty())) {
            throw new InvalidPlateException(GccState.SA, "format",
                    "expected three letters and a number of up to four digits, e.g. ا ب ح 1234 or ABJ 1234");
        }
        String digits = m.group(2);
        if (digits.length() > MAX_DIGITS) {
            throw new InvalidPlateException(GccState.SA, "number", "has " + digits.length() + " digits, at most 4");
        }
        int number = Integer.parseInt(digits);
        if (number == 0) {
            throw new InvalidPlateException(GccState.SA, "number", "plate numbers start at 1");
        }
        String letters = m.group(1).isEmpty() ? m.group(3) : m.group(1);
        if (letters.length() != LETTERS) {
            throw new InvalidPlateException(GccState.SA, "letters", "must have exactly three letters, has " + letters.length());
        }
        StringBuilder arabic = new StringBuilder(LETTERS);
        StringBuilder latin = new StringBuilder(LETTERS);
        Boolean typedInArabic = null;
        for (int i = 0; i < LETTERS; i++) {
            char typed = letters.charAt(i);
            char asArabic = foldArabic(typed);
            char asLatin = Character.toUpperCase(typed);
            int index;
            boolean isArabic;
            if ((index = ARABIC_LETTERS.indexOf(asArabic)) >= 0) {
                isArabic = true;
            } else if (asLatin < 128 && (index = LATIN_LETTERS.indexOf(asLatin)) >= 0) {
                isArabic = false;
            } else {
                throw new InvalidPlateException(GccState.SA, "letters", "letter " + (i + 1)
                        + " (U+%04X) is not one of the 17 Saudi plate letters".formatted((int) typed));
            }
            if (typedInArabic != null && typedInArabic != isArabic) {
                throw new InvalidPlateException(GccState.SA, "letters", "mixes Arabic and Latin letters");
            }
            typedInArabic = isArabic;
            arabic.append(ARABIC_LETTERS.charAt(index));
            latin.append(LATIN_LETTERS.charAt(index));
        }
        return new VehiclePlate(GccState.SA, Integer.toString(number), arabic.toString(), latin.toString(), category, null);
    }

    /** Arabic letters separated by spaces, then the number: {@code ا ب ح 1234}. */
    @Override
    public String format(VehiclePlate plate) {
        return spaced(plate.lettersArabic()) + " " + plate.number();
    }

    /** The Latin side of the plate: {@code ABJ 1234}. */
    public String formatLatin(VehiclePlate plate) {
        return plate.lettersLatin() + " " + plate.number();
    }

    private static String spaced(String letters) {
        StringBuilder out = new StringBuilder(letters.length() * 2);
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(letters.charAt(i));
        }
        return out.toString();
    }

    private static char foldArabic(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ي', 'ی' -> 'ى';
            case 'ة' -> 'ه';
            default -> c;
        };
    }
}
