package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.NationalDigits;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.money.InvalidAmountException;
import gcc.jisr.adapters.money.MoneyAmount;
import gcc.jisr.adapters.money.NegativeAmounts;
import gcc.jisr.adapters.pension.segments.NationalSegment;
import gcc.jisr.adapters.traffic.NationalDateTime;
import gcc.jisr.adapters.traffic.TrafficCodes;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
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
import gcc.jisr.contracts.pension.v1.RecordOutcome;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.StartOfService;
import gcc.jisr.contracts.pension.v1.TotalDifference;
import gcc.jisr.contracts.pension.v1.TotalKind;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import gcc.jisr.contracts.pension.v1.WageChange;
import gcc.jisr.contracts.pension.v1.WithheldRecords;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import static gcc.jisr.adapters.pension.PensionLayouts.ACKNOWLEDGEMENT;
import static gcc.jisr.adapters.pension.PensionLayouts.ANSWER;
import static gcc.jisr.adapters.pension.PensionLayouts.DIFFERENCE;
import static gcc.jisr.adapters.pension.PensionLayouts.HEADER;
import static gcc.jisr.adapters.pension.PensionLayouts.NOTICE;
import static gcc.jisr.adapters.pension.PensionLayouts.PERIOD;
import static gcc.jisr.adapters.pension.PensionLayouts.RECORD;
import static gcc.jisr.adapters.pension.PensionLayouts.REFUSAL;
import static gcc.jisr.adapters.pension.PensionLayouts.RESULT;
import static gcc.jisr.adapters.pension.PensionLayouts.STATEMENT;
import static gcc.jisr.adapters.pension.PensionLayouts.TOTAL;
import static gcc.jisr.adapters.pension.PensionLayouts.WITHHELD;
import static gcc.jisr.adapters.pension.PensionLayouts.WITHHELD_RECORD;
import static gcc.jisr.adapters.pension.PensionLayouts.WITHHELD_TOTAL;

/**
 * Moves pension messages between the canonical contract and the segments of {@link PensionLayouts}, in one state's
 * conventions: its dates (Gregorian in a pattern, or Umm al-Qura Hijri), its contribution months, its amounts (a
 * plain decimal, or whole minor units: fils, halalas, baisa) and its codes. Enumerations (period types, reasons,
 * benefits, frequencies) travel by their canonical names.
 *
 * <p>Reading checks what the canonical contract checks, so that what leaves a national file is a valid canonical
 * message: required fields, institution ids, references, civil IDs as 4-20 digits of any script, dates that exist,
 * amounts with no more decimals than their currency has (never rounded). A record's problem names the field as a
 * pointer into the canonical record; any other problem is a {@link RegistryFormatException} naming the national field.
 */
public final class PensionFields {

    /** How a state writes money: in the currency's minor units (fils, halala, baisa) or as a plain decimal. */
    public enum Amounts { MINOR_UNITS, DECIMAL }

