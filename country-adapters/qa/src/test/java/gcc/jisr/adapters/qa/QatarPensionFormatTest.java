package gcc.jisr.adapters.qa;

import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.ContributionLine;
import gcc.jisr.adapters.pension.PensionSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GRSIA's CSV: RFC 4180 quoting, CRLF, and a broken line reported as its record's problem. */
class QatarPensionFormatTest {

    private static final QatarPensionFormat FORMAT = new QatarPensionFormat();

    private static String written() throws IOException {
        List<ContributionRecord> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            records.add(PensionSamples.record(i, "2856340000" + i, GccState.QA, CurrencyCode.QAR));
        }
        records.get(1).getPerson().setFullNameLatin("Al-Kuwari, Hamad");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writeContributionReport(PensionSamples.report("CSV-1", GccState.SA, GccState.QA, records), records.iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<ContributionLine> read(String file) throws IOException {
        List<ContributionLine> lines = new ArrayList<>();
        try (ContributionFileReader reader = FORMAT.readContributionReport(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    @Test
    void quotesAFieldHoldingACommaOrAQuoteAndEndsLinesInCrLf() throws IOException {
        String csv = written();
        assertThat(csv).contains(",\"Al-Kuwari, Hamad\",", "\"\"أبو خالد\"\"").contains("\r\n");
        assertThat(read(csv).get(1).record().getPerson().getFullNameLatin()).isEqualTo("Al-Kuwari, Hamad");
    }

    @Test
    void aLineWithAColumnMissingOrAnOpenQuoteIsThatRecordsProblem() throws IOException {
        String csv = written();
        String broken = csv.replace(",\"Al-Kuwari, Hamad\",", ",\"Al-Kuwari, Hamad,");
        List<ContributionLine> lines = read(broken);
        assertThat(lines).extracting(ContributionLine::readable).containsExactly(true, false, true);
        assertThat(lines.get(1).problem().reason()).contains("quote");

        List<ContributionLine> short_ = read(csv.replace(",\"Al-Kuwari, Hamad\",", ","));
        assertThat(short_).extracting(ContributionLine::readable).containsExactly(true, false, true);
        assertThat(short_.get(1).problem().reason()).contains("13 fields");
        assertThat(short_.get(1).problem().sequence()).isEqualTo(2);
    }
}
