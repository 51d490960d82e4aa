package gcc.jisr.adapters.om;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The letters of Omani plates, each printed in Arabic with a Latin equivalent.
 *
 * <p>Facts: an Omani plate carries a number of up to five digits and one or two letters, and the plate shows each
 * letter in Arabic and in Latin script. Assumption: the exact set of letters and their Latin equivalents in
 * {@link #DEFAULT} (fourteen letters whose Latin equivalent is unambiguous); the Royal Oman Police publishes no
 * machine-readable table. An operator can pass another table to {@link OmanPlates}.
 *
 * <p>Arabic letters are compared after folding spelling variants (any alef form is alef, alef maqsura is yaa, tatweel
 * and diacritics are dropped), so {@code ا}, {@code أ} and {@code إ} are all the plate letter {@code أ}.
 */
public final class OmanPlateLetters {

    public static final OmanPlateLetters DEFAULT = new OmanPlateLetters(orderedMap(
            'أ', 'A', 'ب', 'B', 'ج', 'J', 'د', 'D', 'ر', 'R', 'س', 'S', 'ط', 'T',
            'ك', 'K', 'ل', 'L', 'م', 'M', 'ن', 'N', 'ه', 'H', 'و', 'W', 'ي', 'Y'));

    private final Map<Character, Character> latinByArabic;
    private final Map<Character, Character> arabicByFoldedArabic = new LinkedHashMap<>();
    private final Map<Character, Character> arabicByLatin = new LinkedHashMap<>();

    /** @param latinByArabic each plate letter as printed in Arabic, with its upper-case Latin equivalent */
    public OmanPlateLetters(Map<Character, Character> latinByArabic) {
        this.latinByArabic = Collections.unmodifiableMap(new LinkedHashMap<>(latinByArabic));
        latinByArabic.forEach((arabic, latin) -> {
            if (latin < 'A' || latin > 'Z') {
                throw new IllegalArgumentException("the Latin equivalent of a plate letter is one of A-Z, not " + latin);
            }
            if (arabicByFoldedArabic.put(fold(arabic), arabic) != null || arabicByLatin.put(latin, arabic) != null) {
                throw new IllegalArgumentException("plate letter " + arabic + "/" + latin + " is listed twice");
            }
        });
    }

    /**
     * A table as an operator writes it: comma-separated {@code arabic:LATIN} pairs, e.g. {@code أ:A, ب:B, ع:E}.
     *
     * @throws IllegalArgumentException for a pair that is not one Arabic letter and one Latin letter A-Z, or a letter
     *                                  listed twice
     */
    public static OmanPlateLetters parse(String setting) {
        Map<Character, Character> map = new LinkedHashMap<>();
        for (String item : setting.split(",")) {
            String pair = item.strip();
            if (pair.length() != 3 || pair.charAt(1) != ':' || !Character.isLetter(pair.charAt(0))
                    || Character.UnicodeScript.of(pair.charAt(0)) != Character.UnicodeScript.ARABIC) {
                throw new IllegalArgumentException("each plate letter is written arabic:LATIN, e.g. ب:B, not '" + pair + "'");
            }
            if (map.put(pair.charAt(0), pair.charAt(2)) != null) {
                throw new IllegalArgumentException("plate letter " + pair.charAt(0) + " is listed twice");
            }
        }
        return new OmanPlateLetters(map);
    }

    /** The table as {@link #parse} reads it. */
    public String setting() {
        StringBuilder out = new StringBuilder();
        latinByArabic.forEach((arabic, latin) -> out.append(out.isEmpty() ? "" : ", ").append(arabic).append(':').append(latin));
        return out.toString();
    }

    /** The plate letter (as printed in Arabic) that this Arabic or Latin character stands for. */
    public Optional<Character> arabicOf(char c) {
        if (c >= 'a' && c <= 'z') {
            c = (char) (c - 'a' + 'A');
        }
        if (c >= 'A' && c <= 'Z') {
            return Optional.ofNullable(arabicByLatin.get(c));
        }
        return Optional.ofNullable(arabicByFoldedArabic.get(fold(c)));
    }

    public char latinOf(char arabic) {
        Character latin = latinByArabic.get(arabic);
        if (latin == null) {
            throw new IllegalArgumentException("not a plate letter: " + arabic);
        }
        return latin;
    }

    /** Every letter, Arabic to Latin, in table order. */
    public Map<Character, Character> latinByArabic() {
        return latinByArabic;
    }

    private static char fold(char c) {
        return switch (c) {
            case 'ا', 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی' -> 'ي';
            case 'ة' -> 'ه';
            case 'ک' -> 'ك';
            default -> c;
        };
    }

    private static Map<Character, Character> orderedMap(char... pairs) {
        Map<Character, Character> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
