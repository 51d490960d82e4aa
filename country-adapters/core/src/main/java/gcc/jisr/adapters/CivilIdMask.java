package gcc.jisr.adapters;

/**
 * How a civil ID appears in logs, traces and operator screens without the right to see it: the first four
 * characters (for Kuwait the century digit and year of birth, which support staff need to spot typing errors)
 * and the last one, e.g. {@code 2850*******3}.
 */
public final class CivilIdMask {

    private static final int KEPT_AT_START = 4;
    private static final int KEPT_AT_END = 1;

    private CivilIdMask() {
    }

    public static String mask(String civilId) {
        if (civilId == null) {
            return null;
        }
        int length = civilId.length();
        if (length <= KEPT_AT_START + KEPT_AT_END) {
            return "*".repeat(length);
        }
        return civilId.substring(0, KEPT_AT_START)
                + "*".repeat(length - KEPT_AT_START - KEPT_AT_END)
                + civilId.substring(length - KEPT_AT_END);
    }
}
