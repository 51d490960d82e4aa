package gcc.jisr.routes.pension;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NdjsonReportStreamTest {

    static final String HEADER = "{\"reportId\":\"GOSI-1\",\"recordCount\":2}";
    static final String RECORD = "{\"sequence\":%d,\"currency\":\"SAR\",\"wage\":\"10\",\"employeeContribution\":\"1\","
            + "\"employerContribution\":\"2\"}";

    @Test
    void aRecordWithAKeyGivenTwiceIsRefusedOnItsOwnNamingTheKey() throws Exception {
        String twice = RECORD.formatted(1).replace("\"wage\":\"10\"", "\"wage\":\"10\",\"wage\":\"99999\"");
        NdjsonReportStream stream = stream(HEADER + "\n" + twice + "\n" + RECORD.formatted(2) + "\n");
        stream.header();

        ReportStream.Item refused = stream.next();
        assertThat(refused.unreadable()).isNotNull();
        assertThat(refused.unreadable().error()).isEqualTo(JisrError.MALFORMED);
        assertThat(refused.unreadable().getMessage()).contains("Duplicate field 'wage'");
        ReportStream.Item next = stream.next();
        assertThat(next.unreadable()).isNull();
        assertThat(next.tree().path("sequence").asInt()).isEqualTo(2);
    }

    @Test
    void aHeaderWithAKeyGivenTwiceRefusesTheReport() {
        NdjsonReportStream stream = stream("{\"reportId\":\"GOSI-1\",\"reportId\":\"GOSI-2\"}\n" + RECORD.formatted(1));

        assertThatThrownBy(stream::header).isInstanceOfSatisfying(JisrException.class, e -> {
            assertThat(e.error()).isEqualTo(JisrError.MALFORMED);
            assertThat(e.getMessage()).contains("Duplicate field 'reportId'");
        });
    }

    private static NdjsonReportStream stream(String ndjson) {
        return new NdjsonReportStream(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), 64 * 1024);
    }
}
