package gcc.jisr.adapters.ae;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The codes one emirate prints beside the plate number: Latin letters (Dubai, and the northern emirates) or a
 * number (Abu Dhabi, Sharjah). No emirate publishes its list of codes in a machine-readable form, so each is
 * configurable ({@link EmiratesPlates#EmiratesPlates(java.util.Map)}).
 */
public sealed interface PlateCodeScheme {

    /** The code in canonical form (upper-case letters, or a number without leading zeros), or empty if not issued. */
    Optional<String> canonical(String written);

    /** True when the codes are letters, which the canonical plate carries as its Latin letters. */
    boolean lettered();

    /** What a valid code looks like, for error messages. */
    String description();

    static PlateCodeScheme letters(String regex) {
        return new Letters(Pattern.compile(regex));
    }

    static PlateCodeScheme numbers(int first, int last) {
        return new Numbers(first, last);
    }

    record Letters(Pattern pattern) implements PlateCodeScheme {
        @Override
        public Optional<String> canonical(String written) {
            String code = written.toUpperCase(Locale.ROOT);
            return pattern.matcher(code).matches() ? Optional.of(code) : Optional.empty();
        }

        @Override
        public boolean lettered() {
            return true;
        }

        @Override
        public String description() {
            return "letters matching " + pattern.pattern();
        }
    }

    record Numbers(int first, int last) implements PlateCodeScheme {
        @Override
        public Optional<String> canonical(String written) {
            if (!written.matches("[0-9]{1,3}")) {
                return Optional.empty();
            }
            int code = Integer.parseInt(written);
            return code >= first && code <= last ? Optional.of(Integer.toString(code)) : Optional.empty();
        }

        @Override
        public boolean lettered() {
            return false;
        }

        @Override
        public String description() {
            return "a number from " + first + " to " + last;
        }
    }
}
