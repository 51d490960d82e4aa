package gcc.jisr.adapters.dates;

import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * A national date pattern such as {@code dd/MM/yyyy} or {@code yyyy/MM/dd}, compiled so that the digit counts are
 * exact: {@code yyyy} (or {@code uuuu}) is four digits, {@code MM} and {@code dd} two, {@code M} and {@code d} one or
 * two; any other character is a literal. Other pattern letters are refused, because a registry's date field holds
 * a calendar date and nothing else, and {@code DateTimeFormatter}'s own year letters would accept five-digit or
 * signed years.
 */
final class DatePattern {

    private final String pattern;
    private final DateTimeFormatter formatter;

    private DatePattern(String pattern, DateTimeFormatter formatter) {
        this.pattern = pattern;
        this.formatter = formatter;
    }

    static DatePattern compile(String pattern) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        boolean year = false;
        boolean month = false;
        boolean day = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            switch (c) {
                case 'y', 'u' -> {
                    require(run == 4 && !year, pattern, "the year must appear once, as yyyy");
                    builder.appendValue(ChronoField.YEAR, 4);
                    year = true;
                }
                case 'M' -> {
                    require(run <= 2 && !month, pattern, "the month must appear once, as M or MM");
                    appendDigits(builder, ChronoField.MONTH_OF_YEAR, run);
                    month = true;
                }
                case 'd' -> {
                    require(run <= 2 && !day, pattern, "the day must appear once, as d or dd");
                    appendDigits(builder, ChronoField.DAY_OF_MONTH, run);
                    day = true;
                }
                default -> {
                    require(!Character.isLetterOrDigit(c), pattern, "only y, M and d and separators are allowed");
                    builder.appendLiteral(pattern.substring(i, i + run));
                }
            }
            i += run;
        }
        require(year && month && day, pattern, "year, month and day are all required");
        return new DatePattern(pattern, builder.toFormatter());
    }

    private static void appendDigits(DateTimeFormatterBuilder builder, ChronoField field, int run) {
        if (run == 2) {
            builder.appendValue(field, 2);
        } else {
            builder.appendValue(field, 1, 2, SignStyle.NOT_NEGATIVE);
        }
    }

    private static void require(boolean condition, String pattern, String why) {
        if (!condition) {
            throw new IllegalArgumentException("date pattern \"" + pattern + "\": " + why);
        }
    }

    String pattern() {
        return pattern;
    }

    /** The formatter, chronology and resolver style left to the caller. */
    DateTimeFormatter formatter() {
        return formatter;
    }

    /** Year, month and day as written, unchecked against any calendar; empty when the text has another shape. */
    Optional<int[]> fields(String asciiText) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor parsed = formatter.parseUnresolved(asciiText, position);
        if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != asciiText.length()) {
            return Optional.empty();
        }
        return Optional.of(new int[]{
                (int) parsed.getLong(ChronoField.YEAR),
                (int) parsed.getLong(ChronoField.MONTH_OF_YEAR),
                (int) parsed.getLong(ChronoField.DAY_OF_MONTH)});
    }

    @Override
    public String toString() {
        return pattern;
    }
}
