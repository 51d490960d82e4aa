package gcc.jisr.gateway.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.dates.HijriDates;
import gcc.jisr.adapters.kw.KuwaitPensionFormat;
import gcc.jisr.adapters.sa.SaudiPensionFormat;
import gcc.jisr.adapters.sim.PensionFundSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.traffic.v1.TrackingEvent;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.testing.AgencyClients;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real gateways on loopback, Saudi Arabia and Kuwait, whose funds speak their national formats: GOSI submits in
 * the Saudi national JSON with Hijri dates, the Saudi gateway reads it through the Saudi adapter, the Kuwaiti gateway
 * hands the report to PIFSS in the Kuwaiti national XML through the Kuwaiti adapter, and PIFSS's national answer comes
 * back as a result per record. A network of its own, because the shared one's funds speak the canonical documents.
 */
class NationalPensionDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PKI = Path.of("target", "pension-national-pki");
    private static final HijriDates SAUDI_DATES = HijriDates.ofPattern(SaudiPensionFormat.DEFAULT_HIJRI_PATTERN);

    private static LocalGccNetwork network;

    @BeforeAll
    static void startSaudiArabiaAndKuwaitWithNationalFunds() {
        network = LocalGccNetwork.onFreePorts(List.of(GccState.SA, GccState.KW)).start(PKI,
                "changeit", Map.of("jisr.outbox.poll-interval", "100ms", "jisr.outbox.retry.first-interval", "500ms",
                        "jisr.outbox.retry.max-interval", "2s", "jisr.pension.fund.format", "NATIONAL"));
    }

    @AfterAll
    static void stop() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void aSaudiReportWithHijriDatesReachesTheKuwaitiFundInItsXmlAndEveryRecordIsAnswered() throws Exception {
        String reportId = "GOSI-NAT-" + System.nanoTime();
        List<String> records = ContributionReports.records(20);
        // One record the Kuwaiti fund rejects (contributions above the wage), one whose Hijri birth date is no date.
        records.set(4, ContributionReports.record(5, ContributionReports.kuwaitiCivilId(5), "100.00", "60.00", "60.00", "SAR"));
        records.set(11, records.get(11).replace("1988-01-15", "1990-03-03"));
        String nationalFile = NationalFiles.report(new SaudiPensionFormat(), ContributionReports.header(reportId, records), records);
        String birth = SAUDI_DATES.format(LocalDate.of(1988, 1, 15));
        String brokenBirth = SAUDI_DATES.format(LocalDate.of(1990, 3, 3));
        assertThat(nationalFile).contains(birth).doesNotContain("1988-01-15");
        String impossible = brokenBirth.substring(0, 5) + "13/40";
        nationalFile = nationalFile.replace(brokenBirth, impossible);
        int brokenLine = NationalFiles.lineOf(nationalFile, impossible);
        PensionFundSimulator kuwaitiFund = fund(GccState.KW);
        long before = kuwaitiFund.contributionRecordsReceived();

        HttpResponse<String> response = post(GccState.SA, PensionController.NATIONAL_REPORTS, SaudiPensionFormat.CONTENT_TYPE,
                nationalFile);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(accepted.path("recordCount").asInt()).isEqualTo(20);
        assertThat(accepted.path("forwardedCount").asInt()).isEqualTo(19);
        assertThat(accepted.path("refusedRecord")).singleElement().satisfies(refused -> {
            assertThat(refused.path("index").asInt()).isEqualTo(11);
            assertThat(refused.path("sequence").asInt()).isEqualTo(12);
            assertThat(refused.path("code").asText()).isEqualTo("JISR-400-DATE");
            assertThat(refused.path("field").asText()).isEqualTo("/person/dateOfBirth");
            assertThat(refused.path("reason").asText()).contains("line " + brokenLine + ":");
        });

        String trackingId = accepted.path("trackingId").asText();
        TrackingRecord record = await(GccState.SA, trackingId, r -> r.getStatus() == TrackingStatus.ACKNOWLEDGED);
        assertThat(record.getHistory().stream().map(TrackingEvent::getEvent).toList())
                .containsSubsequence("ACCEPTED", "FORWARDED", "DELIVERED", "ACKNOWLEDGED");
        assertThat(jdbc(GccState.SA).queryForObject("SELECT detail FROM status_history WHERE message_id = ? AND event = "
                + "'ACKNOWLEDGED'", String.class, trackingId)).contains("accepted 18 and rejected 1");
        assertThat(kuwaitiFund.contributionRecordsReceived() - before).isEqualTo(19);
        assertThat(kuwaitiFund.reportDeliveries("SA:GOSI", reportId)).isEqualTo(1);

        HttpResponse<String> results = gosi().send(HttpRequest.newBuilder(URI.create(network.node(GccState.SA).nationalUrl()
                + PensionController.REPORTS + "/" + trackingId + "/acknowledgement")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> lines = results.body().lines().toList();
        assertThat(lines).hasSize(1 + 19);
        assertThat(JSON.readTree(lines.get(0)).path("acknowledgedBy").asText()).isEqualTo("KW:PIFSS");
        assertThat(lines.stream().skip(1).filter(line -> line.contains("REJECTED")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("\"sequence\":5", "CONTRIBUTION_RATE"));
    }

    @Test
    void aSaudiStatementInHijriDatesIsRecordedByTheKuwaitiFundInItsOwnFormat() throws Exception {
        ServicePeriodStatement statement = TrafficJson.read(TrafficJson.tree(example("service-periods-ae-gpssa-omani-in-abu-dhabi.json")
                .replace("AE:GPSSA", "SA:GOSI").replace("OM:SPF", "KW:PIFSS").replace("\"OM\"", "\"KW\"")
                .replace("10468723", ContributionReports.kuwaitiCivilId(42))
                .replace("GPSSA-SP-2026-004512", "GOSI-SP-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8)),
                ServicePeriodStatement.class);
        String nationalFile = new String(new SaudiPensionFormat().writeStatement(statement), StandardCharsets.UTF_8);
        assertThat(nationalFile).contains(SAUDI_DATES.format(LocalDate.of(2015, 3, 1))).doesNotContain("2015-03-01");
        int before = fund(GccState.KW).statementsReceived();

        HttpResponse<String> response = post(GccState.SA, PensionController.NATIONAL_STATEMENTS, SaudiPensionFormat.CONTENT_TYPE,
                nationalFile);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String trackingId = JSON.readTree(response.body()).path("trackingId").asText();
        await(GccState.SA, trackingId, r -> r.getStatus() == TrackingStatus.ACKNOWLEDGED);
        assertThat(jdbc(GccState.SA).queryForObject("SELECT detail FROM status_history WHERE message_id = ? AND event = "
                + "'ACKNOWLEDGED'", String.class, trackingId)).contains("RECORDED");
        assertThat(fund(GccState.KW).statementsReceived() - before).isEqualTo(1);
    }

    @Test
    void theNationalFaceTakesOnlyItsStatesMediaType() throws Exception {
        HttpResponse<String> response = post(GccState.SA, PensionController.NATIONAL_REPORTS, KuwaitPensionFormat.CONTENT_TYPE,
                "<ContributionReport/>");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("JISR-415-MEDIA-TYPE");
    }

    private static String example(String name) throws Exception {
        try (InputStream in = NationalPensionDeliveryTest.class.getResourceAsStream("/pension/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** GOSI's system, with its agency certificate: the host institution of every document here, and their reader. */
    private static HttpClient gosi() {
        return AgencyClients.http(PKI, GccState.SA, "GOSI");
    }

    private static HttpResponse<String> post(GccState state, String path, String contentType, String body) throws Exception {
        return gosi().send(HttpRequest.newBuilder(URI.create(network.node(state).nationalUrl() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PensionFundSimulator fund(GccState state) {
        return network.context(state).getBean(PensionConfiguration.SimulatedFund.class).national();
    }

    private static JdbcTemplate jdbc(GccState state) {
        return network.context(state).getBean(JdbcTemplate.class);
    }

    private static TrackingRecord await(GccState state, String trackingId, Predicate<TrackingRecord> condition) throws InterruptedException {
        TrafficTracking tracking = network.context(state).getBean(TrafficTracking.class);
        Instant deadline = Instant.now().plus(PATIENCE);
        TrackingRecord last = null;
        while (Instant.now().isBefore(deadline)) {
            last = tracking.find(trackingId).orElse(null);
            if (last != null && condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("tracking " + trackingId + " at " + state + " did not reach the condition; last: "
                + (last == null ? "none" : last.getStatus() + " " + last.getHistory().stream().map(TrackingEvent::getEvent).toList()));
    }
}
