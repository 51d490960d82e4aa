package gcc.jisr.gateway.problems;

import gcc.jisr.adapters.CivilIdMask;
import gcc.jisr.adapters.NationalDigits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A last guard for text about to be logged that may quote untrusted input (a parser's complaint about a token):
 * every run of six or more digits, in any digit script, is masked as a civil ID would be.
 */
public final class LogMasking {

    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9\\u0660-\\u0669\\u06F0-\\u06F9]{6,}");

    private LogMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(CivilIdMask.mask(NationalDigits.toAsciiDigits(m.group()))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
