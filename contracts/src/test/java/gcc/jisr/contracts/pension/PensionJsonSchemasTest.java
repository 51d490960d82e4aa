package gcc.jisr.contracts.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static gcc.jisr.contracts.pension.PensionExamples.CONTRACTS;
import static gcc.jisr.contracts.pension.PensionExamples.json;
import static gcc.jisr.contracts.pension.PensionExamples.ndjson;
import static gcc.jisr.contracts.pension.PensionExamples.refusedFields;
import static gcc.jisr.contracts.pension.PensionExamples.schema;
import static gcc.jisr.contracts.pension.PensionExamples.with;
import static gcc.jisr.contracts.pension.PensionExamples.without;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST face of the pension contract: each JSON Schema takes its realistic examples and refuses the typical
 * mistakes, each reported at the field that is wrong (the field a problem+json answer names).
 */
class PensionJsonSchemasTest {

    private static final String REPORT = "pension-contribution-report.schema.json";
    private static final String HEADER = "pension-contribution-report-header.schema.json";
    private static final String RECORD = "pension-contribution-record.schema.json";
    private static final String STATEMENT = "pension-service-period-statement.schema.json";
    private static final String NOTICE = "pension-notice.schema.json";
    private static final String REPORT_ACK = "pension-contribution-report-acknowledgement.schema.json";
    private static final String ACK = "pension-acknowledgement.schema.json";
    private static final String ACCEPTED = "pension-contribution-report-accepted.schema.json";

    private static final String SAUDI_REPORT = "contribution-report-sa-gosi-kuwaitis-in-riyadh";
    private static final String KUWAITI_REPORT = "contribution-report-kw-pifss-saudis-in-kuwait";
    private static final String STATEMENT_EXAMPLE = "service-periods-ae-gpssa-omani-in-abu-dhabi";

    static final Map<String, String> SCHEMA_OF_EXAMPLE = Map.ofEntries(
            Map.entry(SAUDI_REPORT, REPORT),
            Map.entry(KUWAITI_REPORT, REPORT),
            Map.entry(STATEMENT_EXAMPLE, STATEMENT),
            Map.entry("notice-start-of-service-bh-sio-qatari-in-manama", NOTICE),
            Map.entry("notice-end-of-service-qa-grsia-bahraini-in-doha", NOTICE),
            Map.entry("notice-death-om-spf-emirati-in-muscat", NOTICE),
            Map.entry("notice-wage-change-ae-gpssa-saudi-in-dubai", NOTICE),
            Map.entry("notice-entitlement-decision-kw-pifss-to-sa-gosi", NOTICE),
            Map.entry("contribution-report-acknowledgement-one-record-rejected", REPORT_ACK),
            Map.entry("contribution-report-acknowledgement-totals-refused", REPORT_ACK),
            Map.entry("pension-acknowledgement-recorded", ACK),
            Map.entry("contribution-report-accepted-one-record-withheld", ACCEPTED));

    @ParameterizedTest
    @CsvSource({
            SAUDI_REPORT, KUWAITI_REPORT, STATEMENT_EXAMPLE,
            "notice-start-of-service-bh-sio-qatari-in-manama", "notice-end-of-service-qa-grsia-bahraini-in-doha",
            "notice-death-om-spf-emirati-in-muscat", "notice-wage-change-ae-gpssa-saudi-in-dubai",
            "notice-entitlement-decision-kw-pifss-to-sa-gosi", "contribution-report-acknowledgement-one-record-rejected",
            "contribution-report-acknowledgement-totals-refused", "pension-acknowledgement-recorded",
            "contribution-report-accepted-one-record-withheld"})
    void eachRealisticExampleIsAccepted(String example) {
        assertThat(refusedFields(SCHEMA_OF_EXAMPLE.get(example), json(example))).isEmpty();
    }

