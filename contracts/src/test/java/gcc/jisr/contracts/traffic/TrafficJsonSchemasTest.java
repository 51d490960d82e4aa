package gcc.jisr.contracts.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static gcc.jisr.contracts.traffic.TrafficExamples.CONTRACTS;
import static gcc.jisr.contracts.traffic.TrafficExamples.json;
import static gcc.jisr.contracts.traffic.TrafficExamples.with;
import static gcc.jisr.contracts.traffic.TrafficExamples.without;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST face of the traffic contract: each JSON Schema takes its realistic example and refuses the typical
 * mistakes, each reported at the field that is wrong (the field a problem+json answer names).
 */
class TrafficJsonSchemasTest {

    private static final String NOTICE = "traffic-violation-notice.schema.json";
    private static final String STATUS = "traffic-status-update.schema.json";

    private static final Map<String, String> EXAMPLE_OF_SCHEMA = Map.of(
            NOTICE, "notice-kw-speeding-saudi-car.json",
            STATUS, "status-update-paid-in-saudi-arabia.json",
            "traffic-acknowledgement.schema.json", "acknowledgement-recorded.json",
            "submission-accepted.schema.json", "submission-accepted.json",
            "tracking-record.schema.json", "tracking-record-acknowledged-after-a-retry.json");

