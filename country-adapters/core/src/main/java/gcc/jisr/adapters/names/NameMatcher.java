package gcc.jisr.adapters.names;

import gcc.jisr.contracts.civilid.v1.MatchResult;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares a claimed name with the name a registry holds, in the same script.
 *
 * <p>The rule, applied after both names are normalized ({@link ArabicNames}, {@link LatinNames}):
 * <ul>
 *   <li>MATCH: the same words in the same order;</li>
 *   <li>PARTIAL: every claimed word is found among the registered words (a shortened name such as first and
 *       family name only, or another order), where two words count as the same when their Jaro-Winkler
 *       similarity is at least {@value #WORD_SIMILARITY} (a typing error or an unlisted spelling variant);
 *       or the whole names, words joined, have a Jaro-Winkler similarity of at least {@value #NAME_SIMILARITY};</li>
 *   <li>NO_MATCH: anything else, and a claimed name with a single word (too weak to support a partial match
 *       unless it equals the whole registered name).</li>
 * </ul>
 */
public final class NameMatcher {

    static final double WORD_SIMILARITY = 0.92;
    static final double NAME_SIMILARITY = 0.95;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    public static MatchResult matchArabic(String claimed, String registered) {
        return match(claimed, registered, ArabicNames::normalizedTokens);
    }

    public static MatchResult matchLatin(String claimed, String registered) {
        return match(claimed, registered, LatinNames::normalizedTokens);
    }

    private static MatchResult match(String claimed, String registered, Function<String, List<String>> normalize) {
        if (claimed == null || registered == null || claimed.isBlank() || registered.isBlank()) {
            return MatchResult.NOT_CHECKED;
        }
        List<String> claimedWords = normalize.apply(claimed);
        List<String> registeredWords = normalize.apply(registered);
        if (claimedWords.isEmpty()) {
            return MatchResult.NO_MATCH;
        }
        if (claimedWords.equals(registeredWords)) {
            return MatchResult.MATCH;
        }
        if (claimedWords.size() < 2) {
            return MatchResult.NO_MATCH;
        }
        if (allFound(claimedWords, registeredWords)
                || JARO_WINKLER.apply(String.join(" ", claimedWords), String.join(" ", registeredWords)) >= NAME_SIMILARITY) {
            return MatchResult.PARTIAL;
        }
        return MatchResult.NO_MATCH;
    }

    private static boolean allFound(List<String> claimedWords, List<String> registeredWords) {
        List<String> unused = new ArrayList<>(registeredWords);
        for (String word : claimedWords) {
            String best = null;
            double bestScore = 0;
            for (String candidate : unused) {
                double score = JARO_WINKLER.apply(word, candidate);
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
            if (best == null || bestScore < WORD_SIMILARITY) {
                return false;
            }
            unused.remove(best);
        }
        return true;
    }
}
