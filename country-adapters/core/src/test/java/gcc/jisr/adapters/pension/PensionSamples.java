package gcc.jisr.adapters.pension;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.BenefitType;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionTotals;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.CurrencyTotal;
import gcc.jisr.contracts.pension.v1.Death;
import gcc.jisr.contracts.pension.v1.Employer;
import gcc.jisr.contracts.pension.v1.EndOfService;
import gcc.jisr.contracts.pension.v1.EndOfServiceReason;
import gcc.jisr.contracts.pension.v1.EntitlementDecision;
import gcc.jisr.contracts.pension.v1.InsurancePeriod;
import gcc.jisr.contracts.pension.v1.InsuredPerson;
import gcc.jisr.contracts.pension.v1.Money;
import gcc.jisr.contracts.pension.v1.PaymentFrequency;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.PeriodTotals;
import gcc.jisr.contracts.pension.v1.PeriodType;
import gcc.jisr.contracts.pension.v1.PersonalIdentification;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.StartOfService;
import gcc.jisr.contracts.pension.v1.WageChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Canonical pension messages for the tests of every state's format: a report from a host institution to a home fund,
 * records in any of the six currencies, a statement, and one notice of each kind. Names, employers and numbers are
 * illustrative.
 */
public final class PensionSamples {

    public static final String MESSAGE_ID = "0192f4d2-7c3e-7a11-9b2a-3c4d5e6f7a8b";
    public static final YearMonth MONTH = YearMonth.of(2026, 10);

    private static final Map<GccState, String> INSTITUTIONS = new EnumMap<>(Map.of(GccState.KW, "KW:PIFSS", GccState.SA, "SA:GOSI",
            GccState.AE, "AE:GPSSA", GccState.QA, "QA:GRSIA", GccState.BH, "BH:SIO", GccState.OM, "OM:SPF"));

    private PensionSamples() {
    }

    public static String institution(GccState state) {
        return INSTITUTIONS.get(state);
    }

    /** The state whose agency sends to {@code home} in the tests: any other one, so both sides differ. */
    public static GccState hostFor(GccState home) {
        return home == GccState.SA ? GccState.KW : GccState.SA;
    }

    public static CurrencyCode currencyOf(GccState state) {
        return CurrencyCode.fromValue(state.currency());
    }

    /** A wage and two contributions at the currency's full scale, the contributions less than the wage. */
    public static String[] amounts(CurrencyCode currency) {
        return switch (currency) {
            case KWD -> new String[]{"1850.125", "194.263", "212.764"};
            case BHD -> new String[]{"1240.375", "86.826", "148.845"};
            case OMR -> new String[]{"1415.500", "99.085", "148.628"};
            case SAR -> new String[]{"18500.25", "1665.02", "1665.02"};
            case AED -> new String[]{"21000.75", "1050.04", "2625.09"};
            case QAR -> new String[]{"24500.50", "1715.04", "2450.05"};
        };
    }

    public static ContributionRecord record(int sequence, String civilId, GccState home, CurrencyCode currency) {
        String[] a = amounts(currency);
        return record(sequence, civilId, home, currency, a[0], a[1], a[2]);
    }

    public static ContributionRecord record(int sequence, String civilId, GccState home, CurrencyCode currency, String wage,
                                            String employee, String employer) {
        ContributionRecord record = new ContributionRecord();
        record.setSequence(sequence);
        record.setPerson(person(civilId, home, sequence));
        record.setWage(new BigDecimal(wage));
        record.setEmployeeContribution(new BigDecimal(employee));
        record.setEmployerContribution(new BigDecimal(employer));
        record.setCurrency(currency);
        if (sequence % 3 == 0) {
            record.setInsuredDays(17);
        }
        return record;
    }

