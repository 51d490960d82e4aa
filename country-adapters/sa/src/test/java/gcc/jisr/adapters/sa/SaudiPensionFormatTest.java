package gcc.jisr.adapters.sa;

import gcc.jisr.adapters.AdapterSettings;
import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.ContributionLine;
import gcc.jisr.adapters.pension.PensionSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GOSI's JSON: Hijri (Umm al-Qura) dates both ways, read strictly, in Arabic-Indic digits too. */
class SaudiPensionFormatTest {

    private static final SaudiPensionFormat FORMAT = new SaudiPensionFormat();
    /** 23 November 2024 is 21 Jumada al-Awwal 1446 in the Umm al-Qura calendar. */
    private static final LocalDate GREGORIAN = LocalDate.of(2024, 11, 23);
    private static final String HIJRI = "1446/05/21";

    private static List<ContributionRecord> records() {
        List<ContributionRecord> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ContributionRecord record = PensionSamples.record(i, "101234560" + i, GccState.SA, CurrencyCode.KWD);
            records.add(record);
        }
        records.get(1).getPerson().setDateOfBirth(GREGORIAN);
        return records;
    }

    private static String written() throws IOException {
        List<ContributionRecord> records = records();
        ContributionReport report = PensionSamples.report("HIJRI-1", GccState.KW, GccState.SA, records);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writeContributionReport(report, records.iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<ContributionLine> read(String json) throws IOException {
        List<ContributionLine> lines = new ArrayList<>();
        try (ContributionFileReader reader = FORMAT.readContributionReport(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    @Test
    void writesDatesOfBirthAsUmmAlQuraHijriDates() throws IOException {
        String json = written();
        assertThat(json).contains("\"dateOfBirth\":\"" + HIJRI + "\"").doesNotContain("2024-11-23");
        assertThat(read(json).get(1).record().getPerson().getDateOfBirth()).isEqualTo(GREGORIAN);
    }

    @Test
    void readsHijriDatesWrittenInArabicIndicDigits() throws IOException {
        String json = written().replace(HIJRI, "١٤٤٦/٠٥/٢١");
        assertThat(read(json).get(1).record().getPerson().getDateOfBirth()).isEqualTo(GREGORIAN);
    }

    @Test
    void refusesAHijriDateThatDoesNotExistAsThatRecordsProblem() throws IOException {
        List<ContributionLine> lines = read(written().replace(HIJRI, "1446/13/01"));
        assertThat(lines).extracting(ContributionLine::readable).containsExactly(true, false, true);
        assertThat(lines.get(1).problem().field()).isEqualTo("/person/dateOfBirth");
        assertThat(lines.get(1).problem().error()).isEqualTo(JisrError.INVALID_DATE);
        assertThat(lines.get(1).problem().reason()).contains("Umm al-Qura");
    }

    @Test
    void writesServicePeriodsInHijriAndReadsThemBackAsTheSameGregorianDays() {
        ServicePeriodStatement statement = PensionSamples.statement("STM-1", GccState.KW, GccState.SA, "1012345607");
        statement.getPeriod().get(0).setFrom(GREGORIAN);
        statement.getPeriod().get(0).setTo(GREGORIAN.plusDays(1));
        String json = new String(FORMAT.writeStatement(statement), StandardCharsets.UTF_8);
        assertThat(json).contains("\"from\":\"" + HIJRI + "\"", "\"to\":\"1446/05/22\"");
        assertThat(FORMAT.readStatement(json.getBytes(StandardCharsets.UTF_8)).getPeriod().get(0).getFrom()).isEqualTo(GREGORIAN);
    }

    @Test
    void theOperatorCanChangeTheHijriPattern() throws IOException {
        SaudiPensionFormat configured = FORMAT.configured(AdapterSettings.of("jisr.adapters.sa",
                Map.of(SaudiPensionFormat.HIJRI_DATE_PATTERN, "dd/MM/yyyy")));
        ServicePeriodStatement statement = PensionSamples.statement("STM-2", GccState.KW, GccState.SA, "1012345607");
        statement.getPeriod().get(0).setFrom(GREGORIAN);
        assertThat(new String(configured.writeStatement(statement), StandardCharsets.UTF_8)).contains("\"from\":\"21/05/1446\"");
    }

    @Test
    void aRecordWithAMemberOutsideTheLayoutIsReportedOnItsOwn() throws IOException {
        List<ContributionLine> lines = read(written().replace("\"sequence\":\"2\",", "\"sequence\":\"2\",\"bonus\":\"5\","));
        assertThat(lines).extracting(ContributionLine::readable).containsExactly(true, false, true);
        assertThat(lines.get(1).problem().sequence()).isEqualTo(2);
        assertThat(lines.get(1).problem().reason()).contains("bonus");
    }
}
