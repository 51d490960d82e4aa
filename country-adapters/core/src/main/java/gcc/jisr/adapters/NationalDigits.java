package gcc.jisr.adapters;

import java.util.Optional;

/**
 * Reads identifiers typed in any of the digit scripts used in the GCC. Agencies type civil IDs and plate numbers
 * in ASCII digits, Arabic-Indic digits (U+0660–U+0669, used in the Gulf) or Eastern Arabic-Indic digits
 * (U+06F0–U+06F9, from Persian and Urdu keyboards), often grouped with spaces or dashes.
 */
public final class NationalDigits {

    private NationalDigits() {
    }

    /** The ASCII digit for any digit of the three scripts, or empty for anything else. */
    public static Optional<Character> asciiDigit(char c) {
        if (c >= '0' && c <= '9') {
            return Optional.of(c);
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return Optional.of((char) ('0' + (c - '\u0660')));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return Optional.of((char) ('0' + (c - '\u06F0')));
        }
        return Optional.empty();
    }

    /** Replaces every digit of the three scripts with its ASCII digit and leaves everything else as it is. */
    public static String toAsciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(asciiDigit(c).orElse(c));
        }
        return out.toString();
    }

    /**
     * The ASCII digits of an identifier typed with optional spaces, dashes or Arabic/Latin grouping marks; any other
     * character makes it invalid.
     *
     * @throws IllegalArgumentException naming the first character that is neither a digit nor a separator
     */
    public static String digitsOnly(String identifier) {
        StringBuilder out = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            Optional<Character> digit = asciiDigit(c);
            if (digit.isPresent()) {
                out.append(digit.get());
            } else if (!isSeparator(c)) {
                throw new IllegalArgumentException(
                        "character " + (i + 1) + " is neither a digit nor a space or dash (U+%04X)".formatted((int) c));
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00A0' || c == '\u2010' || c == '\u2011' || c == '\u2012'
                || c == '\u2013' || c == '\u2212' || c == '\u066B' || c == '\u066C' || c == '\u200F' || c == '\u200E';
    }
}
