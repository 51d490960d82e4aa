package gcc.jisr.contracts.xml;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlDateAdaptersTest {

    private final XmlDateTimeAdapter dateTimes = new XmlDateTimeAdapter();
    private final XmlDateAdapter dates = new XmlDateAdapter();

    @Test
    void aTimeOnTheMinuteIsWrittenWithItsSecondsAsXsDateTimeRequires() {
        assertThat(dateTimes.marshal(OffsetDateTime.of(2026, 11, 20, 21, 14, 0, 0, ZoneOffset.ofHours(3))))
                .isEqualTo("2026-11-20T21:14:00+03:00");
    }

    @Test
    void aTimeKeepsTheOffsetItWasWrittenWith() {
        OffsetDateTime read = dateTimes.unmarshal(" 2026-11-20T21:14:05.250+04:00 ");
        assertThat(read.getOffset()).isEqualTo(ZoneOffset.ofHours(4));
        assertThat(dateTimes.marshal(read)).isEqualTo("2026-11-20T21:14:05.25+04:00");
    }

    @Test
    void aTimeWithoutOffsetCannotBeRead() {
        assertThatThrownBy(() -> dateTimes.unmarshal("2026-11-20T21:14:05")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aDateIsACalendarDayWithoutZone() {
        assertThat(dates.unmarshal("2026-12-20")).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(dates.marshal(LocalDate.of(2026, 2, 1))).isEqualTo("2026-02-01");
        assertThatThrownBy(() -> dates.unmarshal("2026-12-20+03:00")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aContributionMonthIsAMonthWithoutZone() {
        XmlYearMonthAdapter months = new XmlYearMonthAdapter();
        assertThat(months.unmarshal(" 2026-10 ")).isEqualTo(YearMonth.of(2026, 10));
        assertThat(months.marshal(YearMonth.of(2027, 1))).isEqualTo("2027-01");
        assertThatThrownBy(() -> months.unmarshal("2026-10Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> months.unmarshal("2026-13")).isInstanceOf(DateTimeParseException.class);
    }
}
