package gcc.jisr.adapters.pension;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.InvalidAdapterSettingException;
import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.RegistryFormatException;
import gcc.jisr.adapters.money.InvalidAmountException;
import gcc.jisr.adapters.sim.NationalPensionFundSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.pension.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.CurrencyTotal;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.RecordOutcome;
import gcc.jisr.contracts.pension.v1.RecordResult;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.TotalDifference;
import gcc.jisr.contracts.pension.v1.TotalKind;
import gcc.jisr.contracts.pension.v1.TotalsMismatch;
import gcc.jisr.contracts.pension.v1.WithheldRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every state's pension system must do, proved against its own format and fund simulator over real HTTP on
 * loopback: golden files pin the national bytes of every message; what is written reads back as the same canonical
 * message; amounts in all six currencies travel exactly and one decimal too many is refused; a bad record is reported
 * on its own with its line and field while the rest are read; the simulator checks each record and answers per record,
 * refuses a report whose totals do not add up, answers a repeat as a duplicate; and a report of 100,000 records
 * streams through in a JVM with 64 MiB of heap. Golden files are rewritten with {@code -Djisr.golden.write=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NationalPensionSystemConformance {

    private static final AtomicInteger REFERENCES = new AtomicInteger();
    private static final LocalDateTime ANSWERED_AT = LocalDateTime.of(2026, 11, 3, 9, 30, 15);

    private NationalPensionFundSimulator simulator;
    private URI base;

    /** The state's adapter with its defaults. */
    protected abstract CountryAdapter adapter();

    /** A new simulator of the state's fund. */
    protected abstract NationalPensionFundSimulator newSimulator();

    /** The classpath folder of the golden files, e.g. {@code /pension/kw/}. */
    protected abstract String goldenFolder();

    /** The file extension of the format, e.g. {@code xml}. */
    protected abstract String extension();

    /** At least three civil IDs this state's rules accept. */
    protected abstract List<String> validCivilIds();

    /** A civil ID of 4-20 digits that this state's rules refuse (a check digit that fails, a wrong length). */
    protected abstract String invalidCivilId();

    @BeforeAll
    void startSimulator() {
        simulator = newSimulator();
        base = simulator.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        simulator.enrol(validCivilIds().get(0), validCivilIds().get(1));
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    protected GccState state() {
        return adapter().state();
    }

    protected NationalPensionSystem translator() {
        return (NationalPensionSystem) adapter().pensionSystem();
    }

    protected NationalPensionFormat format() {
        return translator().format();
    }

    protected GccState host() {
        return PensionSamples.hostFor(state());
    }

    protected CurrencyCode hostCurrency() {
        return PensionSamples.currencyOf(host());
    }

    private String reference(String what) {
        return state() + "-" + what + "-" + REFERENCES.incrementAndGet();
    }

    // ------------------------------------------------------------------ the adapter

    @Test
    void theAdapterBringsThePensionSystemOfItsOwnStateAndFund() {
        assertThat(translator().state()).isEqualTo(state());
        assertThat(translator().institution()).isEqualTo(PensionSamples.institution(state())).isEqualTo(simulator.institution());
        assertThat(adapter().settingKeys()).contains(PensionSettings.CONTRIBUTION_PATH, PensionSettings.STATEMENT_PATH,
                PensionSettings.NOTICE_PATH, PensionSettings.INSTITUTION, "pension.report.processed", "pension.record.rejected",
                "pension.outcome.duplicate", PensionSettings.MONTH_PATTERN);
    }

    // ------------------------------------------------------------------ golden files and round trips

    private List<ContributionRecord> sampleRecords() {
        List<ContributionRecord> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            records.add(PensionSamples.record(i, validCivilIds().get(i - 1), state(), hostCurrency()));
        }
        return records;
    }

    @Test
    void writesTheContributionReportAsTheGoldenFileAndReadsItBack() throws IOException {
        List<ContributionRecord> records = sampleRecords();
        ContributionReport report = PensionSamples.report("GOLDEN-0001", host(), state(), records);
        byte[] written = writeReport(report, records);
        golden("contribution-report." + extension(), written);
        List<ContributionLine> lines = new ArrayList<>();
        ContributionReport header = readReport(written, lines);
        assertThat(CanonicalText.of(header)).isEqualTo(CanonicalText.of(report));
        assertThat(lines).allSatisfy(line -> assertThat(line.problem()).isNull());
        assertThat(lines.stream().map(l -> CanonicalText.of(l.record())).toList())
                .isEqualTo(records.stream().map(CanonicalText::of).toList());
        assertThat(lines).extracting(ContributionLine::index).containsExactly(0, 1, 2);
    }

    @Test
    void carriesWhatTheSendingGatewayWithheldWithTheReport() throws IOException {
        List<ContributionRecord> records = sampleRecords();
        ContributionReport report = PensionSamples.report("WITHHELD-0001", host(), state(), records);
        WithheldRecords withheld = new WithheldRecords();
        withheld.setRecordCount(2);
        withheld.getCurrencyTotal().addAll(PensionSamples.totalsOf(records.subList(0, 2)).getCurrencyTotal());
        withheld.getSequence().addAll(List.of(4, 9));
        report.setWithheld(withheld);
        ContributionReport read = readReport(writeReport(report, records), new ArrayList<>());
        assertThat(CanonicalText.of(read)).isEqualTo(CanonicalText.of(report));
    }

    @Test
    void writesTheStatementAsTheGoldenFileAndReadsItBack() throws IOException {
        ServicePeriodStatement statement = PensionSamples.statement("STM-2026-0042", host(), state(), validCivilIds().get(0));
        RegistryCall call = translator().statementDelivery(statement, PensionSamples.MESSAGE_ID);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.pathAndQuery()).isEqualTo(translator().statementPath().template());
        golden("service-period-statement." + extension(), call.body());
        assertThat(CanonicalText.of(format().readStatement(call.body()))).isEqualTo(CanonicalText.of(statement));
        assertThat(CanonicalText.of(translator().statementOf(call.body()))).isEqualTo(CanonicalText.of(statement));
    }

    @Test
    void writesEveryNoticeAsItsGoldenFileAndReadsItBack() throws IOException {
        for (PensionNotice notice : PensionSamples.notices("NTC-2026", host(), state(), validCivilIds().get(0))) {
            RegistryCall call = translator().noticeDelivery(notice, PensionSamples.MESSAGE_ID);
            String kind = notice.getNoticeId().substring("NTC-2026-".length()).toLowerCase();
            golden("notice-" + kind + "." + extension(), call.body());
            assertThat(CanonicalText.of(translator().noticeOf(call.body()))).as(kind).isEqualTo(CanonicalText.of(notice));
        }
    }

    @Test
    void writesTheFundsAnswersAsTheGoldenFilesAndReadsThemBack() throws IOException {
        RecordResult accepted = result(1, RecordOutcome.ACCEPTED, null, null);
        RecordResult rejected = result(2, RecordOutcome.REJECTED, "UNKNOWN_PERSON", "no person with this civil ID is insured");
        NationalContributionAnswer processed = NationalContributionAnswer.processed("GOLDEN-0001", ANSWERED_AT, 1, 1);
        byte[] answer = writeAnswer(processed, List.of(accepted, rejected));
        golden("contribution-answer." + extension(), answer);
        NationalContributionAnswer read = format().readContributionAnswer(new ByteArrayInputStream(answer));
        assertThat(read.outcome()).isEqualTo(ReportOutcome.PROCESSED);
        assertThat(read.answeredAt()).isEqualTo(ANSWERED_AT);
        assertThat(read.results().stream().map(CanonicalText::of)).containsExactly(CanonicalText.of(accepted), CanonicalText.of(rejected));

        TotalsMismatch mismatch = new TotalsMismatch();
        mismatch.setCode(JisrError.BATCH_TOTALS.code());
        mismatch.setDeclaredRecordCount(3);
        mismatch.setCountedRecordCount(2);
        TotalDifference difference = new TotalDifference();
        difference.setCurrency(hostCurrency());
        difference.setTotal(TotalKind.WAGES);
        String wage = PensionSamples.amounts(hostCurrency())[0];
        difference.setDeclared(new BigDecimal(wage).multiply(BigDecimal.valueOf(3)));
        difference.setComputed(new BigDecimal(wage).multiply(BigDecimal.valueOf(2)));
        difference.setDifference(new BigDecimal(wage).negate());
        mismatch.getDifference().add(difference);
        byte[] refused = writeAnswer(NationalContributionAnswer.refused("GOLDEN-0001", ANSWERED_AT, mismatch), List.<RecordResult>of());
        golden("contribution-answer-refused." + extension(), refused);
        NationalContributionAnswer readRefused = format().readContributionAnswer(new ByteArrayInputStream(refused));
        assertThat(CanonicalText.of(readRefused.refused())).isEqualTo(CanonicalText.of(mismatch));

        NationalPensionAnswer recorded = new NationalPensionAnswer("STM-2026-0042", AcknowledgementOutcome.RECORDED, "CASE-77", null,
                null, ANSWERED_AT);
        golden("answer-recorded." + extension(), format().writeAnswer(recorded));
        assertThat(format().readAnswer(format().writeAnswer(recorded))).isEqualTo(recorded);
        NationalPensionAnswer refusedNotice = new NationalPensionAnswer("NTC-2026-DEATH", AcknowledgementOutcome.REJECTED, null,
                "UNKNOWN_PERSON", "no person with this civil ID is insured", ANSWERED_AT);
        golden("answer-rejected." + extension(), format().writeAnswer(refusedNotice));
        assertThat(format().readAnswer(format().writeAnswer(refusedNotice))).isEqualTo(refusedNotice);
        assertThat(format().readRefusal(format().writeRefusal(503, "in maintenance"))).contains("503 in maintenance");
    }

    // ------------------------------------------------------------------ money

    @Test
    void carriesAmountsInEveryGccCurrencyExactlyInItsMinorUnits() throws IOException {
        List<ContributionRecord> records = new ArrayList<>();
        int sequence = 1;
        for (CurrencyCode currency : CurrencyCode.values()) {
            records.add(PensionSamples.record(sequence++, validCivilIds().get(0), state(), currency));
        }
        ContributionReport report = PensionSamples.report("CURRENCIES-0001", host(), state(), records);
        List<ContributionLine> lines = new ArrayList<>();
        ContributionReport header = readReport(writeReport(report, records), lines);
        assertThat(header.getTotals().getCurrencyTotal()).hasSize(6);
        assertThat(CanonicalText.of(header.getTotals())).isEqualTo(CanonicalText.of(report.getTotals()));
        for (int i = 0; i < records.size(); i++) {
            ContributionRecord read = lines.get(i).record();
            assertThat(read).as("record in %s", records.get(i).getCurrency()).isNotNull();
            int decimals = switch (read.getCurrency()) {
                case KWD, BHD, OMR -> 3;
                case SAR, AED, QAR -> 2;
            };
            assertThat(read.getWage().scale()).as("%s scale", read.getCurrency()).isEqualTo(decimals);
            assertThat(read.getWage()).isEqualTo(records.get(i).getWage());
            assertThat(read.getEmployeeContribution()).isEqualTo(records.get(i).getEmployeeContribution());
            assertThat(read.getEmployerContribution()).isEqualTo(records.get(i).getEmployerContribution());
        }
    }

    @Test
    void refusesToWriteAnAmountWithMoreDecimalsThanItsCurrencyHas() {
        ContributionRecord halalas = PensionSamples.record(1, validCivilIds().get(0), state(), CurrencyCode.SAR, "100.005", "1.00", "1.00");
        ContributionRecord fils = PensionSamples.record(1, validCivilIds().get(0), state(), CurrencyCode.KWD, "100.0005", "1.000", "1.000");
        for (ContributionRecord record : List.of(halalas, fils)) {
            ContributionReport report = PensionSamples.report("DECIMALS-0001", host(), state(), List.of(record));
            assertThatThrownBy(() -> writeReport(report, List.of(record))).isInstanceOf(InvalidAmountException.class)
                    .hasMessageContaining("never rounds");
        }
    }

    /** The record with sequence 2 of {@link #markedReport}: amounts no other field of the file holds. */
    private static String markerWage(CurrencyCode currency) {
        return switch (currency) {
            case KWD, BHD, OMR -> "7777.777";
            case SAR, AED, QAR -> "7777.77";
        };
    }

    private byte[] markedReport() throws IOException {
        List<ContributionRecord> records = sampleRecords();
        records.set(1, PensionSamples.record(2, validCivilIds().get(1), state(), hostCurrency(), markerWage(hostCurrency()), "1.00", "1.00"));
        return writeReport(PensionSamples.report("MARKED-0001", host(), state(), records), records);
    }

    /** How the format writes the marker wage: as the decimal or as minor units (zero-padded in a fixed-width file). */
    private String nationalMarker() {
        String marker = markerWage(hostCurrency());
        return ((SegmentedPensionFormat) format()).fields().amounts() == PensionFields.Amounts.DECIMAL ? marker : marker.replace(".", "");
    }

    private byte[] replaced(byte[] file, String what, String with) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).as("national file holds %s once", what).containsOnlyOnce(what);
        return text.replace(what, with).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reportsAnAmountWithMoreDecimalsThanItsCurrencyAtItsFieldAndReadsTheOtherRecords() throws IOException {
        String marker = nationalMarker();
        // One decimal too many, or a decimal point where whole minor units belong: same length, so fixed width holds.
        String bad = ((SegmentedPensionFormat) format()).fields().amounts() == PensionFields.Amounts.DECIMAL
                ? marker.substring(1) + "1" : marker.substring(0, marker.length() - 2) + "." + marker.charAt(marker.length() - 1);
        List<ContributionLine> lines = new ArrayList<>();
        readReport(replaced(markedReport(), marker, bad), lines);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).readable()).isTrue();
        assertThat(lines.get(2).readable()).isTrue();
        RecordProblem problem = lines.get(1).problem();
        assertThat(problem).isNotNull();
        assertThat(problem.index()).isEqualTo(1);
        assertThat(problem.sequence()).isEqualTo(2);
        assertThat(problem.error()).isEqualTo(JisrError.INVALID_AMOUNT);
        assertThat(problem.field()).isEqualTo("/wage");
        assertThat(problem.line()).isGreaterThan(lines.get(0).line());
        assertThat(problem.toRefusedRecord().getField()).isEqualTo("/wage");
        assertThat(problem.toRefusedRecord().getCode()).isEqualTo("JISR-400-AMOUNT");
    }

    @Test
    void reportsACivilIdThatIsNotDigitsAtItsFieldAndReadsTheOtherRecords() throws IOException {
        String id = validCivilIds().get(1);
        List<ContributionLine> lines = new ArrayList<>();
        byte[] file = markedReport();
        String text = new String(file, StandardCharsets.UTF_8);
        // The civil ID of record 2 only: it is the only record with validCivilIds().get(1).
        assertThat(text.split(id, -1)).hasSize(2);
        readReport(text.replace(id, id.substring(0, id.length() - 1) + "X").getBytes(StandardCharsets.UTF_8), lines);
        assertThat(lines).extracting(ContributionLine::readable).containsExactly(true, false, true);
        assertThat(lines.get(1).problem().field()).isEqualTo("/person/civilId");
        assertThat(lines.get(1).problem().error()).isEqualTo(JisrError.INVALID_CIVIL_ID);
        assertThat(lines.get(1).problem().reason()).doesNotContain(id);
    }

    @Test
    void readsAmountsWrittenInArabicIndicDigits() throws IOException {
        String marker = nationalMarker();
        String arabic = marker.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) ('\u0660' + (c - '0'))) : String.valueOf((char) c))
                .reduce("", String::concat);
        List<ContributionLine> lines = new ArrayList<>();
        readReport(replaced(markedReport(), marker, arabic), lines);
        assertThat(lines.get(1).record()).isNotNull();
        assertThat(lines.get(1).record().getWage()).isEqualTo(new BigDecimal(markerWage(hostCurrency())));
    }

    @Test
    void refusesAFileWhoseHeadCannotBeRead() {
        assertThatThrownBy(() -> readReport("this is not a contribution report\n".getBytes(StandardCharsets.UTF_8), new ArrayList<>()))
                .isInstanceOf(RegistryFormatException.class);
        assertThatThrownBy(() -> format().readStatement("{}\n<x/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RegistryFormatException.class);
    }

    // ------------------------------------------------------------------ the simulated fund over HTTP

    private ContributionReportAcknowledgement deliver(ContributionReport report, List<ContributionRecord> records) throws IOException {
        PensionCall call = translator().contributionReportDelivery(report, records.iterator(), PensionSamples.MESSAGE_ID);
        assertThat(call.path()).isEqualTo(translator().contributionPath().template());
        return PensionHttp.send(base, call, (status, body) ->
                translator().contributionAcknowledgementOf(report, PensionSamples.MESSAGE_ID, status, body, PensionHttp.now()));
    }

    @Test
    void theFundAcceptsKnownPersonsAndRejectsEachOtherRecordWithItsReason() throws IOException {
        GccState foreign = host();
        List<ContributionRecord> records = List.of(
                PensionSamples.record(1, validCivilIds().get(0), state(), hostCurrency()),
                PensionSamples.record(2, validCivilIds().get(2), state(), hostCurrency()),
                PensionSamples.record(3, invalidCivilId(), state(), hostCurrency()),
                PensionSamples.record(4, validCivilIds().get(1), state(), hostCurrency()),
                PensionSamples.record(5, "12345678", foreign, hostCurrency()),
                PensionSamples.record(6, validCivilIds().get(0), state(), hostCurrency(), "10.00", "6.00", "6.00"));
        ContributionReport report = PensionSamples.report(reference("RPT"), host(), state(), records);
        int before = simulator.contributionReportsReceived();
        ContributionReportAcknowledgement ack = deliver(report, records);
        assertThat(ack.getRefused()).isNull();
        assertThat(ack.getAcknowledgedBy()).isEqualTo(PensionSamples.institution(state()));
        assertThat(ack.getReportId()).isEqualTo(report.getReportId());
        assertThat(ack.getMessageId()).isEqualTo(PensionSamples.MESSAGE_ID);
        assertThat(ack.getAcceptedCount()).isEqualTo(2);
        assertThat(ack.getRejectedCount()).isEqualTo(4);
        assertThat(ack.getRecordResult()).extracting(RecordResult::getSequence).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ack.getRecordResult()).extracting(RecordResult::getReasonCode)
                .containsExactly(null, "UNKNOWN_PERSON", "INVALID_CIVIL_ID", null, "NOT_INSURED_WITH_HOME_FUND", "CONTRIBUTION_RATE");
        assertThat(ack.getAcknowledgedAt().getOffset()).isEqualTo(state().zone().getRules().getOffset(ack.getAcknowledgedAt().toInstant()));
        assertThat(simulator.contributionReportsReceived()).isEqualTo(before + 1);
    }

    @Test
    void theFundAnswersARepeatedReportAsADuplicate() throws IOException {
        List<ContributionRecord> records = sampleRecords().subList(0, 2);
        ContributionReport report = PensionSamples.report(reference("RPT"), host(), state(), records);
        assertThat(deliver(report, records).getAcceptedCount()).isEqualTo(2);
        assertThatThrownBy(() -> deliver(report, records)).isInstanceOf(DuplicateContributionReportException.class)
                .hasMessageContaining(report.getReportId());
        assertThat(simulator.reportDeliveries(report.getHostInstitution(), report.getReportId())).isEqualTo(2);
    }

    @Test
    void theFundRefusesAReportWhoseTotalsDoNotAddUpAndStatesTheDifference() throws IOException {
        List<ContributionRecord> records = sampleRecords();
        ContributionReport report = PensionSamples.report(reference("RPT"), host(), state(), records);
        CurrencyTotal total = report.getTotals().getCurrencyTotal().get(0);
        BigDecimal declared = total.getWages().add(BigDecimal.ONE);
        total.setWages(declared);
        report.getTotals().setRecordCount(4);
        ContributionReportAcknowledgement ack = deliver(report, records);
        assertThat(ack.getRecordResult()).isEmpty();
        TotalsMismatch refused = ack.getRefused();
        assertThat(refused.getCode()).isEqualTo("JISR-422-BATCH-TOTALS");
        assertThat(refused.getDeclaredRecordCount()).isEqualTo(4);
        assertThat(refused.getCountedRecordCount()).isEqualTo(3);
        assertThat(refused.getDifference()).hasSize(1);
        assertThat(refused.getDifference().get(0).getTotal()).isEqualTo(TotalKind.WAGES);
        assertThat(refused.getDifference().get(0).getDeclared()).isEqualByComparingTo(declared);
        assertThat(refused.getDifference().get(0).getDifference()).isEqualByComparingTo("-1");
        // Refused reports are not held: the corrected one goes through under the same id.
        ContributionReport corrected = PensionSamples.report(report.getReportId(), host(), state(), records);
        ContributionReportAcknowledgement second = deliver(corrected, records);
        assertThat(second.getRefused()).isNull();
        assertThat(second.getRecordResult()).extracting(RecordResult::getSequence).containsExactly(1, 2, 3);
    }

    @Test
    void theFundTakesWithheldRecordsIntoItsTotals() throws IOException {
        List<ContributionRecord> all = sampleRecords();
        ContributionReport report = PensionSamples.report(reference("RPT"), host(), state(), all);
        WithheldRecords withheld = new WithheldRecords();
        withheld.setRecordCount(1);
        withheld.getCurrencyTotal().addAll(PensionSamples.totalsOf(all.subList(2, 3)).getCurrencyTotal());
        withheld.getSequence().add(3);
        report.setWithheld(withheld);
        ContributionReportAcknowledgement ack = deliver(report, all.subList(0, 2));
        assertThat(ack.getRefused()).isNull();
        assertThat(ack.getRecordResult()).extracting(RecordResult::getSequence).containsExactly(1, 2);
    }

    @Test
    void theFundRecordsStatementsAndEveryNoticeOnceAndRejectsPersonsItDoesNotInsure() {
        ServicePeriodStatement statement = PensionSamples.statement(reference("STM"), host(), state(), validCivilIds().get(0));
        PensionAcknowledgement first = deliver(statement);
        assertThat(first.getOutcome()).isEqualTo(AcknowledgementOutcome.RECORDED);
        assertThat(first.getCaseId()).isNotBlank();
        assertThat(first.getAcknowledgedBy()).isEqualTo(PensionSamples.institution(state()));
        PensionAcknowledgement again = deliver(statement);
        assertThat(again.getOutcome()).isEqualTo(AcknowledgementOutcome.DUPLICATE);
        assertThat(again.getCaseId()).isEqualTo(first.getCaseId());

        ServicePeriodStatement stranger = PensionSamples.statement(reference("STM"), host(), state(), validCivilIds().get(2));
        PensionAcknowledgement rejected = deliver(stranger);
        assertThat(rejected.getOutcome()).isEqualTo(AcknowledgementOutcome.REJECTED);
        assertThat(rejected.getReasonCode()).isEqualTo("UNKNOWN_PERSON");

        int before = simulator.noticesReceived();
        for (PensionNotice notice : PensionSamples.notices(reference("NTC"), host(), state(), validCivilIds().get(0))) {
            boolean toThisFund = notice.getReceiver().equals(simulator.institution());
            RegistryCall call = translator().noticeDelivery(notice, PensionSamples.MESSAGE_ID);
            PensionAcknowledgement ack = PensionHttp.send(base, call, reply -> translator().acknowledgementOf(notice.getNoticeId(),
                    PensionSamples.MESSAGE_ID, reply.status(), reply.body(), PensionHttp.now()));
            if (toThisFund) {
                assertThat(ack.getOutcome()).as(notice.getNoticeId()).isEqualTo(AcknowledgementOutcome.RECORDED);
            } else {
                assertThat(ack.getReasonCode()).as(notice.getNoticeId()).isEqualTo("NOT_ADDRESSEE");
            }
        }
        assertThat(simulator.noticesReceived()).isEqualTo(before + 5);
    }

    private PensionAcknowledgement deliver(ServicePeriodStatement statement) {
        RegistryCall call = translator().statementDelivery(statement, PensionSamples.MESSAGE_ID);
        return PensionHttp.send(base, call, reply -> translator().acknowledgementOf(statement.getStatementId(),
                PensionSamples.MESSAGE_ID, reply.status(), reply.body(), PensionHttp.now()));
    }

    @Test
    void anUnavailableFundIsToldApartFromARefusal() {
        ServicePeriodStatement statement = PensionSamples.statement(reference("STM"), host(), state(), validCivilIds().get(0));
        simulator.available(false);
        try {
            assertThatThrownBy(() -> deliver(statement)).isInstanceOf(PensionFundUnavailableException.class)
                    .hasMessageContaining("maintenance");
            List<ContributionRecord> records = sampleRecords();
            ContributionReport report = PensionSamples.report(reference("RPT"), host(), state(), records);
            assertThatThrownBy(() -> deliver(report, records)).isInstanceOf(PensionFundUnavailableException.class);
        } finally {
            simulator.available(true);
        }
        PensionCall garbage = PensionCall.post(translator().contributionPath().template(), format().contentType(),
                out -> out.write("garbage that is no report\n".getBytes(StandardCharsets.UTF_8)));
        ContributionReport report = PensionSamples.report(reference("RPT"), host(), state(), sampleRecords());
        assertThatThrownBy(() -> PensionHttp.send(base, garbage, (status, body) -> translator().contributionAcknowledgementOf(report,
                PensionSamples.MESSAGE_ID, status, body, PensionHttp.now())))
                .isInstanceOf(RegistryFormatException.class).isNotInstanceOf(PensionFundUnavailableException.class)
                .hasMessageContaining("HTTP 400");
    }

    // ------------------------------------------------------------------ streaming

    @Test
    void streamsAHundredThousandRecordsThroughTheFundWithin64MiBOfHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                PensionStreamingRun.class.getName(), state().name(), "100000", String.join(",", validCivilIds()))
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        System.out.println(output.strip());
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("OK state=" + state(), "accepted=100000", "received=100000", "maxHeapMiB=");
    }

    // ------------------------------------------------------------------ settings

    @Test
    void theOperatorCanChangePathsInstitutionAndCodesAndATypoIsRefused() throws IOException {
        String prefix = "jisr.adapters." + state().code().toLowerCase();
        CountryAdapter configured = adapter().configured(AdapterSettings.of(prefix, Map.of(
                "pension.contribution-path", "/fund/v2/reports", "pension.institution", "FUND-2", "pension.record.accepted", "TAKEN",
                "pension.month-pattern", "yyyy.MM")));
        NationalPensionSystem system = (NationalPensionSystem) configured.pensionSystem();
        assertThat(system.institution()).isEqualTo(state().code() + ":FUND-2");
        assertThat(system.contributionPath().template()).isEqualTo("/fund/v2/reports");
        byte[] answer;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            system.format().writeContributionAnswer(NationalContributionAnswer.processed("R-1", ANSWERED_AT, 1, 0),
                    List.of(result(1, RecordOutcome.ACCEPTED, null, null)).iterator(), out);
            answer = out.toByteArray();
        }
        assertThat(new String(answer, StandardCharsets.UTF_8)).contains("TAKEN");
        assertThat(system.format().readContributionAnswer(new ByteArrayInputStream(answer)).results().get(0).getOutcome())
                .isEqualTo(RecordOutcome.ACCEPTED);
        assertThatThrownBy(() -> format().readContributionAnswer(new ByteArrayInputStream(answer)))
                .isInstanceOf(RegistryFormatException.class).hasMessageContaining("TAKEN");
        ContributionReport report = PensionSamples.report("R-1", host(), state(), sampleRecords());
        byte[] file;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            system.format().writeContributionReport(report, sampleRecords().iterator(), out);
            file = out.toByteArray();
        }
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("2026.10");
        assertThatThrownBy(() -> adapter().configured(AdapterSettings.of(prefix, Map.of("pension.contribution-pth", "/x"))))
                .isInstanceOf(InvalidAdapterSettingException.class).hasMessageContaining("pension.contribution-pth");
        assertThatThrownBy(() -> adapter().configured(AdapterSettings.of(prefix, Map.of("pension.institution", "not a code"))))
                .isInstanceOf(InvalidAdapterSettingException.class);
    }

    @Test
    void theDefaultCodesAreAcceptedAsSettings() {
        PensionFields fields = ((SegmentedPensionFormat) format()).fields();
        Map<String, String> settings = new java.util.HashMap<>();
        for (ReportOutcome value : ReportOutcome.values()) {
            settings.put("pension.report." + value.name().toLowerCase().replace('_', '-'), fields.reportOutcomes().write(value));
        }
        for (RecordOutcome value : RecordOutcome.values()) {
            settings.put("pension.record." + value.name().toLowerCase(), fields.recordOutcomes().write(value));
        }
        for (AcknowledgementOutcome value : AcknowledgementOutcome.values()) {
            settings.put("pension.outcome." + value.name().toLowerCase(), fields.outcomes().write(value));
        }
        settings.put("pension.institution", translator().institution().substring(3));
        CountryAdapter configured = adapter().configured(AdapterSettings.of("jisr.adapters." + state().code().toLowerCase(), settings));
        assertThat(configured.pensionSystem().institution()).isEqualTo(translator().institution());
    }

    // ------------------------------------------------------------------ plumbing

    protected byte[] writeReport(ContributionReport report, List<ContributionRecord> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format().writeContributionReport(report, records.iterator(), out);
        return out.toByteArray();
    }

    protected ContributionReport readReport(byte[] file, List<ContributionLine> lines) throws IOException {
        try (ContributionFileReader reader = translator().contributionReportOf(new ByteArrayInputStream(file))) {
            reader.forEachRemaining(lines::add);
            return reader.header();
        }
    }

    private byte[] writeAnswer(NationalContributionAnswer answer, List<RecordResult> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format().writeContributionAnswer(answer, results.iterator(), out);
        return out.toByteArray();
    }

    private static RecordResult result(int sequence, RecordOutcome outcome, String code, String reason) {
        RecordResult result = new RecordResult();
        result.setSequence(sequence);
        result.setOutcome(outcome);
        result.setReasonCode(code);
        result.setReason(reason);
        return result;
    }

    /** Civil IDs the state's rules accept, found by trying numbers after {@code stem} (check digits make most fail). */
    protected static List<String> civilIdsAccepted(CountryAdapter adapter, String stem, int digits, int wanted) {
        List<String> found = new ArrayList<>();
        for (int i = 0; found.size() < wanted && i < 100_000; i++) {
            String candidate = stem + String.format("%0" + digits + "d", i);
            try {
                adapter.civilIds().parse(candidate);
                found.add(candidate);
            } catch (RuntimeException e) {
                // a check digit that fails: try the next number
            }
        }
        assertThat(found).as("civil IDs after %s", stem).hasSize(wanted);
        return found;
    }

    protected void golden(String name, byte[] actual) throws IOException {
        if (Boolean.getBoolean("jisr.golden.write")) {
            Path file = Path.of("src/test/resources" + goldenFolder() + name);
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
            return;
        }
        try (InputStream in = getClass().getResourceAsStream(goldenFolder() + name)) {
            assertThat(in).as("golden file " + goldenFolder() + name).isNotNull();
            assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