    public static InsuredPerson person(String civilId, GccState home, int variant) {
        InsuredPerson person = new InsuredPerson();
        person.setCivilId(civilId);
        person.setCivilIdState(home.code());
        PersonalIdentification pin = new PersonalIdentification();
        pin.setInstitution(institution(home));
        pin.setNumber("P-" + (100000 + variant));
        person.getPin().add(pin);
        person.setFullNameArabic(variant % 2 == 0 ? "فاطمة عبد الله الصباح" : "عبد الرحمن بن سعيد \"أبو خالد\"، العتيبي");
        person.setFullNameLatin(variant % 2 == 0 ? "Fatima Abdullah Al-Sabah" : null);
        person.setDateOfBirth(LocalDate.of(1965, 1, 1).plusDays((variant % 500) * 37L));
        return person;
    }

    public static Employer employer() {
        Employer employer = new Employer();
        employer.setId("CR-4410032");
        employer.setName("شركة الخليج للهندسة، ذ.م.م");
        employer.setNameLatin("Gulf Engineering Co. W.L.L.");
        return employer;
    }

    /** A report's head whose totals are those of {@code records}. */
    public static ContributionReport report(String reportId, GccState host, GccState home, List<ContributionRecord> records) {
        ContributionReport report = head(reportId, host, home);
        report.setTotals(totalsOf(records));
        return report;
    }

    public static ContributionReport head(String reportId, GccState host, GccState home) {
        ContributionReport report = new ContributionReport();
        report.setReportId(reportId);
        report.setHostInstitution(institution(host));
        report.setHomeInstitution(institution(home));
        report.setEmployer(employer());
        report.setPeriod(MONTH);
        report.setCorrelationId("corr-" + reportId);
        return report;
    }

    public static ContributionTotals totalsOf(Iterable<ContributionRecord> records) {
        Map<CurrencyCode, CurrencyTotal> totals = new EnumMap<>(CurrencyCode.class);
        int count = 0;
        for (ContributionRecord r : records) {
            count++;
            CurrencyTotal t = totals.computeIfAbsent(r.getCurrency(), c -> {
                CurrencyTotal total = new CurrencyTotal();
                total.setCurrency(c);
                total.setWages(BigDecimal.ZERO);
                total.setEmployeeContributions(BigDecimal.ZERO);
                total.setEmployerContributions(BigDecimal.ZERO);
                return total;
            });
            t.setWages(t.getWages().add(r.getWage()));
            t.setEmployeeContributions(t.getEmployeeContributions().add(r.getEmployeeContribution()));
            t.setEmployerContributions(t.getEmployerContributions().add(r.getEmployerContribution()));
        }
        ContributionTotals result = new ContributionTotals();
        result.setRecordCount(count);
        result.getCurrencyTotal().addAll(totals.values());
        return result;
    }

