package gcc.jisr.gateway.traffic.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.gateway.testing.AgencyClients;
import gcc.jisr.routes.json.JsonContract;
import gcc.jisr.routes.traffic.CheckedNotice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST face as a Saudi traffic agency uses it against the Saudi gateway, over real HTTPS with the agency's
 * certificate (the reporter and sender its messages name, the reader of their tracking): notices about a car
 * registered in Kuwait as JSON, as multipart with evidence and in batch files, status updates, tracking and replay.
 * Every refusal is checked for its code and for nothing having reached the intake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jisr.state=SA",
        "jisr.traffic.max-evidence-bytes=64KB",
        "jisr.traffic.max-evidence-items=3",
        "jisr.traffic.max-submission-size=400KB",
        "jisr.traffic.batch.max-lines=5",
        "jisr.traffic.batch.max-line-size=8KB",
        "jisr.traffic.batch.max-size=20KB",
        // Nothing leaves this gateway during the test: what was accepted stays ACCEPTED unless a test moves it.
        "jisr.outbox.poll-interval=1h"})
@Import(RecordingIntake.Beans.class)
class TrafficRestApplicationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOTICE = """
            {
              "reporter": { "state": "SA", "agency": "MOI-TRAFFIC" },
              "violationReference": "SA-TR-2026-0",
              "vehicle": { "plate": { "issuingState": "KW", "number": "34567", "category": "12" }, "make": "Nissan" },
              "driver": { "civilId": "285010100015", "civilIdState": "KW" },
              "offence": {
                "code": "SPEEDING",
                "lawArticle": { "law": "Traffic Law (Royal Decree M/85)", "article": "69/2" },
                "speed": { "measuredKmh": 171, "permittedKmh": 140 }
              },
              "occurredAt": "2026-11-20T23:30:00+03:00",
              "place": { "city": "الرياض", "road": "طريق الملك فهد" },
              "fine": { "amount": "300.00", "currency": "SAR" },
              "dueDate": "2026-12-20"
            }""";
    static final byte[] PHOTO = "\u0089PNG\r\n a radar photo as far as this test goes".getBytes(StandardCharsets.ISO_8859_1);

    static final JsonContract<JsonNode> SUBMISSION_ACCEPTED = schema("submission-accepted");
    static final JsonContract<JsonNode> TRACKING_RECORD = schema("tracking-record");
    static final JsonContract<JsonNode> BATCH_REPORT = schema("traffic-batch-report");
    static final JsonContract<JsonNode> PROBLEM = schema("problem");

    @LocalServerPort
    int port;

    @Autowired
    RecordingIntake traffic;

    static final AtomicInteger REFERENCES = new AtomicInteger();

    /** SA:MOI-TRAFFIC, as {@link #NOTICE} names its reporter. */
    HttpClient http;

    @BeforeEach
    void forgetWhatWasHanded() {
        traffic.clear();
        http = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.SA, "MOI-TRAFFIC");
    }

    // ------------------------------------------------------------------ accepted

    @Test
    void acceptsANoticeAsJsonWith202AndWhereToFollowIt() throws Exception {
        String notice = notice().toString();
        HttpResponse<String> response = postJson(TrafficViolationController.VIOLATIONS, notice);
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = SUBMISSION_ACCEPTED.read(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/messages/" + accepted.path("trackingId").asText());
        CheckedNotice handed = traffic.notices.get(0);
        assertThat(handed.notice().getOccurredAt()).hasToString("2026-11-20T23:30+03:00");
        assertThat(handed.notice().getFine().getAmount()).hasToString("300.00");

        HttpResponse<String> again = postJson(TrafficViolationController.VIOLATIONS, notice);
        assertThat(JSON.readTree(again.body()).path("trackingId").asText()).isEqualTo(accepted.path("trackingId").asText());
    }

    @Test
    void acceptsANoticeWithEvidenceAsMultipartMatchingPartsByDigest() throws Exception {
        byte[] second = "%PDF-1.7 the officer's report".getBytes(StandardCharsets.US_ASCII);
        ObjectNode notice = withEvidence(withEvidence(notice(), PHOTO, "image/png"), second, "application/pdf");
        Multipart body = new Multipart()
                .part("evidence", "report.pdf", "application/pdf", second)
                .part("notice", null, "application/json", bytes(notice))
                .part("evidence", "radar.png", null, PHOTO);
        HttpResponse<String> response = postMultipart(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        SUBMISSION_ACCEPTED.read(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(traffic.notices).singleElement().satisfies(handed -> {
            assertThat(handed.evidence()).extracting(f -> f.contentType()).containsExactly("image/png", "application/pdf");
            assertThat(handed.evidence().get(0).content()).isEqualTo(PHOTO);
            assertThat(handed.evidence().get(1).content()).isEqualTo(second);
        });
    }

    // ------------------------------------------------------------------ the bad input, each refused

    @Test
    void refusesAnUnknownOffenceCode() throws Exception {
        ObjectNode notice = notice();
        notice.with("offence").put("code", "JAYWALKING");
        assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, notice.toString()), 400, JisrError.UNKNOWN_OFFENCE);
    }

    @Test
    void refusesANoticeWithAKeyGivenTwiceRatherThanReadingTheLast() throws Exception {
        String notice = notice().toString();
        String twice = notice.substring(0, notice.length() - 1) + ",\"violationReference\":\"SA-TR-2026-OTHER\"}";
        JsonNode problem = assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, twice), 400, JisrError.MALFORMED);
        assertThat(problem.path("detail").asText()).contains("Duplicate field 'violationReference'");
    }

    @Test
    void refusesAPlateThatDoesNotParseForItsState() throws Exception {
        ObjectNode notice = notice();
        notice.with("vehicle").with("plate").put("number", "345678");
        JsonNode problem = assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, notice.toString()), 400, JisrError.INVALID_PLATE);
        assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("/vehicle/plate");
    }

    @Test
    void refusesAFineInTheWrongCurrency() throws Exception {
        ObjectNode notice = notice();
        notice.with("fine").put("currency", "KWD").put("amount", "30.000");
        assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, notice.toString()), 400, JisrError.INVALID_AMOUNT);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() throws Exception {
        ObjectNode notice = notice();
        notice.with("fine").put("amount", "300.125");
        JsonNode problem = assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, notice.toString()), 400, JisrError.INVALID_AMOUNT);
        assertThat(problem.path("detail").asText()).contains("SAR has 2 decimal places");
    }

    @Test
    void refusesAMissingMandatoryField() throws Exception {
        ObjectNode notice = notice();
        notice.remove("dueDate");
        JsonNode problem = assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, notice.toString()), 400, JisrError.SCHEMA);
        assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("/dueDate");
    }

    @Test
    void refusesAnAttachmentOverTheLimit() throws Exception {
        byte[] big = new byte[64 * 1024 + 1];
        ObjectNode notice = withEvidence(notice(), big, "image/jpeg");
        assertNotAccepted(postMultipart(new Multipart().part("notice", null, "application/json", bytes(notice))
                .part("evidence", "big.jpg", "image/jpeg", big)), 413, JisrError.ATTACHMENT_TOO_LARGE);
        ObjectNode claimsBig = withEvidence(notice(), PHOTO, "image/png");
        ((ObjectNode) claimsBig.withArray("evidence").get(0)).put("size", 64 * 1024 + 1);
        assertNotAccepted(postMultipart(new Multipart().part("notice", null, "application/json", bytes(claimsBig))
                .part("evidence", "radar.png", "image/png", PHOTO)), 413, JisrError.ATTACHMENT_TOO_LARGE);
    }

    @Test
    void refusesEvidenceWhoseDigestDoesNotMatch() throws Exception {
        ObjectNode notice = withEvidence(notice(), PHOTO, "image/png");
        byte[] altered = PHOTO.clone();
        altered[10] ^= 1;
        assertNotAccepted(postMultipart(new Multipart().part("notice", null, "application/json", bytes(notice))
                .part("evidence", "radar.png", "image/png", altered)), 400, JisrError.ATTACHMENT_DIGEST);
        assertNotAccepted(postMultipart(new Multipart().part("notice", null, "application/json", bytes(notice))),
                400, JisrError.ATTACHMENT_DIGEST);
        assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, notice.toString()), 400, JisrError.ATTACHMENT_DIGEST);
        assertNotAccepted(postMultipart(new Multipart().part("notice", null, "application/json", bytes(notice()))
                .part("evidence", "radar.png", "image/png", PHOTO)), 400, JisrError.ATTACHMENT_DIGEST);
    }

    @Test
    void refusesEvidenceOfATypeNoNationalSystemCanShow() throws Exception {
        ObjectNode notice = withEvidence(notice(), PHOTO, "image/png");
        assertNotAccepted(postMultipart(new Multipart().part("notice", null, "application/json", bytes(notice))
                .part("evidence", "radar.gif", "image/gif", PHOTO)), 415, JisrError.UNSUPPORTED_MEDIA_TYPE);
        assertNotAccepted(postMultipart(new Multipart().part("notice", null, "text/csv", bytes(notice()))),
                415, JisrError.UNSUPPORTED_MEDIA_TYPE);
        assertThat(postMultipart(new Multipart().part("notice", null, null, bytes(notice()))).statusCode())
                .as("a notice field without a type").isEqualTo(202);
    }

    @Test
    void refusesAMultipartBodyOverTheSubmissionLimitAndAJsonBodyOverTheGeneralOne() throws Exception {
        byte[] part = new byte[60 * 1024];
        Multipart body = new Multipart().part("notice", null, "application/json", bytes(notice()));
        for (int i = 0; i < 7; i++) {
            body.part("evidence", "e" + i + ".png", "image/png", part);
        }
        assertNotAccepted(postMultipart(body), 413, JisrError.BODY_TOO_LARGE);
        ObjectNode padded = notice();
        padded.with("place").put("landmark", "x".repeat(300 * 1024));
        assertNotAccepted(postJson(TrafficViolationController.VIOLATIONS, padded.toString()), 413, JisrError.BODY_TOO_LARGE);
    }

    @Test
    void refusesAChunkedMultipartBodyAsSoonAsItCrossesTheSubmissionLimit() throws Exception {
        Multipart body = new Multipart().part("notice", null, "application/json", bytes(notice()));
        for (int i = 0; i < 7; i++) {
            body.part("evidence", "e" + i + ".png", "image/png", new byte[60 * 1024]);
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(TrafficViolationController.VIOLATIONS))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.bytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotAccepted(response, 413, JisrError.BODY_TOO_LARGE);
    }

    @Test
    void refusesMoreEvidencePartsThanTheGatewayAccepts() throws Exception {
        Multipart body = new Multipart().part("notice", null, "application/json", bytes(notice()));
        for (int i = 0; i < 4; i++) {
            body.part("evidence", "e" + i + ".png", "image/png", ("photo " + i).getBytes(StandardCharsets.US_ASCII));
        }
        assertNotAccepted(postMultipart(body), 400, JisrError.SCHEMA);
    }

    @Test
    void acceptsTheGoodLinesOfABatchAndReportsEachBadOne() throws Exception {
        String batch = "SA-B" + REFERENCES.incrementAndGet() + "-";
        ObjectNode unknownOffence = notice().put("violationReference", batch + "2");
        unknownOffence.with("offence").put("code", "JAYWALKING");
        ObjectNode badPlate = notice().put("violationReference", batch + "3");
        badPlate.with("vehicle").with("plate").put("number", "0");
        ObjectNode wrongCurrency = notice().put("violationReference", batch + "4");
        wrongCurrency.with("fine").put("currency", "AED");
        String ndjson = String.join("\n", notice().put("violationReference", batch + "1").toString(), unknownOffence.toString(),
                badPlate.toString(), wrongCurrency.toString(), notice().put("violationReference", batch + "5").toString()) + "\n";

        HttpResponse<String> response = postBatch(ndjson);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = BATCH_REPORT.read(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(report.path("accepted").asInt()).isEqualTo(2);
        assertThat(report.path("refused").asInt()).isEqualTo(3);
        assertThat(report.path("complete").asBoolean()).isTrue();
        assertThat(report.path("results").findValuesAsText("code"))
                .containsExactly("JISR-400-UNKNOWN-OFFENCE", "JISR-400-SCHEMA", "JISR-400-AMOUNT");
        assertThat(report.path("results").get(2).path("line").asInt()).isEqualTo(3);
        assertThat(traffic.notices).extracting(n -> n.notice().getViolationReference()).containsExactly(batch + "1", batch + "5");
        String tracked = report.path("results").get(0).path("trackingId").asText();
        assertThat(get("/api/v1/messages/" + tracked).statusCode()).isEqualTo(200);
    }

    @Test
    void readsABatchUpToItsLineLimitAndSaysItIsIncomplete() throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            ndjson.append(notice()).append('\n');
        }
        JsonNode report = BATCH_REPORT.read(postBatch(ndjson.toString()).body().getBytes(StandardCharsets.UTF_8));
        assertThat(report.path("complete").asBoolean()).isFalse();
        assertThat(report.path("accepted").asInt()).isEqualTo(5);
        assertThat(report.path("results").get(5).path("code").asText()).isEqualTo("JISR-413-BODY-TOO-LARGE");
        assertThat(traffic.notices).hasSize(5);
    }

    @Test
    void stopsReadingABatchFileOverItsSizeLimit() throws Exception {
        String garbage = "x".repeat(7 * 1024) + "\n";
        ObjectNode first = notice();
        String ndjson = first + "\n" + garbage + garbage + garbage + garbage;
        assertNotAccepted(postBatch(ndjson), 413, JisrError.BODY_TOO_LARGE);

        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri(TrafficBatchController.BATCH))
                .header("Content-Type", TrafficBatchController.NDJSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(200);
        JsonNode report = BATCH_REPORT.read(chunked.body().getBytes(StandardCharsets.UTF_8));
        assertThat(report.path("complete").asBoolean()).isFalse();
        assertThat(report.path("results").findValuesAsText("code")).endsWith("JISR-413-BODY-TOO-LARGE");
        assertThat(traffic.notices).extracting(n -> n.notice().getViolationReference())
                .containsExactly(first.path("violationReference").asText());
    }

    @Test
    void refusesABatchSentAsAnotherMediaType() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(TrafficBatchController.BATCH))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(notice().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotAccepted(response, 415, JisrError.UNSUPPORTED_MEDIA_TYPE);
    }

    // ------------------------------------------------------------------ status updates, tracking, dead letters

    @Test
    void acceptsAStatusUpdateForATrackedViolation() throws Exception {
        ObjectNode notice = notice();
        String reference = notice.path("violationReference").asText();
        String trackingId = JSON.readTree(postJson(TrafficViolationController.VIOLATIONS, notice.toString()).body()).path("trackingId").asText();
        String paidTooPrecisely = """
                {"sender":{"state":"SA","agency":"MOI-TRAFFIC"},"reportingState":"SA","violationReference":"%s",
                 "changedAt":"2026-11-22T09:00:00+03:00",
                 "paid":{"amount":{"amount":"300.001","currency":"SAR"},"paidOn":"2026-11-22","receiptNumber":"R-1"}}""".formatted(reference);
        assertRefused(postJson(TrafficViolationController.VIOLATIONS + "/" + trackingId + "/status", paidTooPrecisely),
                400, JisrError.INVALID_AMOUNT);
        assertThat(traffic.updates).as("nothing reaches the intake").isEmpty();

        String cancelled = """
                {"sender":{"state":"SA","agency":"MOI-TRAFFIC"},"reportingState":"SA","violationReference":"%s",
                 "changedAt":"2026-11-22T09:00:00+03:00","cancelled":{"cancelledOn":"2026-11-22","reason":"radar out of calibration"}}"""
                .formatted(reference);
        HttpResponse<String> response = postJson(TrafficViolationController.VIOLATIONS + "/" + trackingId + "/status", cancelled);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = SUBMISSION_ACCEPTED.read(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.path("trackingId").asText()).isNotEqualTo(trackingId);
        assertThat(traffic.updates).singleElement().satisfies(u -> assertThat(u.getCancelled().getReason()).isEqualTo("radar out of calibration"));
        assertThat(JSON.readTree(get("/api/v1/messages/" + trackingId).body()).path("history").findValuesAsText("event")).contains("CANCELLED");

        assertRefused(postJson(TrafficViolationController.VIOLATIONS + "/018f3c1e-7a2b-7c3d-9e4f-5a6b7c8d9e0f/status",
                cancelled.replace(reference, "SA-NEVER-SENT")), 404, JisrError.NOT_FOUND);
        String paidAfterCancelling = """
                {"sender":{"state":"SA","agency":"MOI-TRAFFIC"},"reportingState":"SA","violationReference":"%s",
                 "changedAt":"2026-11-22T10:00:00+03:00",
                 "paid":{"amount":{"amount":"300.00","currency":"SAR"},"paidOn":"2026-11-22","receiptNumber":"R-2"}}""".formatted(reference);
        assertRefused(postJson(TrafficViolationController.VIOLATIONS + "/" + trackingId + "/status", paidAfterCancelling),
                409, JisrError.STATUS_TRANSITION);
    }

    @Test
    void tracksASubmissionByItsTrackingOrMessageId() throws Exception {
        ObjectNode notice = notice();
        JsonNode accepted = JSON.readTree(postJson(TrafficViolationController.VIOLATIONS, notice.toString()).body());
        for (String id : new String[]{accepted.path("trackingId").asText(), accepted.path("messageId").asText()}) {
            HttpResponse<String> response = get("/api/v1/messages/" + id);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode record = TRACKING_RECORD.read(response.body().getBytes(StandardCharsets.UTF_8));
            assertThat(record.path("to").path("state").asText()).isEqualTo("KW");
            assertThat(record.path("reference").asText()).isEqualTo(notice.path("violationReference").asText());
        }
        assertRefused(get("/api/v1/messages/018f3c1e-7a2b-7c3d-9e4f-5a6b7c8d9e0f"), 404, JisrError.NOT_FOUND);
    }

    @Test
    void searchesTrackedMessagesByPartnerStatusAndTime() throws Exception {
        String trackingId = JSON.readTree(postJson(TrafficViolationController.VIOLATIONS, notice().toString()).body()).path("trackingId").asText();
        JsonNode found = JSON.readTree(get("/api/v1/messages?partner=KW&status=ACCEPTED&service=gcc.traffic.violation.notify.v1"
                + "&from=2026-01-01T00:00:00%2B03:00&limit=500").body());
        assertThat(found.path("records").findValuesAsText("trackingId")).contains(trackingId);
        for (JsonNode record : found.path("records")) {
            TRACKING_RECORD.read(JSON.writeValueAsBytes(record));
        }
        JsonNode none = JSON.readTree(get("/api/v1/messages?partner=QA").body());
        assertThat(none.has("records")).isTrue();
        assertThat(none.path("records")).isEmpty();
        assertThat(JSON.readTree(get("/api/v1/messages?partner=KW&to=2026-01-01T00:00:00Z").body()).path("records")).isEmpty();
        assertRefused(get("/api/v1/messages?partner=EG"), 404, JisrError.UNKNOWN_STATE);
        assertRefused(get("/api/v1/messages?limit=501"), 400, JisrError.SCHEMA);
        assertRefused(get("/api/v1/messages?status=LOST"), 400, JisrError.SCHEMA);
        assertRefused(get("/api/v1/messages?from=yesterday"), 400, JisrError.INVALID_DATE);
    }

    @Test
    void messagesCannotBeReplayedThroughThePublicApi() throws Exception {
        String trackingId = JSON.readTree(postJson(TrafficViolationController.VIOLATIONS, notice().toString()).body()).path("trackingId").asText();

        // Replay is an operator's action (/admin/api/v1/dead-letters/{id}/replay, authenticated and audited).
        HttpResponse<String> replay = postJson(TrackingController.DEAD_LETTERS + "/" + trackingId + "/replay",
                "{\"reason\":\"partner back\"}");
        assertThat(replay.statusCode()).isIn(404, 405);
        JsonNode record = JSON.readTree(get("/api/v1/messages/" + trackingId).body());
        assertThat(record.path("history").findValuesAsText("event")).doesNotContain("REPLAYED");
    }

    // ------------------------------------------------------------------ helpers

    /** The notice, each time with a violation reference of its own: the store keeps every test's notices. */
    static ObjectNode notice() throws IOException {
        return ((ObjectNode) JSON.readTree(NOTICE)).put("violationReference", "SA-TR-2026-" + REFERENCES.incrementAndGet());
    }

    static ObjectNode withEvidence(ObjectNode notice, byte[] bytes, String contentType) {
        notice.withArray("evidence").addObject().put("kind", contentType.startsWith("image/") ? "PHOTO" : "DOCUMENT")
                .put("contentType", contentType).put("size", bytes.length).put("sha256", sha256(bytes));
        return notice;
    }

    static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode assertRefused(HttpResponse<String> response, int status, JisrError error) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = PROBLEM.read(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(problem.path("code").asText()).as(response.body()).isEqualTo(error.code());
        return problem;
    }

    /** A refused submission, of which nothing reached the intake. */
    JsonNode assertNotAccepted(HttpResponse<String> response, int status, JisrError error) throws IOException {
        JsonNode problem = assertRefused(response, status, error);
        assertThat(traffic.notices).as("nothing reaches the intake").isEmpty();
        return problem;
    }

    URI uri(String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postMultipart(Multipart body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(TrafficViolationController.VIOLATIONS)).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postBatch(String ndjson) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(TrafficBatchController.BATCH)).header("Content-Type", TrafficBatchController.NDJSON)
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonContract<JsonNode> schema(String name) {
        return new JsonContract<>("jisr/contracts/v1/json/" + name + ".schema.json", JsonNode.class, "", JisrError.SCHEMA);
    }
}
