package gcc.jisr.routes.pension;

import gcc.jisr.contracts.pension.v1.InsurancePeriod;
import gcc.jisr.contracts.pension.v1.PeriodTotals;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServicePeriodTotalsTest {

    @Test
    void countsWholeCalendarMonthsWithBothEndsIncluded() {
        assertThat(text(period("2015-03-01", "2019-08-31"))).isEqualTo("4y 6m 0d");
        assertThat(text(period("2019-09-15", "2021-01-14"))).isEqualTo("1y 4m 0d");
        assertThat(text(period("2024-02-01", "2024-02-29"))).isEqualTo("0y 1m 0d");
    }

    @Test
    void countsTheDaysLeftOverBeyondWholeMonths() {
        assertThat(text(period("2026-01-31", "2026-02-27"))).isEqualTo("0y 0m 28d");
        assertThat(text(period("2026-01-01", "2026-01-01"))).isEqualTo("0y 0m 1d");
    }

    @Test
    void carriesDaysIntoMonthsAtThirtyAndMonthsIntoYearsAtTwelve() {
        // 6 months 20 days + 5 months 20 days: 40 days are 1 month 10 days, and 12 months a year.
        assertThat(text(period("2020-01-01", "2020-07-20"), period("2021-01-01", "2021-06-20")))
                .isEqualTo("1y 0m 10d");
    }

    @Test
    void countsADayCoveredByTwoPeriodsOnce() {
        assertThat(text(period("2020-01-01", "2020-12-31"), period("2020-06-01", "2021-05-31"))).isEqualTo("1y 5m 0d");
        assertThat(text(period("2020-01-01", "2020-12-31"), period("2020-03-01", "2020-03-31"))).isEqualTo("1y 0m 0d");
    }

    @Test
    void joinsPeriodsThatFollowEachOtherWithoutAGap() {
        // 15 January to 14 February and 15 February to 14 March: two months, not 1 month + 28 days.
        assertThat(text(period("2026-01-15", "2026-02-14"), period("2026-02-15", "2026-03-14"))).isEqualTo("0y 2m 0d");
    }

    @Test
    void ordersPeriodsGivenOutOfOrder() {
        assertThat(text(period("2021-02-01", "2026-06-30"), period("2015-03-01", "2019-08-31"), period("2019-09-15", "2021-01-14")))
                .isEqualTo("11y 3m 0d");
    }

    private static String text(InsurancePeriod... periods) {
        PeriodTotals totals = ServicePeriodTotals.of(List.of(periods));
        return ServicePeriodTotals.text(totals);
    }

    private static InsurancePeriod period(String from, String to) {
        InsurancePeriod period = new InsurancePeriod();
        period.setFrom(LocalDate.parse(from));
        period.setTo(LocalDate.parse(to));
        return period;
    }
}
