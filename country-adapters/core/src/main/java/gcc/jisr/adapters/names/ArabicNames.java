package gcc.jisr.adapters.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Brings Arabic-script names written by different clerks to one form before they are compared. Registries and
 * requesters disagree on spelling details that do not change the name: the hamza seat of an alef, taa marbuta
 * written as haa, alef maqsura written as yaa, diacritics, tatweel, and whether "عبد" is written apart from the
 * divine name that follows it ("عبد الله" / "عبدالله").
 */
public final class ArabicNames {

    private static final Pattern DIACRITICS_AND_TATWEEL = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArabicNames() {
    }

    /** The name's words in normalized form. */
    public static List<String> normalizedTokens(String name) {
        String s = DIACRITICS_AND_TATWEEL.matcher(name).replaceAll("");
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            letters.append(foldLetter(s.charAt(i)));
        }
        s = NOT_LETTER.matcher(letters).replaceAll(" ").trim();
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> words = List.of(SPACES.split(s));
        List<String> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // "عبد" (servant of) belongs to the name after it: "عبد الرحمن" and "عبدالرحمن" are one name.
            if ((word.equals("عبد") || word.equals("ابو")) && i + 1 < words.size()) {
                tokens.add(word + words.get(++i));
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static char foldLetter(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ئ', 'ی', 'ې' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك';
            default -> c;
        };
    }

    /** True when the text holds at least one letter of the Arabic script. */
    public static boolean isArabicScript(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
                && Character.isLetter(cp));
    }
}
