package gcc.jisr.routes.traffic.intake;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.agency.AgencyCaller;
import gcc.jisr.routes.traffic.TrafficJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeBatchTest {

    /** The agency the sample notices name as their reporter, as it authenticated. */
    static final AgencyCaller REPORTER = new AgencyCaller(GccState.SA, "MOI-TRAFFIC", "certificate test");

    final RecordingIntake intake = new RecordingIntake();

    NoticeBatch batch(int maxLines, int maxLineBytes) {
        return new NoticeBatch(SampleNotices.checks(), intake, new BatchLimits(maxLines, maxLineBytes));
    }

    static String line(String reference) {
        ObjectNode json = SampleNotices.json();
        json.put("violationReference", reference);
        return json.toString();
    }

    JsonNode run(NoticeBatch batch, String ndjson) throws IOException {
        return run(batch, new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)));
    }

    JsonNode run(NoticeBatch batch, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        batch.process(in, out, REPORTER);
        return TrafficJson.mapper().readTree(out.toByteArray());
    }

    @Test
    void refusesALineNamingAnotherReporterThanTheAgencyThatAuthenticatedAndAcceptsTheOthers() throws IOException {
        ObjectNode otherAgency = SampleNotices.json();
        otherAgency.put("violationReference", "SA-2");
        otherAgency.with("reporter").put("agency", "MOI-MUROOR");
        JsonNode report = run(batch(100, 4096), line("SA-1") + "\n" + otherAgency + "\n" + line("SA-3"));

        assertThat(report.path("accepted").asInt()).isEqualTo(2);
        assertThat(report.path("results").get(1).path("code").asText()).isEqualTo("JISR-403-REQUESTER-MISMATCH");
        assertThat(intake.notices).extracting(n -> n.notice().getViolationReference()).containsExactly("SA-1", "SA-3");
    }

    @Test
    void acceptsTheGoodLinesAndReportsEachBadOneWithItsCode() throws IOException {
        ObjectNode wrongCurrency = SampleNotices.json();
        wrongCurrency.put("violationReference", "SA-3");
        wrongCurrency.with("fine").put("currency", "KWD");
        ObjectNode badPlate = SampleNotices.json();
        badPlate.put("violationReference", "SA-5");
        badPlate.with("vehicle").with("plate").put("number", "345678");
        String ndjson = "\uFEFF" + line("SA-1") + "\r\n"
                + "{\"reporter\": \n"
                + wrongCurrency + "\n"
                + "\n"
                + badPlate + "\n"
                + line("SA-6");
        JsonNode report = run(batch(100, 4096), ndjson);

        assertThat(report.path("notices").asInt()).isEqualTo(5);
        assertThat(report.path("accepted").asInt()).isEqualTo(2);
        assertThat(report.path("refused").asInt()).isEqualTo(3);
        assertThat(report.path("complete").asBoolean()).isTrue();
        JsonNode results = report.path("results");
        assertThat(results.findValuesAsText("outcome")).containsExactly("ACCEPTED", "REFUSED", "REFUSED", "REFUSED", "ACCEPTED");
        assertThat(results.findValuesAsText("line")).containsExactly("1", "2", "3", "5", "6");
        assertThat(results.get(1).path("code").asText()).isEqualTo("JISR-400-MALFORMED");
        assertThat(results.get(2).path("code").asText()).isEqualTo("JISR-400-AMOUNT");
        assertThat(results.get(2).path("violationReference").asText()).isEqualTo("SA-3");
        assertThat(results.get(3).path("code").asText()).isEqualTo("JISR-400-PLATE");
        assertThat(results.get(3).path("violations").get(0).path("field").asText()).isEqualTo("/vehicle/plate");
        assertThat(results.get(0).path("trackingId").asText()).hasSize(36);
        assertThat(intake.notices).extracting(n -> n.notice().getViolationReference()).containsExactly("SA-1", "SA-6");
    }

    @Test
    void refusesALineWithEvidenceItHasNoBytesFor() throws IOException {
        String withEvidence = SampleNotices.withEvidence(SampleNotices.json(), new byte[]{1, 2, 3}).toString();
        JsonNode report = run(batch(10, 4096), withEvidence + "\n");
        assertThat(report.path("results").get(0).path("code").asText()).isEqualTo("JISR-400-ATTACHMENT-DIGEST");
        assertThat(intake.notices).isEmpty();
    }

    @Test
    void skipsALineOverTheLengthLimitAndGoesOn() throws IOException {
        String padded = SampleNotices.json().put("violationReference", "SA-LONG").toString().replace("\"Nissan\"",
                "\"" + "N".repeat(90) + "\"");
        JsonNode report = run(batch(10, padded.length() - 1), padded + "\n" + line("SA-2") + "\n");
        assertThat(report.path("results").findValuesAsText("code")).containsExactly("JISR-413-BODY-TOO-LARGE");
        assertThat(report.path("accepted").asInt()).isEqualTo(1);
        assertThat(intake.notices).extracting(n -> n.notice().getViolationReference()).containsExactly("SA-2");
    }

    @Test
    void stopsAtTheLineCountLimitSayingWhereIncomplete() throws IOException {
        JsonNode report = run(batch(2, 4096), line("SA-1") + "\n" + line("SA-2") + "\n" + line("SA-3") + "\n" + line("SA-4") + "\n");
        assertThat(report.path("complete").asBoolean()).isFalse();
        assertThat(report.path("accepted").asInt()).isEqualTo(2);
        assertThat(report.path("results").get(2).path("line").asInt()).isEqualTo(3);
        assertThat(report.path("results").get(2).path("code").asText()).isEqualTo("JISR-413-BODY-TOO-LARGE");
        assertThat(report.path("results")).hasSize(3);
        assertThat(intake.notices).hasSize(2);
    }

    @Test
    void stopsAtTheFirstFailureOfTheGatewayItself() throws IOException {
        intake.failOnReference = "SA-2";
        JsonNode report = run(batch(10, 4096), line("SA-1") + "\n" + line("SA-2") + "\n" + line("SA-3") + "\n");
        assertThat(report.path("complete").asBoolean()).isFalse();
        assertThat(report.path("results").findValuesAsText("code")).containsExactly("JISR-500-INTERNAL");
        assertThat(intake.notices).extracting(n -> n.notice().getViolationReference()).containsExactly("SA-1");
    }

    @Test
    void answersARepeatedViolationWithItsFirstTrackingId() throws IOException {
        JsonNode report = run(batch(10, 4096), line("SA-1") + "\n" + line("SA-1") + "\n");
        List<String> ids = report.path("results").findValuesAsText("trackingId");
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
    }

    @Test
    void readsABatchLargerThanAnyBufferLineByLine() throws IOException {
        int lines = 200;
        byte[] one = (line("SA-1") + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream many = new SequenceInputStream(Collections.enumeration(Collections.nCopies(lines, one).stream()
                .map(b -> (InputStream) new ByteArrayInputStream(b)).toList()));
        JsonNode report = run(batch(lines, 4096), many);
        assertThat(report.path("accepted").asInt()).isEqualTo(lines);
        assertThat(report.path("complete").asBoolean()).isTrue();
    }
}
