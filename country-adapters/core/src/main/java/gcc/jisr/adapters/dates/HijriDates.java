package gcc.jisr.adapters.dates;

import gcc.jisr.adapters.NationalDigits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;
import java.util.Objects;

/**
 * Hijri dates in the Umm al-Qura calendar, the official calendar of Saudi Arabia, written in one pattern.
 *
 * <p>The JDK's {@link HijrahChronology#INSTANCE} is Umm al-Qura: its month lengths come from the table the
 * King Abdulaziz City for Science and Technology publishes, not from arithmetic, so a month has 29 or 30 days
 * as that table says and only the years it covers (1300–1600 AH, 1882-11-12 to 2174-11-25) can be converted.
 * Dates outside it are refused, never extrapolated.
 *
 * <p>Parsing is strict: month 13, day 31, or day 30 of a 29-day month is refused, never rolled into the next
 * month, because a rolled-over date of birth or card expiry is a wrong answer given with confidence. Digits of
 * the three scripts (ASCII, Arabic-Indic, Eastern Arabic-Indic) are read alike; surrounding spaces are ignored.
 *
 * <p>The canonical text Jisr carries beside a Gregorian date is {@code yyyy-MM-dd} in ASCII digits, e.g.
 * {@code 1446-05-21} for 2024-11-23.
 */
public final class HijriDates {

    public static final HijriDates CANONICAL = ofPattern("yyyy-MM-dd");

    private static final HijrahChronology UMM_AL_QURA = HijrahChronology.INSTANCE;
    private static final ValueRange YEARS = UMM_AL_QURA.range(ChronoField.YEAR);
    private static final LocalDate EARLIEST = LocalDate.from(UMM_AL_QURA.date((int) YEARS.getMinimum(), 1, 1));
    private static final LocalDate LATEST = lastDayOf((int) YEARS.getMaximum());

    private final DatePattern pattern;

    private HijriDates(DatePattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Hijri dates written as {@code pattern}, e.g. {@code yyyy/MM/dd} or {@code dd/MM/yyyy}.
     *
     * @throws IllegalArgumentException when the pattern is not a plain year-month-day pattern
     */
    public static HijriDates ofPattern(String pattern) {
        return new HijriDates(DatePattern.compile(pattern));
    }

    /** Reads a Hijri date written in {@code pattern}; shortcut for {@code ofPattern(pattern).parse(text, field)}. */
    public static LocalDate parse(String text, String pattern, String field) {
        return ofPattern(pattern).parse(text, field);
    }

    /** The canonical Hijri text ({@code yyyy-MM-dd}) of a Gregorian date. */
    public static String canonical(LocalDate date) {
        return CANONICAL.format(date);
    }

    /** The first Gregorian day the Umm al-Qura table covers (1 Muharram 1300). */
    public static LocalDate earliest() {
        return EARLIEST;
    }

    /** The last Gregorian day the Umm al-Qura table covers (the last day of 1600 AH). */
    public static LocalDate latest() {
        return LATEST;
    }

    /**
     * The Gregorian date of a Hijri date written in this pattern.
     *
     * @param field the name of the field the text came from, for the error message
     * @throws InvalidDateException with rule {@code format} (not in the pattern), {@code range} (outside the
     *                              Umm al-Qura table), {@code month} or {@code day} (not a day of that calendar)
     */
    public LocalDate parse(String text, String field) {
        Objects.requireNonNull(field, "field");
        if (text == null) {
            throw new InvalidDateException(field, "format", "missing, expected a Hijri date as " + pattern);
        }
        int[] ymd = pattern.fields(NationalDigits.toAsciiDigits(text.strip()))
                .orElseThrow(() -> new InvalidDateException(field, "format", "not a Hijri date written as " + pattern));
        int year = ymd[0];
        int month = ymd[1];
        int day = ymd[2];
        if (!YEARS.isValidValue(year)) {
            throw new InvalidDateException(field, "range", "the year is outside the Umm al-Qura table ("
                    + YEARS.getMinimum() + "-" + YEARS.getMaximum() + " AH)");
        }
        if (month < 1 || month > 12) {
            throw new InvalidDateException(field, "month", "Hijri months run from 1 to 12, not " + month);
        }
        int length = UMM_AL_QURA.date(year, month, 1).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new InvalidDateException(field, "day", "day " + day + " does not exist in Hijri month " + month
                    + ", which has " + length + " days that year");
        }
        return LocalDate.from(UMM_AL_QURA.date(year, month, day));
    }

    /**
     * The Hijri date of a Gregorian date, written in this pattern with ASCII digits.
     *
     * @throws InvalidDateException with rule {@code range} outside the Umm al-Qura table
     */
    public String format(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidDateException("date", "range", "the Umm al-Qura table covers " + EARLIEST + " to " + LATEST
                    + " only");
        }
        try {
            return pattern.formatter().format(HijrahDate.from(date));
        } catch (DateTimeException e) {
            throw new InvalidDateException("date", "range", "no Umm al-Qura date for this day");
        }
    }

    public String pattern() {
        return pattern.pattern();
    }

    private static LocalDate lastDayOf(int year) {
        HijrahDate lastMonth = UMM_AL_QURA.date(year, 12, 1);
        return LocalDate.from(lastMonth.with(ChronoField.DAY_OF_MONTH, lastMonth.lengthOfMonth()));
    }
}
