package gcc.jisr.adapters.dates;

import gcc.jisr.contracts.errors.JisrError;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HijriDatesTest {

    private static final HijriDates SLASHED = HijriDates.ofPattern("yyyy/MM/dd");

    @ParameterizedTest(name = "{0} AH = {1}")
    @CsvSource({
            "1445/09/01, 2024-03-11",  // 1 Ramadan 1445
            "1446/01/01, 2024-07-07",  // 1 Muharram 1446
            "1446/05/21, 2024-11-23",
            "1445/10/01, 2024-04-10",  // 1 Shawwal 1445 (Eid al-Fitr)
            "1300/01/01, 1882-11-12",  // the first day of the Umm al-Qura table
    })
    void translatesKnownHijriDatesToGregorian(String hijri, LocalDate gregorian) {
        assertThat(SLASHED.parse(hijri, "birthDate")).isEqualTo(gregorian);
        assertThat(SLASHED.format(gregorian)).isEqualTo(hijri);
    }

    @Test
    void writesCanonicalHijriText() {
        assertThat(HijriDates.canonical(LocalDate.of(2024, 11, 23))).isEqualTo("1446-05-21");
        assertThat(HijriDates.canonical(LocalDate.of(2024, 3, 11))).isEqualTo("1445-09-01");
    }

    @Test
    void readsDayFirstPattern() {
        assertThat(HijriDates.parse("01/09/1445", "dd/MM/yyyy", "expiry")).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void readsArabicIndicAndEasternArabicIndicDigitsAlike() {
        LocalDate expected = LocalDate.of(2024, 3, 11);
        assertThat(SLASHED.parse("١٤٤٥/٠٩/٠١", "birthDate")).isEqualTo(expected);
        assertThat(SLASHED.parse("۱۴۴۵/۰۹/۰۱", "birthDate")).isEqualTo(expected);
        assertThat(SLASHED.parse(" 1445/09/01 ", "birthDate")).isEqualTo(expected);
    }

    @Test
    void acceptsLastDayOfThirtyDayMonth() {
        // Ramadan 1445 has 30 days in the Umm al-Qura table; Shawwal 1 is the next day.
        assertThat(SLASHED.parse("1445/09/30", "d")).isEqualTo(LocalDate.of(2024, 4, 9));
    }

    @Test
    void acceptsLastDayOfTwentyNineDayMonth() {
        // Sha'ban 1445 has 29 days; Ramadan 1 is the next day.
        assertThat(SLASHED.parse("1445/08/29", "d")).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void refusesDayThirtyOfTwentyNineDayMonthInsteadOfRollingOver() {
        assertThatThrownBy(() -> SLASHED.parse("1445/08/30", "birthDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> {
                    assertThat(e.rule()).isEqualTo("day");
                    assertThat(e.field()).isEqualTo("birthDate");
                    assertThat(e.error()).isEqualTo(JisrError.INVALID_DATE);
                    assertThat(e.getMessage()).contains("birthDate", "day", "29 days");
                });
    }

    @Test
    void refusesDayThirtyOne() {
        assertThatThrownBy(() -> SLASHED.parse("1445/09/31", "cardExpiry"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("day"));
    }

    @Test
    void refusesDayZero() {
        assertThatThrownBy(() -> SLASHED.parse("1445/09/00", "cardExpiry"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("day"));
    }

    @Test
    void refusesMonthThirteen() {
        assertThatThrownBy(() -> SLASHED.parse("1445/13/01", "cardExpiry"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> {
                    assertThat(e.rule()).isEqualTo("month");
                    assertThat(e.getMessage()).contains("cardExpiry", "month");
                });
    }

    @Test
    void refusesYearsOutsideTheUmmAlQuraTable() {
        assertThatThrownBy(() -> SLASHED.parse("1299/12/01", "birthDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> {
                    assertThat(e.rule()).isEqualTo("range");
                    assertThat(e.getMessage()).contains("Umm al-Qura", "1300-1600");
                });
        assertThatThrownBy(() -> SLASHED.parse("1601/01/01", "birthDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("range"));
    }

    @Test
    void refusesToWriteGregorianDatesOutsideTheUmmAlQuraTable() {
        assertThatThrownBy(() -> HijriDates.canonical(LocalDate.of(1882, 11, 11)))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("range"));
        assertThatThrownBy(() -> HijriDates.canonical(HijriDates.latest().plusDays(1)))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("range"));
        assertThat(HijriDates.canonical(HijriDates.latest())).startsWith("1600-12-");
        assertThat(HijriDates.canonical(HijriDates.earliest())).isEqualTo("1300-01-01");
    }

    @ParameterizedTest
    @CsvSource({"1445-09-01", "1445/9/01", "01/09/1445", "14450/09/01", "1445/09/01x", "'1445 / 09 / 01'", "''"})
    void refusesTextOfAnotherShape(String text) {
        assertThatThrownBy(() -> SLASHED.parse(text, "birthDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("format"));
    }

    @Test
    void refusesMissingText() {
        assertThatThrownBy(() -> SLASHED.parse(null, "birthDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("format"));
    }

    @Test
    void refusesPatternsThatAreNotPlainCalendarDates() {
        assertThatThrownBy(() -> HijriDates.ofPattern("yy/MM/dd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HijriDates.ofPattern("yyyy/MM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HijriDates.ofPattern("yyyy/MMM/dd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HijriDates.ofPattern("yyyy/MM/dd HH")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorMessageDoesNotRepeatTheDate() {
        assertThatThrownBy(() -> SLASHED.parse("1405/08/30", "birthDate")).satisfies(e ->
                assertThat(e.getMessage()).doesNotContain("1405"));
    }

    @Property
    void gregorianToHijriAndBackLosesNothing(@ForAll("daysInTable") LocalDate date) {
        assertThat(HijriDates.CANONICAL.parse(HijriDates.canonical(date), "date")).isEqualTo(date);
        assertThat(SLASHED.parse(SLASHED.format(date), "date")).isEqualTo(date);
    }

    @Property
    void hijriToGregorianAndBackLosesNothing(@ForAll("hijriDays") int[] ymd) {
        String text = "%04d-%02d-%02d".formatted(ymd[0], ymd[1], ymd[2]);
        assertThat(HijriDates.canonical(HijriDates.CANONICAL.parse(text, "date"))).isEqualTo(text);
    }

    @Property
    void consecutiveGregorianDaysAreConsecutiveHijriDays(@ForAll("daysInTable") LocalDate date) {
        if (date.equals(HijriDates.latest())) {
            return;
        }
        String[] today = HijriDates.canonical(date).split("-");
        String[] tomorrow = HijriDates.canonical(date.plusDays(1)).split("-");
        if (tomorrow[2].equals("01")) {
            assertThat(Integer.parseInt(today[2])).isIn(29, 30);
        } else {
            assertThat(Integer.parseInt(tomorrow[2])).isEqualTo(Integer.parseInt(today[2]) + 1);
            assertThat(tomorrow[1]).isEqualTo(today[1]);
        }
    }

    @Provide
    Arbitrary<LocalDate> daysInTable() {
        long first = HijriDates.earliest().toEpochDay();
        long last = HijriDates.latest().toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.includeOnly(HijriDates.earliest(), HijriDates.latest()));
    }

    @Provide
    Arbitrary<int[]> hijriDays() {
        return Combinators.combine(Arbitraries.integers().between(1300, 1600), Arbitraries.integers().between(1, 12))
                .flatAs((year, month) -> {
                    int length = HijrahChronology.INSTANCE.date(year, month, 1).lengthOfMonth();
                    return Arbitraries.integers().between(1, length).map(day -> new int[]{year, month, day});
                });
    }
}