    @Test
    void eachSchemaIsAValidDraft2020_12Schema() {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of(REPORT, HEADER, RECORD, STATEMENT, NOTICE, REPORT_ACK, ACK, ACCEPTED, "pension-types.schema.json")) {
            JsonNode schemaDocument = PensionExamples.tree(CONTRACTS + "json/" + name);
            assertThat(metaSchema.validate(schemaDocument)).as(name).isEmpty();
        }
    }

    // ------------------------------------------------------------------ money and currencies

    @Test
    void aSaudiReportInRiyalsWithTwoDecimalsIsAccepted() {
        ObjectNode report = json(SAUDI_REPORT);
        assertThat(report.at("/record/1/wage").asText()).isEqualTo("22750.50");
        assertThat(report.at("/record/0/currency").asText()).isEqualTo("SAR");
        assertThat(refusedFields(REPORT, report)).isEmpty();
    }

    @Test
    void aKuwaitiReportInDinarsWithThreeDecimalsIsAccepted() {
        ObjectNode report = json(KUWAITI_REPORT);
        assertThat(report.at("/record/0/employeeContribution").asText()).isEqualTo("112.545");
        assertThat(report.at("/record/0/currency").asText()).isEqualTo("KWD");
        assertThat(refusedFields(REPORT, report)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/record/0/wage, 18500.005", "/record/1/employeeContribution, 2388.801", "/record/2/employerContribution, 1633.250",
            "/totals/currencyTotal/0/wages, 55450.500"})
    void riyalsWithAThirdDecimalAreRefusedEvenAsAZero(String pointer, String amount) {
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), pointer, amount))).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource({"/record/0/wage, 1250.5001", "/record/1/employeeContribution, 88.8525", "/totals/currencyTotal/0/employerContributions, 201.3975"})
    void dinarsWithAFourthDecimalAreRefused(String pointer, String amount) {
        assertThat(refusedFields(REPORT, with(json(KUWAITI_REPORT), pointer, amount))).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource({"-1250.500", "1.25E3", "01250.500", "'1,250.500'", "١٢٥٠٫٥٠٠", "''"})
    void anAmountNotWrittenPlainlyIsRefused(String amount) {
        assertThat(refusedFields(REPORT, with(json(KUWAITI_REPORT), "/record/0/wage", amount))).containsExactly("/record/0/wage");
    }

    @Test
    void anAmountWrittenAsAJsonNumberIsRefusedBecauseParsersMakeItFloatingPoint() {
        assertThat(refusedFields(REPORT, with(json(KUWAITI_REPORT), "/record/0/wage", 1250.5)))
                .containsExactly("/record/0/wage");
    }

    @ParameterizedTest
    @CsvSource({"USD", "EGP", "kwd", "KD", "د.ك"})
    void aCurrencyOutsideTheSixStatesIsRefused(String currency) {
        assertThat(refusedFields(REPORT, with(json(KUWAITI_REPORT), "/record/1/currency", currency))).containsExactly("/record/1/currency");
    }

    @Test
    void aWageChangeInDirhamsWithThreeDecimalsIsRefusedAtTheAmount() {
        ObjectNode notice = with(json("notice-wage-change-ae-gpssa-saudi-in-dubai"), "/wageChange/newWage/amount", "41250.125");
        assertThat(refusedFields(NOTICE, notice)).containsExactly("/wageChange/newWage/amount");
    }

    // ------------------------------------------------------------------ institutions and people

    @ParameterizedTest
    @CsvSource({"/hostInstitution, KW-PIFSS", "/hostInstitution, PIFSS", "/hostInstitution, sa:gosi", "/homeInstitution, KWT:PIFSS",
            "/homeInstitution, 'KW: PIFSS'", "/homeInstitution, KW:", "/record/0/person/pin/0/institution, GOSI"})
    void anInstitutionIdNotOfTheFormStateColonCodeIsRefused(String pointer, String institution) {
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), pointer, institution))).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource({"KW:PIFSS", "SA:GOSI", "AE:GPSSA", "QA:GRSIA", "BH:SIO", "OM:SPF"})
    void eachOfTheSixInstitutionsIsWellFormed(String institution) {
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), "/homeInstitution", institution))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/record/0/person/civilId, ٢٨٨٠١١٥٠١٠١٧", "/record/0/person/civilId, 2880-1150-1017", "/record/0/person/civilIdState, kw",
            "/record/0/sequence, 0"})
    void aPersonOrSequenceNotInCanonicalFormIsRefused(String pointer, String value) {
        Object typed = pointer.endsWith("sequence") ? (Object) Integer.parseInt(value) : value;
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), pointer, typed))).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource({"/record/0/person/civilId", "/record/0/person/civilIdState", "/record/0/person/fullNameArabic", "/record/0/sequence",
            "/record/0/currency", "/record/0/wage"})
    void aRecordWithoutAMandatoryFieldIsRefusedAtThatField(String pointer) {
        assertThat(refusedFields(REPORT, without(json(SAUDI_REPORT), pointer))).containsExactly(pointer);
    }

    // ------------------------------------------------------------------ report structure and totals

    @ParameterizedTest
    @CsvSource({"/totals", "/totals/recordCount", "/totals/currencyTotal", "/reportId", "/hostInstitution", "/homeInstitution",
            "/employer", "/period", "/record"})
    void aReportWithoutAMandatoryPartIsRefusedAtThatPart(String pointer) {
        assertThat(refusedFields(REPORT, without(json(SAUDI_REPORT), pointer))).containsExactly(pointer);
    }

    @Test
    void aReportWithoutAnyTotalPerCurrencyIsRefused() {
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), "/totals/currencyTotal", List.of())))
                .containsExactly("/totals/currencyTotal");
    }

    @ParameterizedTest
    @CsvSource({"2026-13", "2026-10-01", "10/2026", "2026-1"})
    void aPeriodThatIsNotACalendarMonthIsRefused(String period) {
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), "/period", period))).containsExactly("/period");
    }

    @Test
    void aMemberTheContractDoesNotKnowIsRefused() {
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), "/paymentMethod", "SADAD"))).containsExactly("/paymentMethod");
        assertThat(refusedFields(REPORT, with(json(SAUDI_REPORT), "/record/0/bonus", "100.00"))).containsExactly("/record/0/bonus");
    }

    // ------------------------------------------------------------------ the streaming form

    @Test
    void theNdjsonFormIsAHeaderLineThenOneRecordPerLine() {
        List<JsonNode> lines = ndjson(SAUDI_REPORT);
        assertThat(lines).hasSize(4);
        assertThat(refusedFields(HEADER, lines.get(0))).isEmpty();
        for (JsonNode record : lines.subList(1, lines.size())) {
            assertThat(refusedFields(RECORD, record)).isEmpty();
        }
        ObjectNode whole = ((ObjectNode) lines.get(0)).deepCopy();
        whole.putArray("record").addAll(lines.subList(1, lines.size()));
        assertThat(whole).as("the lines are the JSON report").isEqualTo(json(SAUDI_REPORT));
    }

    @Test
    void aHeaderLineHoldingTheRecordsOrLackingTheTotalsIsRefused() {
        ObjectNode header = (ObjectNode) ndjson(SAUDI_REPORT).get(0);
        assertThat(refusedFields(HEADER, with(header, "/record", List.of()))).containsExactly("/record");
        assertThat(refusedFields(HEADER, without(header, "/totals"))).containsExactly("/totals");
    }

    @Test
    void aRecordLineWithTooManyDecimalsIsRefusedAtItsOwnField() {
        ObjectNode record = (ObjectNode) ndjson(SAUDI_REPORT).get(2);
        assertThat(refusedFields(RECORD, with(record, "/employerContribution", "2616.305"))).containsExactly("/employerContribution");
    }

    // ------------------------------------------------------------------ service periods

    @ParameterizedTest
    @CsvSource({"MILITARY", "employment", "UNEMPLOYMENT"})
    void anUnknownPeriodTypeIsRefusedAtThatPeriodsType(String type) {
        assertThat(refusedFields(STATEMENT, with(json(STATEMENT_EXAMPLE), "/period/1/type", type))).containsExactly("/period/1/type");
    }

    @ParameterizedTest
    @CsvSource({"/totals/months, 12", "/totals/days, 30", "/totals/years, -1"})
    void totalsBeyondTheirUnitAreRefused(String pointer, int value) {
        assertThat(refusedFields(STATEMENT, with(json(STATEMENT_EXAMPLE), pointer, value))).containsExactly(pointer);
    }

    @ParameterizedTest
    @CsvSource({"/totals", "/period", "/period/0/from", "/period/0/to", "/period/0/type", "/person"})
    void aStatementWithoutAMandatoryPartIsRefused(String pointer) {
        assertThat(refusedFields(STATEMENT, without(json(STATEMENT_EXAMPLE), pointer))).containsExactly(pointer);
    }

    @Test
    void aPeriodEndingOnAnImpossibleDayIsRefused() {
        assertThat(refusedFields(STATEMENT, with(json(STATEMENT_EXAMPLE), "/period/0/to", "2019-02-30"))).containsExactly("/period/0/to");
    }

    // ------------------------------------------------------------------ notices

    @Test
    void aNoticeCarriesExactlyOneEvent() {
        ObjectNode startAndDeath = with(json("notice-start-of-service-bh-sio-qatari-in-manama"), "/death",
                Map.of("dateOfDeath", "2026-11-08", "workRelated", false));
        assertThat(refusedFields(NOTICE, startAndDeath)).isNotEmpty();
        assertThat(refusedFields(NOTICE, without(json("notice-start-of-service-bh-sio-qatari-in-manama"), "/startOfService")))
                .isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/entitlementDecision/frequency, WEEKLY", "/entitlementDecision/benefit, HOUSING", "/entitlementDecision/startDate, 2026-12",
            "/entitlementDecision/amount/currency, EUR"})
    void anEntitlementDecisionOutsideTheListsIsRefused(String pointer, String value) {
        assertThat(refusedFields(NOTICE, with(json("notice-entitlement-decision-kw-pifss-to-sa-gosi"), pointer, value))).containsExactly(pointer);
    }

    @Test
    void anEndOfServiceWithAnUnknownReasonOrADeathWithoutItsDateIsRefused() {
        assertThat(refusedFields(NOTICE, with(json("notice-end-of-service-qa-grsia-bahraini-in-doha"), "/endOfService/reason", "FIRED")))
                .containsExactly("/endOfService/reason");
        assertThat(refusedFields(NOTICE, without(json("notice-death-om-spf-emirati-in-muscat"), "/death/dateOfDeath")))
                .containsExactly("/death/dateOfDeath");
    }

    // ------------------------------------------------------------------ acknowledgements and acceptance

    @Test
    void aRejectedRecordMustSayWhy() {
        ObjectNode ack = without(json("contribution-report-acknowledgement-one-record-rejected"), "/recordResult/2/reasonCode");
        assertThat(refusedFields(REPORT_ACK, ack)).containsExactly("/recordResult/2/reasonCode");
    }

    @Test
    void anAcknowledgementEitherReportsEveryRecordOrRefusesTheBatch() {
        ObjectNode both = with(json("contribution-report-acknowledgement-one-record-rejected"), "/refused",
                json("contribution-report-acknowledgement-totals-refused").get("refused"));
        assertThat(refusedFields(REPORT_ACK, both)).isNotEmpty();
        ObjectNode neither = without(json("contribution-report-acknowledgement-totals-refused"), "/refused");
        assertThat(refusedFields(REPORT_ACK, neither)).isNotEmpty();
    }

    @Test
    void aBatchRefusalStatesTheDifferenceAsASignedAmount() {
        ObjectNode refused = json("contribution-report-acknowledgement-totals-refused");
        assertThat(refused.at("/refused/difference/0/difference").asText()).isEqualTo("-0.050");
        assertThat(refusedFields(REPORT_ACK, with(refused, "/refused/difference/0/difference", "minus 0.050")))
                .containsExactly("/refused/difference/0/difference");
        assertThat(refusedFields(REPORT_ACK, with(refused, "/refused/difference/0/total", "BONUSES")))
                .containsExactly("/refused/difference/0/total");
        assertThat(refusedFields(REPORT_ACK, without(refused, "/refused/countedRecordCount"))).containsExactly("/refused/countedRecordCount");
    }

    @Test
    void aRejectedStatementOrNoticeMustSayWhy() {
        ObjectNode rejected = with(json("pension-acknowledgement-recorded"), "/outcome", "REJECTED");
        assertThat(refusedFields(ACK, rejected)).containsExactly("/reasonCode");
        assertThat(refusedFields(ACK, with(rejected, "/reasonCode", "UNKNOWN_PERSON"))).isEmpty();
    }

    @Test
    void aRefusedRecordInTheAcceptanceNamesItsFieldAndACatalogueCode() {
        ObjectNode accepted = json("contribution-report-accepted-one-record-withheld");
        assertThat(refusedFields(ACCEPTED, with(accepted, "/refusedRecord/0/code", "BAD_CIVIL_ID"))).containsExactly("/refusedRecord/0/code");
        assertThat(refusedFields(ACCEPTED, without(accepted, "/refusedRecord/0/field"))).containsExactly("/refusedRecord/0/field");
        assertThat(refusedFields(ACCEPTED, with(accepted, "/status", "QUEUED"))).containsExactly("/status");
    }

    @Test
    void theOpenApiExamplesAreValidMessages() {
        JsonNode paths = PensionExamples.tree(CONTRACTS + "openapi/jisr-api-v1.json").get("paths");
        JsonNode report = paths.at("/~1api~1v1~1pension~1contribution-reports/post/requestBody/content/application~1json/example");
        JsonNode notice = paths.at("/~1api~1v1~1pension~1notices/post/requestBody/content/application~1json/example");
        assertThat(report.isMissingNode()).isFalse();
        assertThat(refusedFields(REPORT, report)).isEmpty();
        assertThat(refusedFields(NOTICE, notice)).isEmpty();
    }
}
