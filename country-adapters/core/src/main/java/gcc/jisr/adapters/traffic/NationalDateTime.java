package gcc.jisr.adapters.traffic;

import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.dates.HijriDates;
import gcc.jisr.adapters.dates.InvalidDateException;
import gcc.jisr.adapters.dates.NationalDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A local date and time as a national traffic format writes it: the state's date (Gregorian in a configurable
 * pattern, or Umm al-Qura Hijri), a space and the 24-hour time {@code HH:mm:ss}, without offset: the time is the
 * state's local time. Dates are read strictly (no 31 April, no day 30 of a 29-day Hijri month).
 */
public final class NationalDateTime {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final Function<LocalDate, String> writeDate;
    private final BiFunction<String, String, LocalDate> readDate;
    private final String pattern;

    private NationalDateTime(Function<LocalDate, String> writeDate, BiFunction<String, String, LocalDate> readDate, String pattern) {
        this.writeDate = writeDate;
        this.readDate = readDate;
        this.pattern = pattern;
    }

    public static NationalDateTime gregorian(NationalDates dates) {
        Objects.requireNonNull(dates, "dates");
        return new NationalDateTime(dates::format, dates::parse, dates.patterns().get(0));
    }

    public static NationalDateTime hijri(HijriDates dates) {
        Objects.requireNonNull(dates, "dates");
        return new NationalDateTime(dates::format, dates::parse, dates.pattern() + " (Umm al-Qura)");
    }

    public String date(LocalDate date) {
        return writeDate.apply(date);
    }

    public String dateTime(LocalDateTime at) {
        return writeDate.apply(at.toLocalDate()) + " " + TIME.format(at);
    }

    public static String time(LocalDateTime at) {
        return TIME.format(at);
    }

    /** @throws RegistryFormatException naming the field when the text is not a date in this pattern */
    public LocalDate readDate(String text, String field) {
        try {
            return readDate.apply(NationalTrafficFields.required(text, field), field);
        } catch (InvalidDateException e) {
            throw new RegistryFormatException(field + " '" + text + "' is not a date written " + pattern + ": " + e.getMessage());
        }
    }

    /** @throws RegistryFormatException naming the field when the text is not a date and time in this pattern */
    public LocalDateTime readDateTime(String text, String field) {
        NationalTrafficFields.required(text, field);
        int space = text.lastIndexOf(' ');
        if (space < 0) {
            throw new RegistryFormatException(field + " '" + text + "' is not a date and time written " + pattern + " HH:mm:ss");
        }
        return LocalDateTime.of(readDate(text.substring(0, space), field), readTime(text.substring(space + 1), field));
    }

    public static LocalTime readTime(String text, String field) {
        try {
            return LocalTime.parse(NationalTrafficFields.required(text, field), TIME);
        } catch (DateTimeException e) {
            throw new RegistryFormatException(field + " '" + text + "' is not a time written HH:mm:ss");
        }
    }

    public String pattern() {
        return pattern;
    }
}