    /**
     * {@code count} records made one at a time, the civil IDs taken in turn from {@code civilIds}, all in one currency:
     * for streaming, where no list of records may exist.
     */
    public static Iterator<ContributionRecord> generated(int count, List<String> civilIds, GccState home, CurrencyCode currency) {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public ContributionRecord next() {
                if (next > count) {
                    throw new NoSuchElementException();
                }
                int sequence = next++;
                return record(sequence, civilIds.get(sequence % civilIds.size()), home, currency);
            }
        };
    }

    /** The totals of {@link #generated}, computed without the records. */
    public static ContributionTotals generatedTotals(int count, CurrencyCode currency) {
        String[] a = amounts(currency);
        CurrencyTotal total = new CurrencyTotal();
        total.setCurrency(currency);
        BigDecimal n = BigDecimal.valueOf(count);
        total.setWages(new BigDecimal(a[0]).multiply(n));
        total.setEmployeeContributions(new BigDecimal(a[1]).multiply(n));
        total.setEmployerContributions(new BigDecimal(a[2]).multiply(n));
        ContributionTotals totals = new ContributionTotals();
        totals.setRecordCount(count);
        totals.getCurrencyTotal().add(total);
        return totals;
    }

    public static ServicePeriodStatement statement(String statementId, GccState host, GccState home, String civilId) {
        ServicePeriodStatement s = new ServicePeriodStatement();
        s.setStatementId(statementId);
        s.setCaseId("CASE-2026-118");
        s.setHostInstitution(institution(host));
        s.setHomeInstitution(institution(home));
        s.setPerson(person(civilId, home, 2));
        s.getPeriod().add(period(LocalDate.of(2019, 3, 1), LocalDate.of(2022, 8, 31), PeriodType.EMPLOYMENT, employer()));
        s.getPeriod().add(period(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 2, 14), PeriodType.VOLUNTARY, null));
        InsurancePeriod other = period(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 10, 31), PeriodType.OTHER, null);
        other.setNationalType("مدة مشتراة");
        s.getPeriod().add(other);
        PeriodTotals totals = new PeriodTotals();
        totals.setYears(5);
        totals.setMonths(6);
        totals.setDays(14);
        s.setTotals(totals);
        s.setCorrelationId("corr-" + statementId);
        return s;
    }

    private static InsurancePeriod period(LocalDate from, LocalDate to, PeriodType type, Employer employer) {
        InsurancePeriod p = new InsurancePeriod();
        p.setFrom(from);
        p.setTo(to);
        p.setType(type);
        p.setEmployer(employer);
        return p;
    }

    /** The five notices, each with its event, from {@code host} to {@code home} (the decision the other way). */
    public static List<PensionNotice> notices(String prefix, GccState host, GccState home, String civilId) {
        CurrencyCode hostCurrency = currencyOf(host);
        String[] a = amounts(hostCurrency);

        PensionNotice start = notice(prefix + "-START", host, home, civilId, home);
        StartOfService s = new StartOfService();
        s.setEmployer(employer());
        s.setStartDate(LocalDate.of(2026, 10, 4));
        s.setWage(money(a[0], hostCurrency));
        s.setOccupation("مهندس مدني");
        start.setStartOfService(s);

        PensionNotice end = notice(prefix + "-END", host, home, civilId, home);
        EndOfService e = new EndOfService();
        e.setEmployer(employer());
        e.setEndDate(LocalDate.of(2026, 9, 30));
        e.setReason(EndOfServiceReason.END_OF_CONTRACT);
        e.setLastWage(money(a[0], hostCurrency));
        end.setEndOfService(e);

        PensionNotice death = notice(prefix + "-DEATH", host, home, civilId, home);
        Death d = new Death();
        d.setDateOfDeath(LocalDate.of(2026, 7, 12));
        d.setWorkRelated(true);
        d.setCertificateReference("DC-2026/00417");
        death.setDeath(d);

        PensionNotice wage = notice(prefix + "-WAGE", host, home, civilId, home);
        WageChange w = new WageChange();
        w.setEmployer(employer());
        w.setEffectiveDate(LocalDate.of(2026, 1, 1));
        w.setPreviousWage(money(a[1], hostCurrency));
        w.setNewWage(money(a[0], hostCurrency));
        wage.setWageChange(w);

        PensionNotice decision = notice(prefix + "-DECISION", home, host, civilId, home);
        CurrencyCode homeCurrency = currencyOf(home);
        EntitlementDecision x = new EntitlementDecision();
        x.setDecisionReference("DEC-2026-5531");
        x.setDecidedOn(LocalDate.of(2026, 11, 2));
        x.setBenefit(BenefitType.OLD_AGE);
        x.setAmount(money(amounts(homeCurrency)[1], homeCurrency));
        x.setFrequency(PaymentFrequency.MONTHLY);
        x.setStartDate(LocalDate.of(2026, 12, 1));
        x.setEndDate(LocalDate.of(2046, 11, 30));
        decision.setEntitlementDecision(x);
        return List.of(start, end, death, wage, decision);
    }

    private static PensionNotice notice(String id, GccState sender, GccState receiver, String civilId, GccState home) {
        PensionNotice n = new PensionNotice();
        n.setNoticeId(id);
        n.setCaseId("CASE-2026-118");
        n.setSender(institution(sender));
        n.setReceiver(institution(receiver));
        n.setPerson(person(civilId, home, 4));
        n.setCorrelationId("corr-" + id);
        return n;
    }

    public static Money money(String amount, CurrencyCode currency) {
        Money money = new Money();
        money.setAmount(new BigDecimal(amount));
        money.setCurrency(currency);
        return money;
    }
}
