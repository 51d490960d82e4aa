package gcc.jisr.gateway.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.bh.BahrainPensionFormat;
import gcc.jisr.adapters.pension.NationalPensionFormat;
import gcc.jisr.adapters.qa.QatarPensionFormat;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.network.SharedGccNetwork;
import gcc.jisr.gateway.testing.AgencyClients;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national face of the host gateways of the shared network (whose funds speak the canonical documents): a Qatari
 * CSV and a Bahraini fixed-width report go through the same intake as NDJSON, a record refused on its own names its
 * line in the national file, totals that do not add up refuse the file whole; and a service-period statement whose
 * totals are not its periods' is refused with the difference.
 */
@ExtendWith(SharedGccNetwork.class)
class NationalPensionIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static LocalGccNetwork network;

    @BeforeAll
    static void joinTheNetwork() {
        network = SharedGccNetwork.network();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"QA, GRSIA, QAR", "BH, SIO, BHD"})
    void aCsvOrFixedWidthReportIsReadAsAStreamAndABrokenRecordIsNamedByItsLine(GccState host, String institution,
                                                                                String currency) throws Exception {
        String reportId = institution + "-NAT-" + System.nanoTime();
        List<String> records = ContributionReports.records(12).stream().map(r -> r.replace("\"SAR\"", "\"" + currency + "\"")).toList();
        records = new java.util.ArrayList<>(records);
        // Kuwait's check digit fails: a record the national file carries well but the contract refuses.
        String good = ContributionReports.kuwaitiCivilId(7);
        String badCheckDigit = good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10);
        records.set(6, records.get(6).replace(good, badCheckDigit));
        String header = ContributionReports.header(reportId, records).replace("SA:GOSI", host + ":" + institution);
        String file = NationalFiles.report(format(host), header, records);
        int badLine = NationalFiles.lineOf(file, badCheckDigit);

        HttpResponse<String> response = post(host, institution, PensionController.NATIONAL_REPORTS, format(host).contentType(), file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(accepted.path("recordCount").asInt()).isEqualTo(12);
        assertThat(accepted.path("forwardedCount").asInt()).isEqualTo(11);
        assertThat(accepted.path("refusedRecord")).singleElement().satisfies(refused -> {
            assertThat(refused.path("index").asInt()).isEqualTo(6);
            assertThat(refused.path("code").asText()).isEqualTo("JISR-400-CIVIL-ID");
            assertThat(refused.path("field").asText()).isEqualTo("/person/civilId");
            assertThat(refused.path("reason").asText()).startsWith("line " + badLine + ": ").doesNotContain(badCheckDigit);
        });
        TrackingRecord record = await(host, accepted.path("trackingId").asText());
        assertThat(network.context(host).getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "SELECT detail FROM status_history WHERE message_id = ? AND event = 'ACKNOWLEDGED'", String.class,
                record.getTrackingId())).contains("accepted 11 and rejected 0");
    }

    @Test
    void aNationalReportWhoseRecordsDoNotAddUpIsRefusedWholeWithTheDifference() throws Exception {
        List<String> records = ContributionReports.records(5).stream().map(r -> r.replace("\"SAR\"", "\"QAR\"")).toList();
        String header = ContributionReports.header("GRSIA-NAT-TOT-" + System.nanoTime(), records)
                .replace("SA:GOSI", "QA:GRSIA").replace("\"recordCount\":5", "\"recordCount\":6");

        HttpResponse<String> response = post(GccState.QA, "GRSIA", PensionController.NATIONAL_REPORTS, QatarPensionFormat.CONTENT_TYPE,
                NationalFiles.report(new QatarPensionFormat(), header, records));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("JISR-422-BATCH-TOTALS");
        assertThat(response.body()).contains("declared 6, counted 5");
    }

    @Test
    void aNationalFileWhoseHeadCannotBeReadIsRefusedAsMalformed() throws Exception {
        HttpResponse<String> response = post(GccState.QA, "GRSIA", PensionController.NATIONAL_REPORTS, QatarPensionFormat.CONTENT_TYPE,
                "this is not a GRSIA file\r\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("JISR-400-MALFORMED");
    }

    @Test
    void aStatementWhoseTotalsAreNotItsPeriodsIsRefusedWithTheDifference() throws Exception {
        String statement = example("service-periods-ae-gpssa-omani-in-abu-dhabi.json")
                .replace("GPSSA-SP-2026-004512", "GPSSA-SP-TOT-" + System.nanoTime())
                .replace("\"months\": 3,", "\"months\": 1,");

        HttpResponse<String> response = post(GccState.AE, "GPSSA", PensionController.STATEMENTS, "application/json", statement);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo("JISR-422-PERIOD-TOTALS");
        assertThat(response.body()).contains("/totals").contains("declared 11y 1m 0d, the periods add up to 11y 3m 0d")
                .contains("difference +60 day(s)");
    }

    @Test
    void overlappingPeriodsCountOnceInAStatementsTotals() throws Exception {
        // Voluntary insurance from the day after the first employment to 30 June 2021, overlapping the second one: one
        // stretch from 1 March 2015 to 30 June 2026, 11 years 4 months (added up period by period: 11 years 9 months).
        String statement = example("service-periods-ae-gpssa-omani-in-abu-dhabi.json")
                .replace("GPSSA-SP-2026-004512", "GPSSA-SP-OVL-" + System.nanoTime())
                .replace("\"from\": \"2019-09-15\"", "\"from\": \"2019-09-01\"")
                .replace("\"to\": \"2021-01-14\"", "\"to\": \"2021-06-30\"")
                .replace("\"months\": 3,\n    \"days\": 0", "\"months\": 4,\n    \"days\": 0");

        HttpResponse<String> response = post(GccState.AE, "GPSSA", PensionController.STATEMENTS, "application/json", statement);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private static NationalPensionFormat format(GccState state) {
        return state == GccState.QA ? new QatarPensionFormat() : new BahrainPensionFormat();
    }

    private static String example(String name) throws Exception {
        try (InputStream in = NationalPensionIntakeTest.class.getResourceAsStream("/pension/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** As the state's pension institution does, with its agency certificate: the host institution its documents name. */
    private static HttpResponse<String> post(GccState state, String institution, String path, String contentType, String body)
            throws Exception {
        HttpClient agency = AgencyClients.http(SharedGccNetwork.pki().directory(), state, institution);
        return agency.send(HttpRequest.newBuilder(URI.create(network.node(state).nationalUrl() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static TrackingRecord await(GccState state, String trackingId) throws InterruptedException {
        TrafficTracking tracking = network.context(state).getBean(TrafficTracking.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        TrackingRecord last = null;
        while (Instant.now().isBefore(deadline)) {
            last = tracking.find(trackingId).orElse(null);
            if (last != null && last.getStatus() == TrackingStatus.ACKNOWLEDGED) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("tracking " + trackingId + " at " + state + " was not acknowledged; last: "
                + (last == null ? "none" : last.getStatus()));
    }
}
