package gcc.jisr.gateway.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.bh.CprCheckDigit;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.TrackingEvent;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.network.SharedGccNetwork;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pension messages between real gateways on loopback, over mutual TLS: a contribution report posted as NDJSON to the
 * host state's gateway is checked record by record, sealed to the home state's key in parts, reassembled and checked
 * again at the home state's gateway, handed to its fund as a stream, and every record's answer comes back; statements
 * and each kind of notice reach the receiving fund and are acknowledged; what does not add up is refused whole; and
 * the sending gateway's archive, store and logs never show a person's data in clear.
 */
@ExtendWith({SharedGccNetwork.class, OutputCaptureExtension.class})
class PensionNetworkTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    static LocalGccNetwork network;

    @BeforeAll
    static void joinTheNetwork() {
        network = SharedGccNetwork.network();
    }

    @Test
    void aReportOfAThousandRecordsTravelsSealedInPartsAndEveryRecordIsAnsweredByTheHomeFund(CapturedOutput output)
            throws Exception {
        String reportId = "GOSI-T-" + System.nanoTime();
        List<String> records = ContributionReports.records(1000);
        // Two records the gateway refuses on their own (a civil ID whose check digit is wrong, a sequence used twice),
        // and one the Kuwaiti fund rejects (contributions above the wage).
        String good = ContributionReports.kuwaitiCivilId(5000);
        String badCheckDigit = good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10);
        records.set(99, ContributionReports.record(100, badCheckDigit, "100.00", "1.00", "1.00", "SAR"));
        records.set(199, ContributionReports.record(50, ContributionReports.kuwaitiCivilId(6000), "100.00", "1.00", "1.00", "SAR"));
        records.set(299, ContributionReports.record(300, ContributionReports.kuwaitiCivilId(300), "100.00", "60.00", "60.00", "SAR"));
        int fundBefore = fund(GccState.KW).recordsReceived();

        HttpResponse<String> response = post(GccState.SA, PensionController.REPORTS, PensionController.NDJSON,
                ContributionReports.ndjson(ContributionReports.header(reportId, records), records));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(accepted.path("recordCount").asInt()).isEqualTo(1000);
        assertThat(accepted.path("forwardedCount").asInt()).isEqualTo(998);
        assertThat(accepted.path("refusedRecord")).hasSize(2);
        assertThat(accepted.path("refusedRecord").get(0).path("index").asInt()).isEqualTo(99);
        assertThat(accepted.path("refusedRecord").get(0).path("code").asText()).isEqualTo("JISR-400-CIVIL-ID");
        assertThat(accepted.path("refusedRecord").get(0).path("field").asText()).isEqualTo("/person/civilId");
        assertThat(accepted.path("refusedRecord").get(1).path("index").asInt()).isEqualTo(199);
        assertThat(accepted.path("refusedRecord").get(1).path("sequence").asInt()).isEqualTo(50);
        assertThat(accepted.path("refusedRecord").get(1).path("code").asText()).isEqualTo("JISR-400-DUPLICATE-RECORD");

        String trackingId = accepted.path("trackingId").asText();
        TrackingRecord record = await(GccState.SA, trackingId, r -> r.getStatus() == TrackingStatus.ACKNOWLEDGED);
        assertThat(events(record)).containsSubsequence("ACCEPTED", "FORWARDED", "DELIVERED", "ACKNOWLEDGED");
        assertThat(record.getHistory().get(record.getHistory().size() - 1).getEvent()).isEqualTo("ACKNOWLEDGED");
        String acknowledged = jdbc(GccState.SA).queryForObject("SELECT detail FROM status_history WHERE message_id = ? "
                + "AND event = 'ACKNOWLEDGED'", String.class, trackingId);
        assertThat(acknowledged).contains("accepted 997 and rejected 1");
        assertThat(fund(GccState.KW).recordsReceived() - fundBefore).isEqualTo(998);
        assertThat(fund(GccState.KW).reports()).contains(reportId);
        // The parts: 998 records at 400 a part, each in an envelope of its own, each receipted.
        assertThat(jdbc(GccState.SA).queryForObject("SELECT COUNT(*) FROM outbox_entry WHERE tracking_id = ? "
                + "AND status = 'DELIVERED'", Integer.class, trackingId)).isEqualTo(3);

        // GOSI fetches the result of every record it sent: the header line, then 998 results, one of them REJECTED.
        HttpResponse<String> results = SharedGccNetwork.pensionInstitution(GccState.SA).send(HttpRequest.newBuilder(URI.create(network.node(GccState.SA).nationalUrl()
                + PensionController.REPORTS + "/" + trackingId + "/acknowledgement")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(results.statusCode()).isEqualTo(200);
        List<String> lines = results.body().lines().toList();
        assertThat(JSON.readTree(lines.get(0)).path("acceptedCount").asInt()).isEqualTo(997);
        assertThat(lines).hasSize(1 + 998);
        assertThat(lines.stream().skip(1).filter(line -> line.contains("REJECTED")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("\"sequence\":300", "CONTRIBUTION_EXCEEDS_WAGE"));

        assertNoPersonalDataInClearAtTheSender(output, records);
    }

    private void assertNoPersonalDataInClearAtTheSender(CapturedOutput output, List<String> records) {
        JdbcTemplate saudi = jdbc(GccState.SA);
        List<String> stored = new ArrayList<>();
        saudi.query("SELECT envelope FROM archive_record WHERE service LIKE 'gcc.pension.%'",
                rs -> { stored.add(new String(rs.getBytes(1), StandardCharsets.UTF_8)); });
        saudi.query("SELECT payload FROM tracked_message WHERE service LIKE 'gcc.pension.%'",
                rs -> { stored.add(new String(rs.getBytes(1), StandardCharsets.UTF_8)); });
        saudi.query("SELECT sealed FROM pension_part",
                rs -> { stored.add(new String(rs.getBytes(1), StandardCharsets.US_ASCII)); });
        assertThat(stored).isNotEmpty();
        assertThat(stored).anySatisfy(envelope -> assertThat(envelope).contains("\"sealed\":\"ey"));
        for (int i : new int[]{0, 1, 500, 999}) {
            String line = records.get(i);
            String civilId = line.substring(line.indexOf("\"civilId\":\"") + 11, line.indexOf("\"civilId\":\"") + 23);
            String name = ContributionReports.NAME_PREFIX + (i + 1);
            assertThat(stored).allSatisfy(text -> assertThat(text).doesNotContain(civilId).doesNotContain(name + "\""));
            assertThat(output.getAll()).doesNotContain(civilId).doesNotContain(name + "\"");
        }
    }

    @Test
    void aReportWhoseRecordsDoNotAddUpIsRefusedWholeWithTheDifferenceAndNothingIsForwarded() throws Exception {
        String reportId = "GOSI-TOTALS-" + System.nanoTime();
        List<String> records = ContributionReports.records(10);
        String header = ContributionReports.header(reportId, records).replace("\"recordCount\":10", "\"recordCount\":11");
        String wages = JSON.readTree(header).path("totals").path("currencyTotal").get(0).path("wages").asText();
        header = header.replace("\"wages\":\"" + wages + "\"", "\"wages\":\"" + new java.math.BigDecimal(wages)
                .subtract(new java.math.BigDecimal("0.50")).toPlainString() + "\"");
        int partsBefore = jdbc(GccState.SA).queryForObject("SELECT COUNT(*) FROM pension_part", Integer.class);

        HttpResponse<String> response = post(GccState.SA, PensionController.REPORTS, PensionController.NDJSON,
                ContributionReports.ndjson(header, records));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo("JISR-422-BATCH-TOTALS");
        assertThat(response.body()).contains("declared 11, counted 10").contains("difference +0.50")
                .contains("/totals/currencyTotal/0/wages");
        assertThat(jdbc(GccState.SA).queryForObject("SELECT COUNT(*) FROM tracked_message WHERE violation_reference = ?",
                Integer.class, reportId)).isZero();
        assertThat(jdbc(GccState.SA).queryForObject("SELECT COUNT(*) FROM pension_part", Integer.class)).isEqualTo(partsBefore);
    }

    @Test
    void partsStagedForAnUploadThatWasNeverAcceptedAreForgottenAndAcceptedOnesKept() throws Exception {
        JdbcTemplate saudi = jdbc(GccState.SA);
        List<String> records = ContributionReports.records(3);
        HttpResponse<String> response = post(GccState.SA, PensionController.REPORTS, PensionController.NDJSON,
                ContributionReports.ndjson(ContributionReports.header("GOSI-KEPT-" + System.nanoTime(), records), records));
        String accepted = JSON.readTree(response.body()).path("messageId").asText();
        JdbcPensionLedger ledger = network.context(GccState.SA).getBean(JdbcPensionLedger.class);
        // What a gateway stopped in the middle of an upload leaves behind: a staged part no accepted message owns.
        ledger.stage(GccState.KW, "abandoned-" + System.nanoTime(), 0, 1, "not-really-sealed");

        assertThat(ledger.discardAbandonedStaging(Duration.ofSeconds(-1))).isGreaterThanOrEqualTo(1);

        assertThat(saudi.queryForObject("SELECT COUNT(*) FROM pension_part WHERE message_id LIKE 'abandoned-%'", Integer.class)).isZero();
        assertThat(saudi.queryForObject("SELECT COUNT(*) FROM pension_part WHERE direction = 'OUTBOUND' AND message_id = ?",
                Integer.class, accepted)).isEqualTo(1);
    }

    @Test
    void amountsAreHeldToTheMinorUnitsOfEachOfTheSixCurrencies() throws Exception {
        String reportId = "GOSI-CUR-" + System.nanoTime();
        List<String> records = new ArrayList<>();
        String[][] currencies = {{"KWD", "3"}, {"BHD", "3"}, {"OMR", "3"}, {"SAR", "2"}, {"AED", "2"}, {"QAR", "2"}};
        int sequence = 1;
        for (String[] currency : currencies) {
            int decimals = Integer.parseInt(currency[1]);
            String exact = "1000." + "5".repeat(decimals);
            // One digit beyond the currency's minor unit, twice, so that the two add up to a total the header can state.
            for (String wage : List.of(exact, exact + "1", exact + "9")) {
                records.add(ContributionReports.record(sequence, ContributionReports.kuwaitiCivilId(7000 + sequence), wage,
                        "10." + "0".repeat(decimals), "10." + "0".repeat(decimals), currency[0]));
                sequence++;
            }
        }

        HttpResponse<String> response = post(GccState.SA, PensionController.REPORTS, PensionController.NDJSON,
                ContributionReports.ndjson(ContributionReports.header(reportId, records), records));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(accepted.path("forwardedCount").asInt()).isEqualTo(6);
        assertThat(accepted.path("refusedRecord")).hasSize(12).allSatisfy(refused -> {
            assertThat(refused.path("code").asText()).isEqualTo("JISR-400-AMOUNT");
            assertThat(refused.path("field").asText()).isEqualTo("/wage");
            assertThat(refused.path("index").asInt() % 3).isNotZero();
        });
        TrackingRecord record = await(GccState.SA, accepted.path("trackingId").asText(),
                r -> r.getStatus() == TrackingStatus.ACKNOWLEDGED);
        // The home gateway checked forwarded + withheld against the totals again, and the fund took the six.
        assertThat(events(record)).contains("ACKNOWLEDGED");
        assertThat(jdbc(GccState.SA).queryForObject("SELECT detail FROM status_history WHERE message_id = ? AND event = "
                + "'ACKNOWLEDGED'", String.class, record.getTrackingId())).contains("accepted 6 and rejected 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "notice-death-om-spf-emirati-in-muscat.json, OM, AE, noticeId, /api/v1/pension/notices",
            "notice-end-of-service-qa-grsia-bahraini-in-doha.json, QA, BH, noticeId, /api/v1/pension/notices",
            "notice-entitlement-decision-kw-pifss-to-sa-gosi.json, KW, SA, noticeId, /api/v1/pension/notices",
            "notice-start-of-service-bh-sio-qatari-in-manama.json, BH, QA, noticeId, /api/v1/pension/notices",
            "notice-wage-change-ae-gpssa-saudi-in-dubai.json, AE, SA, noticeId, /api/v1/pension/notices",
            "service-periods-ae-gpssa-omani-in-abu-dhabi.json, AE, OM, statementId, /api/v1/pension/service-periods"})
    void eachNoticeAndStatementReachesTheReceivingFundOnceAndIsAcknowledged(String example, GccState sender,
                                                                              GccState receiver, String idField, String path)
            throws Exception {
        // The contract's Bahraini example ID predates the Bahraini adapter's check digit; one that passes it stands in.
        String document = example(example).replace("860412345", CprCheckDigit.WEIGHTED_MOD_11.complete("86041235").orElseThrow());
        String id = JSON.readTree(document).path(idField).asText();
        String unique = id + "-" + (System.nanoTime() % 1_000_000);
        document = document.replace("\"" + id + "\"", "\"" + unique + "\"");

        HttpResponse<String> response = post(sender, path, "application/json", document.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String trackingId = JSON.readTree(response.body()).path("trackingId").asText();

        TrackingRecord record = await(sender, trackingId, r -> r.getStatus() == TrackingStatus.ACKNOWLEDGED);
        assertThat(events(record)).containsSubsequence("ACCEPTED", "FORWARDED", "DELIVERED", "ACKNOWLEDGED");
        assertThat(fund(receiver).received(unique)).isTrue();
        assertThat(jdbc(sender).queryForObject("SELECT detail FROM status_history WHERE message_id = ? AND event = "
                + "'ACKNOWLEDGED'", String.class, trackingId)).contains("RECORDED");

        // Sent again, it is the same message: the first acceptance answers, nothing travels twice.
        HttpResponse<String> again = post(sender, path, "application/json", document.getBytes(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(again.body()).path("trackingId").asText()).isEqualTo(trackingId);
    }

    @Test
    void aNoticeWithABrokenCivilIdOrAnUnknownInstitutionIsRefusedWithItsField() throws Exception {
        String document = example("notice-entitlement-decision-kw-pifss-to-sa-gosi.json");
        HttpResponse<String> badId = post(GccState.KW, PensionController.NOTICES, "application/json",
                document.replace("285070902132", "285070902133").getBytes(StandardCharsets.UTF_8));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badId.body()).path("code").asText()).isEqualTo("JISR-400-CIVIL-ID");
        assertThat(badId.body()).contains("/person/civilId").doesNotContain("285070902133");

        HttpResponse<String> unknown = post(GccState.KW, PensionController.NOTICES, "application/json",
                document.replace("SA:GOSI\",\n  \"person", "SA:NOSUCH\",\n  \"person").getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("code").asText()).isEqualTo("JISR-404-UNKNOWN-INSTITUTION");
    }

    @Test
    void theReportInTheJsonFormIsReadAsAStreamToo() throws Exception {
        String ndjson = example("contribution-report-sa-gosi-kuwaitis-in-riyadh.ndjson");
        String[] lines = ndjson.strip().split("\n");
        String reportId = "GOSI-JSON-" + System.nanoTime();
        String header = lines[0].replace("GOSI-EXT-2026-10-0007731", reportId);
        String json = header.substring(0, header.length() - 1) + ",\"record\":[" + String.join(",", List.of(lines).subList(1, lines.length)) + "]}";

        HttpResponse<String> response = post(GccState.SA, PensionController.REPORTS, "application/json",
                json.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).path("forwardedCount").asInt()).isEqualTo(3);
        await(GccState.SA, JSON.readTree(response.body()).path("trackingId").asText(),
                r -> r.getStatus() == TrackingStatus.ACKNOWLEDGED);
    }

    private static String example(String name) throws IOException {
        try (InputStream in = PensionNetworkTest.class.getResourceAsStream("/pension/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Posted by the state's pension institution, with its own certificate, to its own state's gateway. */
    private static HttpResponse<String> post(GccState state, String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(network.node(state).nationalUrl() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return SharedGccNetwork.pensionInstitution(state).send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static SimulatedPensionFund fund(GccState state) {
        return network.context(state).getBean(PensionConfiguration.SimulatedFund.class).fund();
    }

    private static JdbcTemplate jdbc(GccState state) {
        return network.context(state).getBean(JdbcTemplate.class);
    }

    private static TrackingRecord await(GccState state, String trackingId, Predicate<TrackingRecord> condition) {
        TrafficTracking tracking = network.context(state).getBean(TrafficTracking.class);
        Instant deadline = Instant.now().plus(PATIENCE);
        TrackingRecord last = null;
        while (Instant.now().isBefore(deadline)) {
            last = tracking.find(trackingId).orElse(null);
            if (last != null && condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("tracking " + trackingId + " at " + state + " did not reach the condition; last: "
                + (last == null ? "none" : last.getStatus() + " " + events(last)));
    }

    private static List<String> events(TrackingRecord record) {
        return record.getHistory().stream().map(TrackingEvent::getEvent).toList();
    }
}
