package gcc.jisr.adapters.bh;

import java.util.Locale;
import java.util.Optional;

/**
 * How the ninth digit of a Bahraini CPR number is checked.
 *
 * <p>The CPR number carries a check digit in its ninth position, but the Information & eGovernment Authority (iGA,
 * formerly the Central Informatics Organisation) has not published how it is computed, and no public source we
 * could verify states it. {@link #WEIGHTED_MOD_11} is therefore an assumption, not a fact: it is the scheme
 * Kuwait's civil ID uses and the most common one for national numbers in the region. It is isolated behind this
 * interface so that an operator who learns the real algorithm, or who sees genuine CPR numbers refused, can change
 * it without touching the rest of the adapter: set the adapter setting {@value BahrainCprRules#CHECK_DIGIT}
 * (in the gateway {@code jisr.adapters.bh.civil-id.check-digit}) to {@code weighted-mod-11} (default) or
 * {@code unchecked}, or the older system property {@value #SETTING}, which chooses the scheme of the adapter that
 * {@link java.util.ServiceLoader} creates and which the adapter setting overrides; or pass another implementation to
 * {@link BahrainAdapter}'s constructor.
 */
public interface CprCheckDigit {

    /** The system property that chooses the scheme of the adapter created by {@link java.util.ServiceLoader}. */
    String SETTING = "gcc.jisr.bh.cpr-check-digit";

    /**
     * ASSUMPTION: weights 9, 8, 7, 6, 5, 4, 3, 2 over the first eight digits, check = (11 − sum mod 11) mod 11; an
     * eight-digit prefix whose check would be 10 has no valid ninth digit and is taken to be a serial never issued.
     * Distinct weights below 11 catch every single wrong digit and every swap of two neighbouring digits.
     */
    CprCheckDigit WEIGHTED_MOD_11 = new WeightedMod11();

    /** No check on the ninth digit: the fallback when the assumed scheme refuses genuine numbers. */
    CprCheckDigit UNCHECKED = new Unchecked();

    /** The stable name of this scheme, as used in {@value #SETTING}. */
    String name();

    /** True when the ninth digit of these nine ASCII digits fits the first eight. */
    boolean matches(String nineDigits);

    /** The nine-digit number this scheme accepts for the first eight digits, or empty when no ninth digit does. */
    Optional<String> complete(String firstEight);

    /** The scheme with this name. */
    static CprCheckDigit named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "weighted-mod-11" -> WEIGHTED_MOD_11;
            case "unchecked" -> UNCHECKED;
            default -> throw new IllegalArgumentException(
                    "unknown CPR check-digit scheme '" + name + "' in " + SETTING + "; use weighted-mod-11 or unchecked");
        };
    }

    /** The scheme chosen by {@value #SETTING}, {@link #WEIGHTED_MOD_11} when it is not set. */
    static CprCheckDigit fromSystemProperty() {
        return named(System.getProperty(SETTING, WEIGHTED_MOD_11.name()));
    }

    final class WeightedMod11 implements CprCheckDigit {

        private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};

        private WeightedMod11() {
        }

        @Override
        public String name() {
            return "weighted-mod-11";
        }

        @Override
        public boolean matches(String nineDigits) {
            return complete(nineDigits.substring(0, 8)).map(nineDigits::equals).orElse(false);
        }

        @Override
        public Optional<String> complete(String firstEight) {
            int sum = 0;
            for (int i = 0; i < WEIGHTS.length; i++) {
                sum += WEIGHTS[i] * (firstEight.charAt(i) - '0');
            }
            int check = (11 - sum % 11) % 11;
            return check == 10 ? Optional.empty() : Optional.of(firstEight + check);
        }
    }

    final class Unchecked implements CprCheckDigit {

        private Unchecked() {
        }

        @Override
        public String name() {
            return "unchecked";
        }

        @Override
        public boolean matches(String nineDigits) {
            return true;
        }

        @Override
        public Optional<String> complete(String firstEight) {
            return Optional.of(firstEight + "0");
        }
    }
}