    /** As the routes load them (JsonContract): from the classpath, so that relative $refs resolve beside them. */
    static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + CONTRACTS + "json/" + name), config);
    }

    /** The offending fields as JsonContract names them: a missing or unexpected member by its own pointer. */
    static List<String> refusedFields(String schemaName, JsonNode message) {
        return schema(schemaName).validate(message).stream().map(TrafficJsonSchemasTest::field).distinct().toList();
    }

    private static String field(ValidationMessage m) {
        String location = m.getInstanceLocation().toString();
        if (("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) && m.getProperty() != null) {
            return location + "/" + m.getProperty();
        }
        return location;
    }

    @ParameterizedTest
    @CsvSource({
            "traffic-violation-notice.schema.json",
            "traffic-status-update.schema.json",
            "traffic-acknowledgement.schema.json",
            "submission-accepted.schema.json",
            "tracking-record.schema.json"})
    void eachSchemaAcceptsItsRealisticExample(String schemaName) {
        ObjectNode example = json(EXAMPLE_OF_SCHEMA.get(schemaName));
        assertThat(schema(schemaName).validate(example)).isEmpty();
    }

    @Test
    void eachSchemaIsAValidDraft2020_12Schema() {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of(NOTICE, STATUS, "traffic-acknowledgement.schema.json", "submission-accepted.schema.json",
                "tracking-record.schema.json", "traffic-types.schema.json")) {
            JsonNode schemaDocument = TrafficExamples.tree(CONTRACTS + "json/" + name);
            assertThat(metaSchema.validate(schemaDocument)).as(name).isEmpty();
        }
    }

    @Test
    void aNoticeWithASaudiPlateInBothScriptsAndAKuwaitiFineInFilsIsAccepted() {
        ObjectNode notice = json("notice-kw-speeding-saudi-car.json");
        assertThat(notice.at("/vehicle/plate/lettersArabic").asText()).isEqualTo("ابح");
        assertThat(notice.at("/fine/amount").asText()).isEqualTo("75.250");
        assertThat(refusedFields(NOTICE, notice)).isEmpty();
    }

    @Test
    void anUnknownOffenceCodeIsRefusedAtTheOffenceCode() {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), "/offence/code", "DRIFTING")))
                .containsExactly("/offence/code");
    }

    @Test
    void aFineWithFourDecimalsIsRefused() {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), "/fine/amount", "75.2500")))
                .containsExactly("/fine/amount");
    }

    @Test
    void aFineWrittenAsAJsonNumberIsRefusedBecauseParsersMakeItFloatingPoint() {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), "/fine/amount", 75.25)))
                .containsExactly("/fine/amount");
    }

    @ParameterizedTest
    @CsvSource({"kwd", "KD", "DINAR", "د.ك"})
    void aCurrencyThatIsNotAnIso4217CodeIsRefused(String currency) {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), "/fine/currency", currency)))
                .containsExactly("/fine/currency");
    }

    @ParameterizedTest
    @CsvSource({"/reporter", "/violationReference", "/vehicle", "/offence", "/occurredAt", "/place", "/fine", "/dueDate",
            "/vehicle/plate", "/vehicle/plate/issuingState", "/vehicle/plate/number", "/offence/lawArticle", "/fine/currency"})
    void aNoticeWithoutAMandatoryFieldIsRefusedAtThatField(String pointer) {
        assertThat(refusedFields(NOTICE, without(json("notice-kw-speeding-saudi-car.json"), pointer))).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource({"/place/coordinates/latitude, 90.5", "/place/coordinates/latitude, -91", "/place/coordinates/longitude, 180.01",
            "/place/coordinates/longitude, -200"})
    void aPositionOffTheGlobeIsRefused(String pointer, double value) {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), pointer, value))).containsExactly(pointer);
    }

    @Test
    void aPositionGivenAsTextIsRefused() {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), "/place/coordinates/latitude", "29.2791")))
                .containsExactly("/place/coordinates/latitude");
    }

    @ParameterizedTest
    @CsvSource({"2026-11-20T21:14:05", "2026-11-20 21:14:05+03:00", "2026-11-20T21:14+03:00", "2026-02-30T21:14:05+03:00"})
    void aViolationTimeWithoutItsOffsetOrNotARealTimeIsRefused(String occurredAt) {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), "/occurredAt", occurredAt)))
                .containsExactly("/occurredAt");
    }

    @Test
    void speedingWithoutTheMeasuredSpeedIsRefused() {
        assertThat(refusedFields(NOTICE, without(json("notice-kw-speeding-saudi-car.json"), "/offence/speed")))
                .containsExactly("/offence/speed");
    }

    @Test
    void anOffenceOtherThanSpeedingNeedsNoSpeed() {
        ObjectNode redLight = without(with(json("notice-kw-speeding-saudi-car.json"), "/offence/code", "RED_LIGHT"), "/offence/speed");
        assertThat(refusedFields(NOTICE, redLight)).isEmpty();
    }

    @Test
    void aNoticeWithoutADriverIsAcceptedBecauseCamerasSeeOnlyTheVehicle() {
        assertThat(refusedFields(NOTICE, without(json("notice-kw-speeding-saudi-car.json"), "/driver"))).isEmpty();
    }

    @Test
    void aDriverKnownByNeitherCivilIdNorLicenceIsRefused() {
        ObjectNode notice = without(without(json("notice-kw-speeding-saudi-car.json"), "/driver/civilId"), "/driver/civilIdState");
        assertThat(refusedFields(NOTICE, notice)).isNotEmpty().allMatch(field -> field.startsWith("/driver"));
    }

    @Test
    void aCivilIdWithoutTheStateThatIssuedItIsRefused() {
        assertThat(refusedFields(NOTICE, without(json("notice-kw-speeding-saudi-car.json"), "/driver/civilIdState")))
                .isNotEmpty().allMatch(field -> field.startsWith("/driver"));
    }

    @Test
    void aDriverKnownByLicenceOnlyIsAccepted() {
        ObjectNode notice = without(without(json("notice-kw-speeding-saudi-car.json"), "/driver/civilId"), "/driver/civilIdState");
        notice = with(with(notice, "/driver/licenceNumber", "1012345672"), "/driver/licenceState", "SA");
        assertThat(refusedFields(NOTICE, notice)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/vehicle/plate/lettersArabic, ABJ", "/vehicle/plate/lettersLatin, ابح", "/vehicle/plate/number, 01234",
            "/vehicle/plate/number, ١٢٣٤", "/vehicle/plate/issuingState, sa"})
    void aPlateNotInCanonicalFormIsRefused(String pointer, String value) {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), pointer, value))).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource({"/evidence/0/sha256, 777BA5E061FC1493AB33439B4FDC99045AF4B6FF3425423D3B3DCB8F72978DDC",
            "/evidence/0/sha256, 777ba5e061fc1493", "/evidence/0/contentType, image/gif", "/evidence/0/size, 0"})
    void evidenceWithABadDigestTypeOrSizeIsRefused(String pointer, String value) {
        Object typed = pointer.endsWith("size") ? (Object) Long.parseLong(value) : value;
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), pointer, typed))).containsExactly(pointer);
    }

    @Test
    void evidenceBytesInsideTheJsonAreRefusedBecauseTheyTravelAsMultipartParts() {
        ObjectNode notice = with(json("notice-kw-speeding-saudi-car.json"), "/evidence/0/content", "iVBORw0KGgo=");
        assertThat(refusedFields(NOTICE, notice)).containsExactly("/evidence/0/content");
    }

    @Test
    void aMemberTheContractDoesNotKnowIsRefused() {
        assertThat(refusedFields(NOTICE, with(json("notice-kw-speeding-saudi-car.json"), "/vehicle/vin", "JTMHV05J604123456")))
                .containsExactly("/vehicle/vin");
    }

    @Test
    void aStatusUpdateCarriesExactlyOneStatus() {
        ObjectNode paidAndCancelled = with(json("status-update-paid-in-saudi-arabia.json"), "/cancelled",
                Map.of("cancelledOn", "2026-12-03", "reason", "ألغيت المخالفة بقرار اللجنة"));
        assertThat(refusedFields(STATUS, paidAndCancelled)).isNotEmpty();
        assertThat(refusedFields(STATUS, without(json("status-update-paid-in-saudi-arabia.json"), "/paid"))).isNotEmpty();
    }

    @Test
    void eachOfTheFourStatusesIsAccepted() {
        ObjectNode paid = json("status-update-paid-in-saudi-arabia.json");
        ObjectNode base = without(paid, "/paid");
        assertThat(refusedFields(STATUS, with(base, "/contested",
                Map.of("contestedOn", "2026-12-01", "reason", "السائق ينكر المخالفة", "caseReference", "KW-APPEAL-2026-118")))).isEmpty();
        assertThat(refusedFields(STATUS, with(base, "/cancelled",
                Map.of("cancelledOn", "2026-12-03", "reason", "Radar calibration certificate expired")))).isEmpty();
        assertThat(refusedFields(STATUS, with(base, "/settled", Map.of("amount", Map.of("amount", "75.250", "currency", "KWD"),
                "settledOn", "2027-01-15", "transferReference", "GCCPAY-2027-000417")))).isEmpty();
    }

    @Test
    void aPaymentWithFourDecimalsOrWithoutItsReceiptIsRefused() {
        ObjectNode paid = json("status-update-paid-in-saudi-arabia.json");
        assertThat(refusedFields(STATUS, with(paid, "/paid/amount/amount", "75.2500"))).containsExactly("/paid/amount/amount");
        assertThat(refusedFields(STATUS, without(paid, "/paid/receiptNumber"))).containsExactly("/paid/receiptNumber");
    }

    @Test
    void aRejectedAcknowledgementMustSayWhy() {
        ObjectNode rejected = with(json("acknowledgement-recorded.json"), "/outcome", "REJECTED");
        assertThat(refusedFields("traffic-acknowledgement.schema.json", rejected)).containsExactly("/reason");
        assertThat(refusedFields("traffic-acknowledgement.schema.json", with(rejected, "/reason", "لا توجد مركبة بهذه اللوحة")))
                .isEmpty();
    }

    @Test
    void aTrackingStatusOutsideTheLifecycleIsRefused() {
        assertThat(refusedFields("submission-accepted.schema.json", with(json("submission-accepted.json"), "/status", "QUEUED")))
                .containsExactly("/status");
        assertThat(refusedFields("tracking-record.schema.json",
                with(json("tracking-record-acknowledged-after-a-retry.json"), "/status", "DONE"))).containsExactly("/status");
    }

    @Test
    void aTrackingEventsErrorCarriesACatalogueCode() {
        ObjectNode record = with(json("tracking-record-acknowledged-after-a-retry.json"), "/history/1/error/code", "TIMEOUT");
        assertThat(refusedFields("tracking-record.schema.json", record)).containsExactly("/history/1/error/code");
    }

    @Test
    void aTrackingRecordWithoutHistoryIsRefused() {
        ObjectNode record = with(json("tracking-record-acknowledged-after-a-retry.json"), "/history", List.of());
        assertThat(refusedFields("tracking-record.schema.json", record)).containsExactly("/history");
    }
}
