package gcc.jisr.routes.pension;

import gcc.jisr.contracts.pension.v1.InsurancePeriod;
import gcc.jisr.contracts.pension.v1.PeriodTotals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The totals a service-period statement's periods add up to, in years, months (0–11) and days (0–29):
 * <ol>
 *   <li>the periods are taken as sets of days, {@code from} and {@code to} both included, and periods that overlap or
 *       touch are merged first, so that a day worked under two periods (a second job, voluntary insurance beside
 *       employment) counts once;</li>
 *   <li>each merged stretch is counted in calendar terms, from its first day to the day after its last
 *       ({@link Period#between}): whole years, then whole months, then the days left (1 March to 31 August is 6 months,
 *       15 September to 14 January is 4 months, 31 January to 27 February is 28 days);</li>
 *   <li>the stretches are added part by part, and then days carry into months at 30 days a month and months into years
 *       at 12, the contract's rule for days beyond whole months.</li>
 * </ol>
 * The sum of calendar months is not the same as counting all the days and dividing: the contract counts as a fund does,
 * month by month, and only what is left over in days.
 */
final class ServicePeriodTotals {

    private ServicePeriodTotals() {
    }

    /** The totals of {@code periods}, each with {@code from} not after {@code to}. */
    static PeriodTotals of(List<InsurancePeriod> periods) {
        List<LocalDate[]> stretches = new ArrayList<>();
        periods.stream().map(p -> new LocalDate[]{p.getFrom(), p.getTo()})
                .sorted(Comparator.comparing((LocalDate[] p) -> p[0]))
                .forEach(p -> {
                    LocalDate[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
                    if (last != null && !p[0].isAfter(last[1].plusDays(1))) {
                        if (p[1].isAfter(last[1])) {
                            last[1] = p[1];
                        }
                    } else {
                        stretches.add(p.clone());
                    }
                });
        long years = 0;
        long months = 0;
        long days = 0;
        for (LocalDate[] stretch : stretches) {
            Period length = Period.between(stretch[0], stretch[1].plusDays(1));
            years += length.getYears();
            months += length.getMonths();
            days += length.getDays();
        }
        months += days / 30;
        days %= 30;
        years += months / 12;
        months %= 12;
        PeriodTotals totals = new PeriodTotals();
        totals.setYears(Math.toIntExact(years));
        totals.setMonths(Math.toIntExact(months));
        totals.setDays(Math.toIntExact(days));
        return totals;
    }

    /** In days at 360 a year and 30 a month, for stating a difference in one number. */
    static long asDays(PeriodTotals totals) {
        return totals.getYears() * 360L + totals.getMonths() * 30L + totals.getDays();
    }

    static String text(PeriodTotals totals) {
        return totals.getYears() + "y " + totals.getMonths() + "m " + totals.getDays() + "d";
    }
}
