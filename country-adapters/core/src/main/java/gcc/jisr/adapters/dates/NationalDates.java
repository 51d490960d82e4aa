package gcc.jisr.adapters.dates;

import gcc.jisr.adapters.NationalDigits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gregorian dates as one state's agencies write them, in one or more patterns ({@code dd/MM/yyyy},
 * {@code dd-MM-yyyy}, {@code yyyy-MM-dd}, ...). Parsing is strict ({@link ResolverStyle#STRICT}): 2023-02-29 and
 * 31/04/2024 are refused, not moved to the next valid day. Digits of the three scripts are read alike and
 * surrounding spaces are ignored.
 *
 * <p>The first pattern the text's shape matches decides: a text shaped like {@code dd/MM/yyyy} but with day 31 in
 * April is refused, not retried with a later pattern, so that the order of patterns never turns an invalid date
 * into another valid one. Dates are formatted in the first pattern.
 */
public final class NationalDates {

    /** ISO 8601 calendar dates, {@code yyyy-MM-dd}. */
    public static final NationalDates ISO = of("yyyy-MM-dd");

    private final List<DatePattern> patterns;
    private final List<DateTimeFormatter> formatters;

    private NationalDates(List<DatePattern> patterns) {
        this.patterns = patterns;
        this.formatters = patterns.stream()
                .map(p -> p.formatter().withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT))
                .toList();
    }

    /**
     * Dates written in any of these patterns; the first is the one this state writes.
     *
     * @throws IllegalArgumentException when a pattern is not a plain year-month-day pattern, or none is given
     */
    public static NationalDates of(String... patterns) {
        if (patterns.length == 0) {
            throw new IllegalArgumentException("at least one date pattern is required");
        }
        return new NationalDates(Arrays.stream(patterns).map(DatePattern::compile).toList());
    }

    /**
     * The Gregorian date written in one of the patterns.
     *
     * @param field the name of the field the text came from, for the error message
     * @throws InvalidDateException with rule {@code format} (no pattern fits), {@code month} or {@code day}
     *                              (not a day of the Gregorian calendar)
     */
    public LocalDate parse(String text, String field) {
        Objects.requireNonNull(field, "field");
        if (text == null) {
            throw new InvalidDateException(field, "format", "missing, expected a date as " + patternList());
        }
        String ascii = NationalDigits.toAsciiDigits(text.strip());
        for (int i = 0; i < patterns.size(); i++) {
            Optional<int[]> ymd = patterns.get(i).fields(ascii);
            if (ymd.isPresent()) {
                try {
                    return LocalDate.parse(ascii, formatters.get(i));
                } catch (DateTimeException e) {
                    throw calendarViolation(field, ymd.get());
                }
            }
        }
        throw new InvalidDateException(field, "format", "not a date written as " + patternList());
    }

    /** The date in the first pattern, ASCII digits. */
    public String format(LocalDate date) {
        return formatters.get(0).format(date);
    }

    public List<String> patterns() {
        return patterns.stream().map(DatePattern::pattern).toList();
    }

    private static InvalidDateException calendarViolation(String field, int[] ymd) {
        int month = ymd[1];
        if (month < 1 || month > 12) {
            return new InvalidDateException(field, "month", "months run from 1 to 12, not " + month);
        }
        int length = YearMonth.of(ymd[0], month).lengthOfMonth();
        return new InvalidDateException(field, "day", "day " + ymd[2] + " does not exist in month " + month
                + ", which has " + length + " days that year");
    }

    private String patternList() {
        return String.join(" or ", patterns());
    }
}
