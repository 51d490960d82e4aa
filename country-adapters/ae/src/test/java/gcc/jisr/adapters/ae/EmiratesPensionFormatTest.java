package gcc.jisr.adapters.ae;

import gcc.jisr.adapters.pension.ContributionFileReader;
import gcc.jisr.adapters.pension.ContributionLine;
import gcc.jisr.adapters.pension.PensionSamples;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GPSSA's pipe-delimited file: amounts in whole fils of the record's own currency. */
class EmiratesPensionFormatTest {

    private static final EmiratesPensionFormat FORMAT = new EmiratesPensionFormat();

    private static String written(CurrencyCode currency, String wage) throws IOException {
        List<ContributionRecord> records = List.of(PensionSamples.record(1, "784198512345608", GccState.AE, currency, wage, "1", "1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMAT.writeContributionReport(PensionSamples.report("PIPE-1", GccState.SA, GccState.AE, records), records.iterator(), out);
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
    void writesAmountsInTheMinorUnitsOfEachRecordsCurrency() throws IOException {
        assertThat(written(CurrencyCode.AED, "21000.75")).contains("|2100075|100|100|AED|");
        assertThat(written(CurrencyCode.OMR, "21000.75")).contains("|21000750|1000|1000|OMR|");
        assertThat(read(written(CurrencyCode.OMR, "21000.75")).get(0).record().getWage()).isEqualTo(new BigDecimal("21000.750"));
    }

    @Test
    void aFractionOfAFilsIsThatRecordsAmountProblem() throws IOException {
        List<ContributionLine> lines = read(written(CurrencyCode.AED, "21000.75").replaceAll("(?m)^(REC\\|.*)\\|2100075\\|", "$1|2100075.5|"));
        assertThat(lines.get(0).problem().error()).isEqualTo(JisrError.INVALID_AMOUNT);
        assertThat(lines.get(0).problem().field()).isEqualTo("/wage");
    }
}
