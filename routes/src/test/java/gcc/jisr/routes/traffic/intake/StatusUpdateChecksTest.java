package gcc.jisr.routes.traffic.intake;

import gcc.jisr.routes.traffic.TrafficJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static gcc.jisr.routes.traffic.intake.NoticeChecksTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Status updates as the Saudi agency that collected a Kuwaiti fine sends them to the Saudi gateway. */
class StatusUpdateChecksTest {

    static final String TRACKING_ID = "018f3c1e-7a2b-7c3d-9e4f-5a6b7c8d9e0f";

    final StatusUpdateChecks checks = new StatusUpdateChecks(GccState.SA, SampleNotices.SKEW, SampleNotices.NOW);

    static ObjectNode paid() throws IOException {
        return (ObjectNode) TrafficJson.mapper().readTree("""
                {"sender":{"state":"SA","agency":"MOI-TRAFFIC"},"reportingState":"KW","violationReference":"KW-TR-2026-0048213",
                 "changedAt":"2026-11-22T10:41:00+03:00",
                 "paid":{"amount":{"amount":"75.250","currency":"KWD"},"paidOn":"2026-11-22","receiptNumber":"SADAD-7731-009912"}}""");
    }

    static ViolationStatusUpdate read(ObjectNode json) {
        return SubmissionJson.readStatusUpdate(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsAPaymentInAnyCurrencyAtItsDecimals() throws IOException {
        assertThat(checks.check(TRACKING_ID, read(paid())).getPaid().getAmount().getAmount()).hasToString("75.250");
        ObjectNode riyals = paid();
        riyals.with("paid").with("amount").put("amount", "922.50").put("currency", "SAR");
        assertThat(checks.check(TRACKING_ID, read(riyals))).isNotNull();
        riyals.with("paid").with("amount").put("amount", "922.505");
        assertRefused(() -> checks.check(TRACKING_ID, read(riyals)), JisrError.INVALID_AMOUNT, "/paid/amount/amount");
        riyals.with("paid").with("amount").put("amount", "922.50").put("currency", "XYZ");
        assertRefused(() -> checks.check(TRACKING_ID, read(riyals)), JisrError.INVALID_AMOUNT, "/paid/amount/currency");
    }

    @Test
    void refusesASettlementInAnotherCurrencyThanTheReportingStates() throws IOException {
        ObjectNode settled = paid();
        settled.remove("paid");
        settled.putObject("settled").put("settledOn", "2026-11-22").put("transferReference", "GCC-CLR-1")
                .putObject("amount").put("amount", "922.50").put("currency", "SAR");
        assertRefused(() -> checks.check(TRACKING_ID, read(settled)), JisrError.INVALID_AMOUNT, "/settled/amount/currency");
        settled.with("settled").with("amount").put("amount", "75.250").put("currency", "KWD");
        assertThat(checks.check(TRACKING_ID, read(settled))).isNotNull();
    }

    @Test
    void refusesAnUpdateNamingAnotherTrackingIdThanItWasSentFor() throws IOException {
        ObjectNode json = paid();
        json.put("trackingId", "018f3c1e-7a2b-7c3d-9e4f-000000000000");
        assertRefused(() -> checks.check(TRACKING_ID, read(json)), JisrError.SCHEMA, "/trackingId");
        assertRefused(() -> checks.check(null, read(paid())), JisrError.SCHEMA, "/trackingId");
    }

    @Test
    void refusesDatesThatCannotBe() throws IOException {
        ObjectNode future = paid();
        future.put("changedAt", "2026-11-24T10:41:00+03:00");
        assertRefused(() -> checks.check(TRACKING_ID, read(future)), JisrError.INVALID_DATE, "/changedAt");
        ObjectNode paidLater = paid();
        paidLater.with("paid").put("paidOn", "2026-11-23");
        assertRefused(() -> checks.check(TRACKING_ID, read(paidLater)), JisrError.INVALID_DATE, "/paid/paidOn");
    }

    @Test
    void refusesAnUpdateFromAnotherStatesAgencyOrAboutAStateOutsideTheGcc() throws IOException {
        ObjectNode foreign = paid();
        foreign.with("sender").put("state", "QA");
        assertRefused(() -> checks.check(TRACKING_ID, read(foreign)), JisrError.SCHEMA, "/sender/state");
        ObjectNode egypt = paid();
        egypt.put("reportingState", "EG");
        assertRefused(() -> checks.check(TRACKING_ID, read(egypt)), JisrError.UNKNOWN_STATE, "/reportingState");
    }

    @Test
    void refusesAnUpdateThatIsNotExactlyOneChange() throws IOException {
        ObjectNode two = paid();
        two.putObject("contested").put("contestedOn", "2026-11-22").put("reason", "not my car");
        assertRefused(() -> read(two), JisrError.SCHEMA, null);
    }
}
