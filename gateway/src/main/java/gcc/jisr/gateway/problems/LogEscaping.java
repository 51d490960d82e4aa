package gcc.jisr.gateway.problems;

/**
 * Makes untrusted text safe to write into one line of a log or of the operators' audit trail. A line break in an
 * operator name sent over HTTP Basic would otherwise start a forged audit line, and a right-to-left override
 * (U+202E) would make a viewer show a line's end before its beginning, so each such character becomes a visible
 * escape: {@code \r}, {@code \n}, {@code \t}, or {@code \}{@code uXXXX} for the other C0 and C1 controls, DEL, the
 * line and paragraph separators and the Unicode bidi controls. The backslash itself is doubled, so that text that
 * already looked like an escape cannot pass for one.
 */
public final class LogEscaping {

    private LogEscaping() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || needsEscape(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
