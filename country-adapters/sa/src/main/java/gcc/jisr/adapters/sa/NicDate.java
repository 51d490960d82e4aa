package gcc.jisr.adapters.sa;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date in the Saudi registry, with the calendar it is written in: citizens' records keep Umm al-Qura Hijri
 * dates; residents' records carry the Gregorian date of birth from their passport and an Iqama expiry in
 * either calendar. {@code date} is the same day in Gregorian terms.
 */
public record NicDate(Calendar calendar, LocalDate date) {

    public enum Calendar {
        HIJRI, GREGORIAN
    }

    public NicDate {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(date, "date");
    }

    public static NicDate hijri(LocalDate date) {
        return new NicDate(Calendar.HIJRI, date);
    }

    public static NicDate gregorian(LocalDate date) {
        return new NicDate(Calendar.GREGORIAN, date);
    }
}
