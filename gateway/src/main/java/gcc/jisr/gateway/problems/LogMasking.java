package gcc.jisr.gateway.problems;

import gcc.jisr.adapters.CivilIdMask;
import gcc.jisr.adapters.NationalDigits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A last guard for text about to be logged that may quote untrusted input (a parser's complaint about a token):
 * every run of six or more digits, in any digit script, is masked as a civil ID would be. Identifiers the gateway
 * itself makes are left whole, so that an operator can still search for them: a UUID (message and tracking ids) and
 * a hexadecimal string of 32 characters or more with a letter in it (certificate serials, digests). A civil ID has no
 * letters, so it is never taken for either. Line breaks and other controls are escaped first ({@link LogEscaping}),
 * so that the masked text is also one line that cannot pass for another.
 */
public final class LogMasking {

    private static final Pattern IDENTIFIER_OR_DIGIT_RUN = Pattern.compile(
            "(?<identifier>\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"
                    + "|\\b(?=[0-9]*[a-fA-F])[0-9a-fA-F]{32,}\\b)"
                    + "|[0-9\\u0660-\\u0669\\u06F0-\\u06F9]{6,}");

    private LogMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IDENTIFIER_OR_DIGIT_RUN.matcher(LogEscaping.escape(text));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kept = m.group("identifier");
            m.appendReplacement(out, Matcher.quoteReplacement(kept != null ? kept
                    : CivilIdMask.mask(NationalDigits.toAsciiDigits(m.group()))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