    private static final Pattern INSTITUTION = Pattern.compile("[A-Z]{2}:[A-Z0-9][A-Z0-9\\-]{1,31}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._\\-]{0,63}");
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/\\-]{0,31}");
    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");
    private static final Pattern CIVIL_ID = Pattern.compile("[0-9]{4,20}");
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");
    private static final Pattern ERROR_CODE = Pattern.compile("JISR-[0-9]{3}-[A-Z0-9\\-]+");
    private static final int SHORT_TEXT = 100;
    private static final int FREE_TEXT = 2000;

    /** Where each field of a record segment is in the canonical record (RFC 6901). */
    private static final Map<String, String> RECORD_POINTERS = Map.ofEntries(
            Map.entry("sequence", "/sequence"), Map.entry("civilId", "/person/civilId"),
            Map.entry("civilIdState", "/person/civilIdState"), Map.entry("pins", "/person/pin"),
            Map.entry("fullNameArabic", "/person/fullNameArabic"), Map.entry("fullNameLatin", "/person/fullNameLatin"),
            Map.entry("dateOfBirth", "/person/dateOfBirth"), Map.entry("wage", "/wage"),
            Map.entry("employeeContribution", "/employeeContribution"), Map.entry("employerContribution", "/employerContribution"),
            Map.entry("currency", "/currency"), Map.entry("insuredDays", "/insuredDays"));

    private final NationalDateTime dates;
    private final String monthPattern;
    private final DateTimeFormatter months;
    private final Amounts amounts;
    private final TrafficCodes<ReportOutcome> reportOutcomes;
    private final TrafficCodes<RecordOutcome> recordOutcomes;
    private final TrafficCodes<AcknowledgementOutcome> outcomes;

    /**
     * @param monthPattern how the contribution month is written, e.g. {@code yyyy-MM} or {@code MM/yyyy}
     */
    public PensionFields(NationalDateTime dates, String monthPattern, Amounts amounts, TrafficCodes<ReportOutcome> reportOutcomes,
                         TrafficCodes<RecordOutcome> recordOutcomes, TrafficCodes<AcknowledgementOutcome> outcomes) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.monthPattern = Objects.requireNonNull(monthPattern, "monthPattern");
        this.months = monthFormatter(monthPattern);
        this.amounts = Objects.requireNonNull(amounts, "amounts");
        this.reportOutcomes = Objects.requireNonNull(reportOutcomes, "reportOutcomes");
        this.recordOutcomes = Objects.requireNonNull(recordOutcomes, "recordOutcomes");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    }

    /** @throws IllegalArgumentException for a pattern that is not a plain year-and-month pattern */
    public static DateTimeFormatter monthFormatter(String pattern) {
        if (!pattern.matches("[yM/\\-. ]+") || !pattern.contains("yyyy") || !pattern.contains("MM")) {
            throw new IllegalArgumentException("a month pattern holds yyyy, MM and separators, e.g. yyyy-MM");
        }
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT);
    }

    public NationalDateTime dates() {
        return dates;
    }

    public String monthPattern() {
        return monthPattern;
    }

    public Amounts amounts() {
        return amounts;
    }

    public TrafficCodes<ReportOutcome> reportOutcomes() {
        return reportOutcomes;
    }

    public TrafficCodes<RecordOutcome> recordOutcomes() {
        return recordOutcomes;
    }

    public TrafficCodes<AcknowledgementOutcome> outcomes() {
        return outcomes;
    }

    public PensionFields with(NationalDateTime dates, String monthPattern, TrafficCodes<ReportOutcome> reportOutcomes,
                              TrafficCodes<RecordOutcome> recordOutcomes, TrafficCodes<AcknowledgementOutcome> outcomes) {
        return new PensionFields(dates, monthPattern, amounts, reportOutcomes, recordOutcomes, outcomes);
    }

    // ================================================================== writing

    /** The segments before the records: header, totals, and what the sending gateway withheld. */
    public List<NationalSegment> reportHead(ContributionReport report) {
        List<NationalSegment> head = new ArrayList<>();
        Map<String, String> h = new LinkedHashMap<>();
        put(h, "reportId", report.getReportId());
        put(h, "hostInstitution", report.getHostInstitution());
        put(h, "homeInstitution", report.getHomeInstitution());
        put(h, "employerId", report.getEmployer().getId());
        put(h, "employerName", report.getEmployer().getName());
        put(h, "employerNameLatin", report.getEmployer().getNameLatin());
        put(h, "period", months.format(report.getPeriod()));
        put(h, "recordCount", Integer.toString(report.getTotals().getRecordCount()));
        put(h, "correlationId", report.getCorrelationId());
        head.add(NationalSegment.of(HEADER, h));
        for (CurrencyTotal total : report.getTotals().getCurrencyTotal()) {
            head.add(NationalSegment.of(TOTAL, currencyTotal(total)));
        }
        WithheldRecords withheld = report.getWithheld();
        if (withheld != null) {
            head.add(NationalSegment.of(WITHHELD, Map.of("recordCount", Integer.toString(withheld.getRecordCount()))));
            for (CurrencyTotal total : withheld.getCurrencyTotal()) {
                head.add(NationalSegment.of(WITHHELD_TOTAL, currencyTotal(total)));
            }
            for (Integer sequence : withheld.getSequence()) {
                head.add(NationalSegment.of(WITHHELD_RECORD, Map.of("sequence", sequence.toString())));
            }
        }
        return head;
    }

    public NationalSegment record(ContributionRecord record) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "sequence", Integer.toString(record.getSequence()));
        person(f, record.getPerson());
        Currency currency = Currency.getInstance(record.getCurrency().value());
        put(f, "wage", amount(record.getWage(), currency));
        put(f, "employeeContribution", amount(record.getEmployeeContribution(), currency));
        put(f, "employerContribution", amount(record.getEmployerContribution(), currency));
        put(f, "currency", record.getCurrency().value());
        put(f, "insuredDays", record.getInsuredDays() == null ? null : record.getInsuredDays().toString());
        return NationalSegment.of(RECORD, f);
    }

    public List<NationalSegment> statement(ServicePeriodStatement s) {
        List<NationalSegment> segments = new ArrayList<>();
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "statementId", s.getStatementId());
        put(f, "caseId", s.getCaseId());
        put(f, "hostInstitution", s.getHostInstitution());
        put(f, "homeInstitution", s.getHomeInstitution());
        person(f, s.getPerson());
        put(f, "years", Integer.toString(s.getTotals().getYears()));
        put(f, "months", Integer.toString(s.getTotals().getMonths()));
        put(f, "days", Integer.toString(s.getTotals().getDays()));
        put(f, "correlationId", s.getCorrelationId());
        segments.add(NationalSegment.of(STATEMENT, f));
        for (InsurancePeriod period : s.getPeriod()) {
            Map<String, String> p = new LinkedHashMap<>();
            put(p, "from", dates.date(period.getFrom()));
            put(p, "to", dates.date(period.getTo()));
            put(p, "type", period.getType().value());
            put(p, "nationalType", period.getNationalType());
            employer(p, period.getEmployer());
            segments.add(NationalSegment.of(PERIOD, p));
        }
        return segments;
    }

    public NationalSegment notice(PensionNotice n) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "noticeId", n.getNoticeId());
        put(f, "caseId", n.getCaseId());
        put(f, "sender", n.getSender());
        put(f, "receiver", n.getReceiver());
        person(f, n.getPerson());
        if (n.getStartOfService() != null) {
            StartOfService e = n.getStartOfService();
            put(f, "event", NoticeEvent.START_OF_SERVICE.name());
            employer(f, e.getEmployer());
            put(f, "eventDate", dates.date(e.getStartDate()));
            money(f, "amount", "currency", e.getWage());
            put(f, "occupation", e.getOccupation());
        } else if (n.getEndOfService() != null) {
            EndOfService e = n.getEndOfService();
            put(f, "event", NoticeEvent.END_OF_SERVICE.name());
            employer(f, e.getEmployer());
            put(f, "eventDate", dates.date(e.getEndDate()));
            put(f, "reason", e.getReason().value());
            money(f, "amount", "currency", e.getLastWage());
        } else if (n.getDeath() != null) {
            Death e = n.getDeath();
            put(f, "event", NoticeEvent.DEATH.name());
            put(f, "eventDate", dates.date(e.getDateOfDeath()));
            put(f, "workRelated", e.isWorkRelated() ? "Y" : "N");
            put(f, "reference", e.getCertificateReference());
        } else if (n.getWageChange() != null) {
            WageChange e = n.getWageChange();
            put(f, "event", NoticeEvent.WAGE_CHANGE.name());
            employer(f, e.getEmployer());
            put(f, "eventDate", dates.date(e.getEffectiveDate()));
            money(f, "previousAmount", "previousCurrency", e.getPreviousWage());
            money(f, "amount", "currency", e.getNewWage());
        } else if (n.getEntitlementDecision() != null) {
            EntitlementDecision e = n.getEntitlementDecision();
            put(f, "event", NoticeEvent.ENTITLEMENT_DECISION.name());
            put(f, "reference", e.getDecisionReference());
            put(f, "eventDate", dates.date(e.getDecidedOn()));
            put(f, "benefit", e.getBenefit().value());
            money(f, "amount", "currency", e.getAmount());
            put(f, "frequency", e.getFrequency().value());
            put(f, "startDate", dates.date(e.getStartDate()));
            put(f, "endDate", e.getEndDate() == null ? null : dates.date(e.getEndDate()));
        } else {
            throw new IllegalArgumentException("notice " + n.getNoticeId() + " carries no event");
        }
        put(f, "correlationId", n.getCorrelationId());
        return NationalSegment.of(NOTICE, f);
    }

    /** The segments before the record results: the answer and, for a refused report, each total that differs. */
    public List<NationalSegment> answerHead(NationalContributionAnswer a) {
        List<NationalSegment> segments = new ArrayList<>();
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "reportId", a.reportId());
        put(f, "status", reportOutcomes.write(a.outcome()));
        put(f, "answeredAt", dates.dateTime(a.answeredAt()));
        if (a.outcome() == ReportOutcome.PROCESSED) {
            put(f, "acceptedCount", Integer.toString(a.acceptedCount()));
            put(f, "rejectedCount", Integer.toString(a.rejectedCount()));
        }
        TotalsMismatch refused = a.refused();
        if (refused != null) {
            put(f, "errorCode", refused.getCode());
            put(f, "declaredRecordCount", Integer.toString(refused.getDeclaredRecordCount()));
            put(f, "countedRecordCount", Integer.toString(refused.getCountedRecordCount()));
        }
        segments.add(NationalSegment.of(ANSWER, f));
        if (refused != null) {
            for (TotalDifference d : refused.getDifference()) {
                Currency currency = Currency.getInstance(d.getCurrency().value());
                Map<String, String> df = new LinkedHashMap<>();
                put(df, "currency", d.getCurrency().value());
                put(df, "total", d.getTotal().value());
                put(df, "declared", amount(d.getDeclared(), currency));
                put(df, "computed", amount(d.getComputed(), currency));
                put(df, "difference", signedAmount(d.getDifference(), currency));
                segments.add(NationalSegment.of(DIFFERENCE, df));
            }
        }
        return segments;
    }

    public NationalSegment result(RecordResult r) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "sequence", Integer.toString(r.getSequence()));
        put(f, "outcome", recordOutcomes.write(r.getOutcome()));
        put(f, "reasonCode", r.getReasonCode());
        put(f, "reason", r.getReason());
        return NationalSegment.of(RESULT, f);
    }

    public NationalSegment answer(NationalPensionAnswer a) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "reference", a.reference());
        put(f, "outcome", outcomes.write(a.outcome()));
        put(f, "caseId", a.caseId());
        put(f, "reasonCode", a.reasonCode());
        put(f, "reason", a.reason());
        put(f, "answeredAt", dates.dateTime(a.answeredAt()));
        return NationalSegment.of(ACKNOWLEDGEMENT, f);
    }

    public NationalSegment refusal(int httpStatus, String message) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "status", Integer.toString(httpStatus));
        put(f, "message", message.length() > FREE_TEXT ? message.substring(0, FREE_TEXT) : message);
        return NationalSegment.of(REFUSAL, f);
    }

    private void person(Map<String, String> f, InsuredPerson person) {
        put(f, "civilId", person.getCivilId());
        put(f, "civilIdState", person.getCivilIdState());
        if (!person.getPin().isEmpty()) {
            StringBuilder pins = new StringBuilder();
            for (PersonalIdentification pin : person.getPin()) {
                pins.append(pins.isEmpty() ? "" : " ").append(pin.getInstitution()).append('=').append(pin.getNumber());
            }
            put(f, "pins", pins.toString());
        }
        put(f, "fullNameArabic", person.getFullNameArabic());
        put(f, "fullNameLatin", person.getFullNameLatin());
        put(f, "dateOfBirth", person.getDateOfBirth() == null ? null : dates.date(person.getDateOfBirth()));
    }

    private static void employer(Map<String, String> f, Employer employer) {
        if (employer != null) {
            put(f, "employerId", employer.getId());
            put(f, "employerName", employer.getName());
            put(f, "employerNameLatin", employer.getNameLatin());
        }
    }

    private void money(Map<String, String> f, String amountField, String currencyField, Money money) {
        if (money != null) {
            put(f, amountField, amount(money.getAmount(), Currency.getInstance(money.getCurrency().value())));
            put(f, currencyField, money.getCurrency().value());
        }
    }

    private Map<String, String> currencyTotal(CurrencyTotal total) {
        Currency currency = Currency.getInstance(total.getCurrency().value());
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "currency", total.getCurrency().value());
        put(f, "wages", amount(total.getWages(), currency));
        put(f, "employeeContributions", amount(total.getEmployeeContributions(), currency));
        put(f, "employerContributions", amount(total.getEmployerContributions(), currency));
        return f;
    }

    /** @throws InvalidAmountException when the amount has more decimals than its currency: money is never rounded */
    private String amount(BigDecimal amount, Currency currency) {
        MoneyAmount money = MoneyAmount.of(amount, currency);
        return amounts == Amounts.MINOR_UNITS ? Long.toString(money.minorUnits()) : money.toPlainString();
    }

    private String signedAmount(BigDecimal amount, Currency currency) {
        MoneyAmount money = MoneyAmount.of(amount, currency, NegativeAmounts.ALLOWED);
        return amounts == Amounts.MINOR_UNITS ? Long.toString(money.minorUnits()) : money.toPlainString();
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(name, value);
        }
    }

    // ================================================================== reading

    /**
     * The report without records, from the segments before the first record.
     *
     * @throws RegistryFormatException naming the field that cannot be read
     */
    public ContributionReport readReportHead(List<NationalSegment> head) {
        return fields(() -> reportHead(head, ofType(head, HEADER)));
    }

    private ContributionReport reportHead(List<NationalSegment> head, List<NationalSegment> headers) {
        if (headers.size() != 1) {
            throw new RegistryFormatException("a contribution report starts with one header, this one has " + headers.size());
        }
        Reader h = new Reader(headers.get(0), "header");
        ContributionReport report = new ContributionReport();
        report.setReportId(h.matching("reportId", REFERENCE, "a reference"));
        report.setHostInstitution(h.matching("hostInstitution", INSTITUTION, "an institution id CC:CODE"));
        report.setHomeInstitution(h.matching("homeInstitution", INSTITUTION, "an institution id CC:CODE"));
        report.setEmployer(h.employer(true));
        report.setPeriod(h.month("period"));
        ContributionTotals totals = new ContributionTotals();
        totals.setRecordCount(h.integer("recordCount", 0, Integer.MAX_VALUE));
        for (NationalSegment total : ofType(head, TOTAL)) {
            totals.getCurrencyTotal().add(new Reader(total, "total").currencyTotal());
        }
        if (totals.getCurrencyTotal().isEmpty()) {
            throw new RegistryFormatException("a contribution report declares at least one currency total");
        }
        report.setTotals(totals);
        List<NationalSegment> withheld = ofType(head, WITHHELD);
        if (withheld.size() > 1) {
            throw new RegistryFormatException("a contribution report has at most one withheld segment");
        }
        if (!withheld.isEmpty()) {
            WithheldRecords w = new WithheldRecords();
            w.setRecordCount(new Reader(withheld.get(0), "withheld").integer("recordCount", 0, Integer.MAX_VALUE));
            for (NationalSegment total : ofType(head, WITHHELD_TOTAL)) {
                w.getCurrencyTotal().add(new Reader(total, "withheldTotal").currencyTotal());
            }
            for (NationalSegment sequence : ofType(head, WITHHELD_RECORD)) {
                w.getSequence().add(new Reader(sequence, "withheldRecord").integer("sequence", 1, Integer.MAX_VALUE));
            }
            report.setWithheld(w);
        } else if (!ofType(head, WITHHELD_TOTAL).isEmpty() || !ofType(head, WITHHELD_RECORD).isEmpty()) {
            throw new RegistryFormatException("withheld totals or records without a withheld segment");
        }
        report.setCorrelationId(h.optionalMatching("correlationId", CORRELATION, "a correlation id"));
        return report;
    }

    /** One record, or the problem that keeps it from being one. */
    public ContributionLine readRecord(NationalSegment segment, int index) {
        Integer sequence = leniently(() -> Integer.valueOf(NationalDigits.toAsciiDigits(segment.field("sequence"))));
        if (!segment.readable() || !RECORD.equals(segment.type())) {
            String why = segment.readable() ? "a " + segment.type() + " segment among the records" : segment.problem();
            return ContributionLine.refused(new RecordProblem(segment.line(), index, sequence, JisrError.SCHEMA, null, why));
        }
        Reader r = new Reader(segment, "record");
        try {
            ContributionRecord record = new ContributionRecord();
            record.setSequence(r.integer("sequence", 1, Integer.MAX_VALUE));
            record.setPerson(r.person());
            CurrencyCode currency = r.currency("currency");
            record.setCurrency(currency);
            record.setWage(r.amount("wage", currency));
            record.setEmployeeContribution(r.amount("employeeContribution", currency));
            record.setEmployerContribution(r.amount("employerContribution", currency));
            record.setInsuredDays(r.optionalInteger("insuredDays", 1, 31));
            return ContributionLine.of(index, segment.line(), record);
        } catch (FieldProblem p) {
            return ContributionLine.refused(new RecordProblem(segment.line(), index, sequence, p.error,
                    RECORD_POINTERS.get(p.field), p.getMessage(), amountsOf(segment)));
        }
    }

    /** The amounts of a record refused for another field, or {@code null} when they cannot be read either. */
    private RecordProblem.Amounts amountsOf(NationalSegment segment) {
        Reader r = new Reader(segment, "record");
        try {
            CurrencyCode currency = r.currency("currency");
            return new RecordProblem.Amounts(currency, r.amount("wage", currency), r.amount("employeeContribution", currency),
                    r.amount("employerContribution", currency));
        } catch (FieldProblem unreadable) {
            return null;
        }
    }

    public ServicePeriodStatement readStatement(List<NationalSegment> segments) {
        requireReadable(segments);
        List<NationalSegment> heads = ofType(segments, STATEMENT);
        if (heads.size() != 1) {
            throw new RegistryFormatException("a service-period statement has one statement segment, this one " + heads.size());
        }
        return fields(() -> {
            Reader s = new Reader(heads.get(0), "statement");
            ServicePeriodStatement statement = new ServicePeriodStatement();
            statement.setStatementId(s.matching("statementId", REFERENCE, "a reference"));
            statement.setCaseId(s.optionalMatching("caseId", REFERENCE, "a reference"));
            statement.setHostInstitution(s.matching("hostInstitution", INSTITUTION, "an institution id CC:CODE"));
            statement.setHomeInstitution(s.matching("homeInstitution", INSTITUTION, "an institution id CC:CODE"));
            statement.setPerson(s.person());
            PeriodTotals totals = new PeriodTotals();
            totals.setYears(s.integer("years", 0, 99));
            totals.setMonths(s.integer("months", 0, 11));
            totals.setDays(s.integer("days", 0, 29));
            statement.setTotals(totals);
            statement.setCorrelationId(s.optionalMatching("correlationId", CORRELATION, "a correlation id"));
            for (NationalSegment segment : ofType(segments, PERIOD)) {
                Reader p = new Reader(segment, "period");
                InsurancePeriod period = new InsurancePeriod();
                period.setFrom(p.date("from"));
                period.setTo(p.date("to"));
                period.setType(p.enumeration("type", PeriodType::fromValue));
                period.setNationalType(p.optionalText("nationalType", SHORT_TEXT));
                period.setEmployer(p.employer(false));
                statement.getPeriod().add(period);
            }
            if (statement.getPeriod().isEmpty()) {
                throw new RegistryFormatException("a service-period statement lists at least one period");
            }
            return statement;
        });
    }

    public PensionNotice readNotice(List<NationalSegment> segments) {
        requireReadable(segments);
        List<NationalSegment> notices = ofType(segments, NOTICE);
        if (notices.size() != 1 || segments.size() != 1) {
            throw new RegistryFormatException("a pension notice is one notice segment");
        }
        return fields(() -> {
            Reader r = new Reader(notices.get(0), "notice");
            PensionNotice notice = new PensionNotice();
            notice.setNoticeId(r.matching("noticeId", REFERENCE, "a reference"));
            notice.setCaseId(r.optionalMatching("caseId", REFERENCE, "a reference"));
            notice.setSender(r.matching("sender", INSTITUTION, "an institution id CC:CODE"));
            notice.setReceiver(r.matching("receiver", INSTITUTION, "an institution id CC:CODE"));
            notice.setPerson(r.person());
            NoticeEvent event = r.enumeration("event", NoticeEvent::valueOf);
            switch (event) {
                case START_OF_SERVICE -> {
                    StartOfService e = new StartOfService();
                    e.setEmployer(r.employer(true));
                    e.setStartDate(r.date("eventDate"));
                    e.setWage(r.money("amount", "currency"));
                    e.setOccupation(r.optionalText("occupation", SHORT_TEXT));
                    notice.setStartOfService(e);
                }
                case END_OF_SERVICE -> {
                    EndOfService e = new EndOfService();
                    e.setEmployer(r.employer(true));
                    e.setEndDate(r.date("eventDate"));
                    e.setReason(r.enumeration("reason", EndOfServiceReason::fromValue));
                    e.setLastWage(r.has("amount") ? r.money("amount", "currency") : null);
                    notice.setEndOfService(e);
                }
                case DEATH -> {
                    Death e = new Death();
                    e.setDateOfDeath(r.date("eventDate"));
                    e.setWorkRelated(r.yesNo("workRelated"));
                    e.setCertificateReference(r.optionalMatching("reference", REFERENCE, "a reference"));
                    notice.setDeath(e);
                }
                case WAGE_CHANGE -> {
                    WageChange e = new WageChange();
                    e.setEmployer(r.employer(true));
                    e.setEffectiveDate(r.date("eventDate"));
                    e.setPreviousWage(r.has("previousAmount") ? r.money("previousAmount", "previousCurrency") : null);
                    e.setNewWage(r.money("amount", "currency"));
                    notice.setWageChange(e);
                }
                case ENTITLEMENT_DECISION -> {
                    EntitlementDecision e = new EntitlementDecision();
                    e.setDecisionReference(r.matching("reference", REFERENCE, "a reference"));
                    e.setDecidedOn(r.date("eventDate"));
                    e.setBenefit(r.enumeration("benefit", BenefitType::fromValue));
                    e.setAmount(r.money("amount", "currency"));
                    e.setFrequency(r.enumeration("frequency", PaymentFrequency::fromValue));
                    e.setStartDate(r.date("startDate"));
                    e.setEndDate(r.has("endDate") ? r.date("endDate") : null);
                    notice.setEntitlementDecision(e);
                }
            }
            notice.setCorrelationId(r.optionalMatching("correlationId", CORRELATION, "a correlation id"));
            return notice;
        });
    }

    /** The answer's head: everything but the record results. */
    public NationalContributionAnswer readAnswerHead(List<NationalSegment> head) {
        requireReadable(head);
        List<NationalSegment> answers = ofType(head, ANSWER);
        if (answers.size() != 1) {
            throw new RegistryFormatException("a contribution answer starts with one answer segment, this one has " + answers.size());
        }
        return fields(() -> {
            Reader a = new Reader(answers.get(0), "answer");
            String reportId = a.matching("reportId", REFERENCE, "a reference");
            ReportOutcome outcome = a.code("status", reportOutcomes);
            LocalDateTime at = a.dateTime("answeredAt");
            return switch (outcome) {
                case PROCESSED -> NationalContributionAnswer.processed(reportId, at, a.integer("acceptedCount", 0, Integer.MAX_VALUE),
                        a.integer("rejectedCount", 0, Integer.MAX_VALUE));
                case DUPLICATE -> NationalContributionAnswer.duplicate(reportId, at);
                case REFUSED -> {
                    TotalsMismatch mismatch = new TotalsMismatch();
                    mismatch.setCode(a.matching("errorCode", ERROR_CODE, "a Jisr error code"));
                    mismatch.setDeclaredRecordCount(a.integer("declaredRecordCount", 0, Integer.MAX_VALUE));
                    mismatch.setCountedRecordCount(a.integer("countedRecordCount", 0, Integer.MAX_VALUE));
                    for (NationalSegment segment : ofType(head, DIFFERENCE)) {
                        Reader d = new Reader(segment, "difference");
                        TotalDifference difference = new TotalDifference();
                        CurrencyCode currency = d.currency("currency");
                        difference.setCurrency(currency);
                        difference.setTotal(d.enumeration("total", TotalKind::fromValue));
                        difference.setDeclared(d.amount("declared", currency));
                        difference.setComputed(d.amount("computed", currency));
                        difference.setDifference(d.signedAmount("difference", currency));
                        mismatch.getDifference().add(difference);
                    }
                    yield NationalContributionAnswer.refused(reportId, at, mismatch);
                }
            };
        });
    }

    public RecordResult readResult(NationalSegment segment) {
        requireReadable(List.of(segment));
        if (!RESULT.equals(segment.type())) {
            throw new RegistryFormatException("line " + segment.line() + ": a " + segment.type() + " segment among the record results");
        }
        return fields(() -> {
            Reader r = new Reader(segment, "result");
            RecordResult result = new RecordResult();
            result.setSequence(r.integer("sequence", 1, Integer.MAX_VALUE));
            result.setOutcome(r.code("outcome", recordOutcomes));
            result.setReasonCode(r.optionalMatching("reasonCode", REASON_CODE, "a reason code"));
            result.setReason(r.optionalText("reason", FREE_TEXT));
            if (result.getOutcome() == RecordOutcome.REJECTED && result.getReasonCode() == null) {
                throw new RegistryFormatException("line " + segment.line() + ": a rejected record without its reason code");
            }
            return result;
        });
    }

    public NationalPensionAnswer readAnswer(List<NationalSegment> segments) {
        requireReadable(segments);
        List<NationalSegment> answers = ofType(segments, ACKNOWLEDGEMENT);
        if (answers.size() != 1 || segments.size() != 1) {
            throw new RegistryFormatException("an answer is one acknowledgement segment");
        }
        return fields(() -> {
            Reader a = new Reader(answers.get(0), "acknowledgement");
            AcknowledgementOutcome outcome = a.code("outcome", outcomes);
            String reasonCode = a.optionalMatching("reasonCode", REASON_CODE, "a reason code");
            String reason = a.optionalText("reason", FREE_TEXT);
            if (outcome == AcknowledgementOutcome.REJECTED && (reasonCode == null || reason == null)) {
                throw new RegistryFormatException("a rejection without its reason code and reason");
            }
            return new NationalPensionAnswer(a.matching("reference", REFERENCE, "a reference"), outcome,
                    a.optionalMatching("caseId", REFERENCE, "a reference"), reasonCode, reason, a.dateTime("answeredAt"));
        });
    }

    /** The message of a refusal, or {@code null} when the segments are not one. */
    public String readRefusal(List<NationalSegment> segments) {
        if (segments.size() != 1 || !REFUSAL.equals(segments.get(0).type()) || !segments.get(0).readable()) {
            return null;
        }
        NationalSegment refusal = segments.get(0);
        return refusal.field("status") + " " + refusal.field("message");
    }

    private static List<NationalSegment> ofType(List<NationalSegment> segments, String type) {
        return segments.stream().filter(s -> type.equals(s.type())).toList();
    }

    private static void requireReadable(List<NationalSegment> segments) {
        for (NationalSegment segment : segments) {
            if (!segment.readable()) {
                throw new RegistryFormatException("line " + segment.line() + ": " + segment.problem());
            }
        }
    }

    private static <T> T fields(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (FieldProblem p) {
            throw new RegistryFormatException(p.getMessage());
        }
    }

    private static Integer leniently(java.util.function.Supplier<Integer> read) {
        try {
            Integer value = read.get();
            return value != null && value >= 1 ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The notice events, by the name the {@code event} field gives them. */
    enum NoticeEvent { START_OF_SERVICE, END_OF_SERVICE, DEATH, WAGE_CHANGE, ENTITLEMENT_DECISION }

    /** A field that cannot be read: its logical name, the catalogue code and why. Internal to reading. */
    private static final class FieldProblem extends RuntimeException {
        final String field;
        final JisrError error;

        FieldProblem(String field, JisrError error, String message) {
            super(message, null, false, false);
            this.field = field;
            this.error = error;
        }
    }

    /** Reads the fields of one segment, naming segment and field in every problem. */
    private final class Reader {
        private final NationalSegment segment;
        private final String name;

        Reader(NationalSegment segment, String name) {
            this.segment = segment;
            this.name = name;
        }

        boolean has(String field) {
            return segment.field(field) != null;
        }

        private FieldProblem problem(String field, JisrError error, String why) {
            return new FieldProblem(field, error, "line " + segment.line() + ": " + name + " field " + field + " " + why);
        }

        String text(String field, int max) {
            String value = optionalText(field, max);
            if (value == null) {
                throw problem(field, JisrError.SCHEMA, "is missing");
            }
            return value;
        }

        String optionalText(String field, int max) {
            String value = segment.field(field);
            if (value == null || value.isBlank()) {
                return null;
            }
            value = value.strip();
            if (value.length() > max) {
                throw problem(field, JisrError.SCHEMA, "is longer than " + max + " characters");
            }
            return value;
        }

        String matching(String field, Pattern pattern, String what) {
            String value = optionalMatching(field, pattern, what);
            if (value == null) {
                throw problem(field, JisrError.SCHEMA, "is missing");
            }
            return value;
        }

        String optionalMatching(String field, Pattern pattern, String what) {
            String value = optionalText(field, 200);
            if (value != null && !pattern.matcher(value).matches()) {
                throw problem(field, JisrError.SCHEMA, "'" + value + "' is not " + what);
            }
            return value;
        }

        int integer(String field, int min, int max) {
            Integer value = optionalInteger(field, min, max);
            if (value == null) {
                throw problem(field, JisrError.SCHEMA, "is missing");
            }
            return value;
        }

        Integer optionalInteger(String field, int min, int max) {
            String value = optionalText(field, 12);
            if (value == null) {
                return null;
            }
            String digits = NationalDigits.toAsciiDigits(value);
            if (!digits.matches("[0-9]{1,10}")) {
                throw problem(field, JisrError.SCHEMA, "'" + value + "' is not a whole number");
            }
            long number = Long.parseLong(digits);
            if (number < min || number > max) {
                throw problem(field, JisrError.SCHEMA, "is " + number + ", not from " + min + " to " + max);
            }
            return (int) number;
        }

        <E> E enumeration(String field, Function<String, E> values) {
            String value = text(field, 40);
            try {
                return values.apply(value);
            } catch (IllegalArgumentException e) {
                throw problem(field, JisrError.SCHEMA, "'" + value + "' is not one of its codes");
            }
        }

        <E extends Enum<E>> E code(String field, TrafficCodes<E> codes) {
            String value = text(field, 40);
            return codes.read(value).orElseThrow(() -> problem(field, JisrError.SCHEMA, "'" + value + "' is not one of "
                    + codes));
        }

        boolean yesNo(String field) {
            String value = text(field, 1);
            return switch (value) {
                case "Y" -> true;
                case "N" -> false;
                default -> throw problem(field, JisrError.SCHEMA, "is Y or N, not '" + value + "'");
            };
        }

        LocalDate date(String field) {
            String value = text(field, 40);
            try {
                return dates.readDate(value, field);
            } catch (RegistryFormatException e) {
                throw problem(field, JisrError.INVALID_DATE, "'" + value + "' is not a date written " + dates.pattern());
            }
        }

        LocalDateTime dateTime(String field) {
            String value = text(field, 40);
            try {
                return dates.readDateTime(value, field);
            } catch (RegistryFormatException e) {
                throw problem(field, JisrError.INVALID_DATE, "'" + value + "' is not a date and time written " + dates.pattern()
                        + " HH:mm:ss");
            }
        }

        YearMonth month(String field) {
            String value = text(field, 20);
            try {
                return YearMonth.parse(NationalDigits.toAsciiDigits(value), months);
            } catch (DateTimeException e) {
                throw problem(field, JisrError.INVALID_DATE, "'" + value + "' is not a month written " + monthPattern);
            }
        }

        CurrencyCode currency(String field) {
            String value = text(field, 3);
            try {
                return CurrencyCode.fromValue(value);
            } catch (IllegalArgumentException e) {
                throw problem(field, JisrError.SCHEMA, "'" + value + "' is not the currency of a GCC state");
            }
        }

        BigDecimal amount(String field, CurrencyCode currency) {
            return readAmount(field, currency, NegativeAmounts.REFUSED);
        }

        BigDecimal signedAmount(String field, CurrencyCode currency) {
            return readAmount(field, currency, NegativeAmounts.ALLOWED);
        }

        private BigDecimal readAmount(String field, CurrencyCode code, NegativeAmounts negatives) {
            String value = text(field, 40);
            Currency currency = Currency.getInstance(code.value());
            try {
                if (amounts == Amounts.MINOR_UNITS) {
                    String digits = NationalDigits.toAsciiDigits(value);
                    if (!digits.matches((negatives == NegativeAmounts.ALLOWED ? "-?" : "") + "[0-9]{1,18}")) {
                        throw new InvalidAmountException("format", "'" + value + "' is not a whole number of "
                                + code.value() + " minor units");
                    }
                    return MoneyAmount.ofMinorUnits(Long.parseLong(digits), currency, negatives).amount();
                }
                return MoneyAmount.parse(value, currency, negatives).amount();
            } catch (InvalidAmountException e) {
                throw problem(field, JisrError.INVALID_AMOUNT, e.getMessage().replaceFirst("^amount: ", ""));
            }
        }

        Money money(String amountField, String currencyField) {
            Money money = new Money();
            CurrencyCode currency = currency(currencyField);
            money.setCurrency(currency);
            money.setAmount(amount(amountField, currency));
            return money;
        }

        CurrencyTotal currencyTotal() {
            CurrencyTotal total = new CurrencyTotal();
            CurrencyCode currency = currency("currency");
            total.setCurrency(currency);
            total.setWages(amount("wages", currency));
            total.setEmployeeContributions(amount("employeeContributions", currency));
            total.setEmployerContributions(amount("employerContributions", currency));
            return total;
        }

        Employer employer(boolean required) {
            if (!required && !has("employerId") && !has("employerName") && !has("employerNameLatin")) {
                return null;
            }
            Employer employer = new Employer();
            employer.setId(matching("employerId", PERSONAL_NUMBER, "an employer registration number"));
            employer.setName(text("employerName", SHORT_TEXT));
            employer.setNameLatin(optionalText("employerNameLatin", SHORT_TEXT));
            return employer;
        }

        InsuredPerson person() {
            InsuredPerson person = new InsuredPerson();
            String civilId = text("civilId", 40);
            String digits;
            try {
                digits = NationalDigits.digitsOnly(civilId);
            } catch (IllegalArgumentException e) {
                throw problem("civilId", JisrError.INVALID_CIVIL_ID, "holds something else than digits: " + e.getMessage());
            }
            if (!CIVIL_ID.matcher(digits).matches()) {
                throw problem("civilId", JisrError.INVALID_CIVIL_ID, "has " + digits.length() + " digits, a civil ID 4 to 20");
            }
            person.setCivilId(digits);
            String state = text("civilIdState", 2);
            if (GccState.fromCode(state).isEmpty()) {
                throw problem("civilIdState", JisrError.SCHEMA, "'" + state + "' is not a GCC state");
            }
            person.setCivilIdState(state);
            String pins = optionalText("pins", 500);
            if (pins != null) {
                for (String pin : pins.split(" +")) {
                    int equals = pin.indexOf('=');
                    String institution = equals < 0 ? pin : pin.substring(0, equals);
                    String number = equals < 0 ? "" : pin.substring(equals + 1);
                    if (!INSTITUTION.matcher(institution).matches() || !PERSONAL_NUMBER.matcher(number).matches()) {
                        throw problem("pins", JisrError.SCHEMA, "'" + pin + "' is not INSTITUTION=NUMBER, e.g. KW:PIFSS=123456");
                    }
                    PersonalIdentification id = new PersonalIdentification();
                    id.setInstitution(institution);
                    id.setNumber(number);
                    person.getPin().add(id);
                }
                if (person.getPin().size() > 6) {
                    throw problem("pins", JisrError.SCHEMA, "lists more than 6 institutions' numbers");
                }
            }
            person.setFullNameArabic(text("fullNameArabic", SHORT_TEXT));
            person.setFullNameLatin(optionalText("fullNameLatin", SHORT_TEXT));
            person.setDateOfBirth(has("dateOfBirth") ? date("dateOfBirth") : null);
            return person;
        }
    }
}
