package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.routes.traffic.TrafficJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The receiving gateway's streaming read of a record's amounts must answer exactly as the read of its tree. */
class RecordAmountsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"sequence\":1,\"person\":{\"civilId\":\"288011500017\",\"pin\":[{\"number\":\"1\"}]},\"wage\":\"1500.250\","
                    + "\"employeeContribution\":\"157.526\",\"employerContribution\":\"172.529\",\"currency\":\"KWD\"}",
            "{\"currency\":\"SAR\",\"wage\":\"10\",\"employeeContribution\":\"0.9\",\"employerContribution\":\"0.90\"}",
            "{\"currency\":\"SAR\",\"wage\":\"10\",\"employeeContribution\":\"0.9\",\"employerContribution\":\"0.90\"} trailing",
            "{\"currency\":\"SAR\",\"wage\":\"10\",\"wage\":\"20\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "{\"currency\":\"SAR\",\"wage\":10,\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "{\"currency\":\"SAR\",\"wage\":\"ten\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "{\"currency\":\"XXX\",\"wage\":\"10\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "{\"currency\":null,\"wage\":\"10\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "{\"currency\":\"SAR\",\"currency\":5,\"wage\":\"10\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "{\"wage\":\"10\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "{\"currency\":\"SAR\",\"wage\":\"10\",\"employeeContribution\":\"1\"}",
            "{\"currency\":\"SAR\",\"wage\":\"10\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"",
            "{\"currency\":\"SAR\",\"person\":{bad},\"wage\":\"10\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}",
            "[{\"currency\":\"SAR\",\"wage\":\"10\",\"employeeContribution\":\"1\",\"employerContribution\":\"2\"}]",
            "{\"currency\":\"OMR\",\"wage\":\"-0.001\",\"employeeContribution\":\"1E+3\",\"employerContribution\":\"٣\"}",
            "\"SAR\"", "", "   ", "{}", "null"})
    void readsWhatTheTreeReadReads(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);

        assertThat(RecordAmounts.read(bytes, 0, bytes.length)).isEqualTo(fromTree(bytes));
        byte[] amidOthers = ("{\"other\":1}\n" + line + "\n{}").getBytes(StandardCharsets.UTF_8);
        assertThat(RecordAmounts.read(amidOthers, 12, bytes.length)).isEqualTo(fromTree(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KWD", "SAR", "AED", "QAR", "BHD", "OMR"})
    void aRecordOfEachCurrencyIsReadExactly(String currency) {
        byte[] line = ("{\"currency\":\"" + currency + "\",\"wage\":\"1234.567\",\"employeeContribution\":\"0.10\","
                + "\"employerContribution\":\"0\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(RecordAmounts.read(line, 0, line.length)).isEqualTo(new ContributionRecordCheck.Amounts(CurrencyCode.fromValue(currency),
                new BigDecimal("1234.567"), new BigDecimal("0.10"), new BigDecimal("0")));
    }

    /** What the receiving gateway read before: the tree of the line, then its amounts. */
    private static ContributionRecordCheck.Amounts fromTree(byte[] line) {
        JsonNode record;
        try {
            record = TrafficJson.mapper().readTree(line);
        } catch (IOException e) {
            return null;
        }
        return record == null ? null : ContributionRecordCheck.amountsOf(record);
    }
}
