package gcc.jisr.adapters.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings Latin transliterations of Arabic names to one form. There is no single transliteration standard in the
 * GCC: passports, registries and banks write the same name as Mohammed, Muhammad or Mohamed, and the article
 * as Al-, Al, El- or el. The folding keeps letters that distinguish names and drops those that only distinguish
 * spellings.
 */
public final class LatinNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z\\s-]");
    private static final Pattern SPACES = Pattern.compile("[\\s-]+");

    /** Whole-word spellings of frequent names that the letter rules below do not bring together. */
    private static final Map<String, String> KNOWN_VARIANTS = Map.ofEntries(
            Map.entry("mohammed", "muhammad"), Map.entry("mohammad", "muhammad"), Map.entry("mohamed", "muhammad"),
            Map.entry("mohamad", "muhammad"), Map.entry("muhammed", "muhammad"), Map.entry("mohd", "muhammad"),
            Map.entry("mhd", "muhammad"), Map.entry("mehmet", "muhammad"),
            Map.entry("ahmed", "ahmad"), Map.entry("mahmood", "mahmud"), Map.entry("mahmoud", "mahmud"),
            Map.entry("abdallah", "abdullah"), Map.entry("abdulla", "abdullah"), Map.entry("abdalla", "abdullah"),
            Map.entry("youssef", "yusuf"), Map.entry("yousef", "yusuf"), Map.entry("yousif", "yusuf"),
            Map.entry("yusef", "yusuf"), Map.entry("joseph", "yusuf"),
            Map.entry("hussain", "husain"), Map.entry("hussein", "husain"), Map.entry("hossain", "husain"),
            Map.entry("hassan", "hasan"), Map.entry("khaled", "khalid"), Map.entry("faisal", "faysal"),
            Map.entry("fahad", "fahd"), Map.entry("saud", "saud"), Map.entry("saoud", "saud"),
            Map.entry("eisa", "isa"), Map.entry("issa", "isa"), Map.entry("fatima", "fatimah"), Map.entry("fatma", "fatimah"),
            Map.entry("aisha", "aishah"), Map.entry("aysha", "aishah"), Map.entry("ayesha", "aishah"),
            Map.entry("maryam", "maryam"), Map.entry("mariam", "maryam"), Map.entry("omar", "umar"), Map.entry("omer", "umar"),
            Map.entry("othman", "uthman"), Map.entry("osman", "uthman"), Map.entry("ali", "ali"));

    private LatinNames() {
    }

    /** The name's words in folded form. */
    public static List<String> normalizedTokens(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        s = s.replace('\'', ' ').replace('`', ' ').replace('’', ' ');
        s = NOT_LETTER.matcher(s).replaceAll(" ").trim();
        if (s.isEmpty()) {
            return List.of();
        }
        String[] words = SPACES.split(s);
        List<String> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if ((word.equals("al") || word.equals("el") || word.equals("ul")) && i + 1 < words.length) {
                tokens.add("al" + fold(words[++i]));
            } else if ((word.equals("abd") || word.equals("abdul") || word.equals("abdel") || word.equals("abdal"))
                    && i + 1 < words.length) {
                String next = words[++i];
                if ((next.equals("al") || next.equals("el")) && i + 1 < words.length) {
                    next = words[++i];
                }
                tokens.add("abd" + fold(stripArticle(next)));
            } else {
                tokens.add(fold(word));
            }
        }
        return tokens;
    }

    private static String stripArticle(String word) {
        return word.startsWith("al") || word.startsWith("el") ? word.substring(2) : word;
    }

    private static String fold(String spelled) {
        // Known spellings are first brought to one, then folded like any word, so that the canonical spelling and
        // its variants always end the same.
        String word = KNOWN_VARIANTS.getOrDefault(spelled, spelled);
        if (word.startsWith("el") && word.length() > 4) {
            word = "al" + word.substring(2);
        }
        if (word.startsWith("abdul") || word.startsWith("abdel") || word.startsWith("abdal")) {
            word = "abd" + word.substring(5);
        }
        String w = word.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ei", "i")
                .replace("ph", "f").replace("dh", "d").replace("th", "t").replace("kh", "k").replace("gh", "g")
                .replace('o', 'u').replace('e', 'a').replace('y', 'i');
        StringBuilder single = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                single.append(w.charAt(i));
            }
        }
        String s = single.toString();
        if (s.endsWith("ah") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
