package gcc.jisr.adapters.dates;

import gcc.jisr.contracts.errors.JisrError;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalDatesTest {

    private static final NationalDates GULF = NationalDates.of("dd/MM/yyyy", "dd-MM-yyyy", "yyyy-MM-dd");

    @ParameterizedTest
    @ValueSource(strings = {"29/02/2024", "29-02-2024", "2024-02-29", "٢٩/٠٢/٢٠٢٤", "۲۹-۰۲-۲۰۲۴", " 29/02/2024 "})
    void readsEveryNationalPatternInEveryDigitScript(String text) {
        assertThat(GULF.parse(text, "issueDate")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesTwentyNinthOfFebruaryInCommonYear() {
        assertThatThrownBy(() -> NationalDates.ISO.parse("2023-02-29", "birthDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> {
                    assertThat(e.error()).isEqualTo(JisrError.INVALID_DATE);
                    assertThat(e.rule()).isEqualTo("day");
                    assertThat(e.getMessage()).contains("birthDate", "day", "28 days");
                });
    }

    @Test
    void refusesThirtyFirstOfApril() {
        assertThatThrownBy(() -> GULF.parse("31/04/2024", "dueDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> {
                    assertThat(e.rule()).isEqualTo("day");
                    assertThat(e.field()).isEqualTo("dueDate");
                });
    }

    @Test
    void refusesMonthThirteen() {
        assertThatThrownBy(() -> GULF.parse("01/13/2024", "dueDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("month"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/02/29", "29.02.2024", "29/2/2024", "29/02/24", "20240229", "29/02/2024T00", ""})
    void refusesShapesOutsideTheNationalPatterns(String text) {
        assertThatThrownBy(() -> GULF.parse(text, "dueDate"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> {
                    assertThat(e.rule()).isEqualTo("format");
                    assertThat(e.getMessage()).contains("dd/MM/yyyy or dd-MM-yyyy or yyyy-MM-dd");
                });
    }

    @Test
    void writesInTheFirstPattern() {
        assertThat(GULF.format(LocalDate.of(2024, 3, 1))).isEqualTo("01/03/2024");
        assertThat(GULF.patterns()).containsExactly("dd/MM/yyyy", "dd-MM-yyyy", "yyyy-MM-dd");
    }

    @Test
    void firstMatchingShapeDecidesSoAnInvalidDateIsNotReadAnotherWay() {
        NationalDates ambiguous = NationalDates.of("dd/MM/yyyy", "MM/dd/yyyy");
        assertThatThrownBy(() -> ambiguous.parse("04/31/2024", "d"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.rule()).isEqualTo("month"));
    }

    @Property
    void writtenDatesReadBackUnchanged(@ForAll @DateRange(min = "1900-01-01", max = "2199-12-31") LocalDate date) {
        assertThat(GULF.parse(GULF.format(date), "d")).isEqualTo(date);
        assertThat(NationalDates.ISO.format(date)).isEqualTo(date.toString());
    }
}
