package gcc.jisr.adapters.ae;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The codes one emirate prints beside the plate number: Latin letters (Dubai, and the northern emirates) or a
 * number (Abu Dhabi, Sharjah). No emirate publishes its list of codes in a machine-readable form, so each is
 * configurable ({@link EmiratesPlates#EmiratesPlates(java.util.Map)}), and an operator writes one as
 * {@code letters:<regular expression>} or {@code numbers:<first>-<last>} ({@link #parse}).
 */
public sealed interface PlateCodeScheme {

    /** The code in canonical form (upper-case letters, or a number without leading zeros), or empty if not issued. */
    Optional<String> canonical(String written);

    /** True when the codes are letters, which the canonical plate carries as its Latin letters. */
    boolean lettered();

    /** What a valid code looks like, for error messages. */
    String description();

    /** How an operator writes this scheme in a setting; {@link #parse} reads it back. */
    String setting();

    static PlateCodeScheme letters(String regex) {
        return new Letters(Pattern.compile(regex));
    }

    static PlateCodeScheme numbers(int first, int last) {
        return new Numbers(first, last);
    }

    /**
     * A scheme as an operator writes it: {@code letters:[A-Z]{1,2}} (codes are upper-case Latin letters, at most three,
     * matching the expression) or {@code numbers:1-50} (codes are the numbers from 1 to 50, at most 999).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static PlateCodeScheme parse(String setting) {
        String text = setting.strip();
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : text.substring(colon + 1).strip();
        switch (kind) {
            case "letters" -> {
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException("letters are written letters:<regular expression>, e.g. letters:[A-Z]{1,2}");
                }
                try {
                    return letters(rest);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("not a regular expression: " + e.getDescription());
                }
            }
            case "numbers" -> {
                Matcher m = Pattern.compile("([0-9]{1,3})\\s*-\\s*([0-9]{1,3})").matcher(rest);
                if (!m.matches()) {
                    throw new IllegalArgumentException("numbers are written numbers:<first>-<last>, e.g. numbers:1-50");
                }
                return numbers(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            default -> throw new IllegalArgumentException("a plate code scheme is letters:<regular expression> or numbers:<first>-<last>");
        }
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

        @Override
        public String setting() {
            return "letters:" + pattern.pattern();
        }
    }

    record Numbers(int first, int last) implements PlateCodeScheme {

        public Numbers {
            if (first < 1 || last > 999 || first > last) {
                throw new IllegalArgumentException("plate code numbers run from 1 to 999, first not after last");
            }
        }
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

        @Override
        public String setting() {
            return "numbers:" + first + "-" + last;
        }
    }
}
