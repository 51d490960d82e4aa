package gcc.jisr.contracts.pension;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.StringReader;
import java.util.stream.Stream;

import static gcc.jisr.contracts.pension.PensionExamples.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SOAP face of the pension contract: the XSD takes the realistic examples and refuses the typical mistakes. */
class PensionXsdTest {

    private static final String KUWAITI_REPORT = "contribution-report-kw-pifss-saudis-in-kuwait";
    private static final String STATEMENT = "service-periods-ae-gpssa-omani-in-abu-dhabi";

    private static Schema xsd;

    @BeforeAll
    static void compileTheSchema() {
        xsd = PensionExamples.pensionXsd();
    }

    private static void validate(String document) throws Exception {
        xsd.newValidator().validate(new StreamSource(new StringReader(document)));
    }

    @ParameterizedTest
    @CsvSource({"contribution-report-sa-gosi-kuwaitis-in-riyadh", KUWAITI_REPORT, STATEMENT,
            "notice-start-of-service-bh-sio-qatari-in-manama", "notice-end-of-service-qa-grsia-bahraini-in-doha",
            "notice-death-om-spf-emirati-in-muscat", "notice-wage-change-ae-gpssa-saudi-in-dubai",
            "notice-entitlement-decision-kw-pifss-to-sa-gosi", "contribution-report-acknowledgement-one-record-rejected",
            "contribution-report-acknowledgement-totals-refused", "pension-acknowledgement-recorded",
            "contribution-report-accepted-one-record-withheld"})
    void eachRealisticExampleIsValid(String example) {
        assertThatCode(() -> validate(xml(example))).doesNotThrowAnyException();
    }

    /** Each case: what it breaks, a regular expression for the part of the example, its replacement, what the error names. */
    static Stream<Arguments> brokenReports() {
        return Stream.of(
                Arguments.of("a wage with four decimals", "<p:wage>1250.500</p:wage>", "<p:wage>1250.5001</p:wage>", "1250.5001"),
                Arguments.of("a negative contribution", "<p:employeeContribution>112.545</p:employeeContribution>",
                        "<p:employeeContribution>-112.545</p:employeeContribution>", "-112.545"),
                Arguments.of("an amount with an exponent", "<p:wage>987.250</p:wage>", "<p:wage>9.8725E2</p:wage>", "9.8725E2"),
                Arguments.of("a currency outside the six states", "<p:currency>KWD</p:currency>", "<p:currency>USD</p:currency>", "USD"),
                Arguments.of("an institution id without its state", "<p:hostInstitution>KW:PIFSS</p:hostInstitution>",
                        "<p:hostInstitution>PIFSS</p:hostInstitution>", "PIFSS"),
                Arguments.of("an institution id with a dash for the colon", "<p:homeInstitution>SA:GOSI</p:homeInstitution>",
                        "<p:homeInstitution>SA-GOSI</p:homeInstitution>", "SA-GOSI"),
                Arguments.of("a month that does not exist", "<p:period>2026-10</p:period>", "<p:period>2026-13</p:period>", "2026-13"),
                Arguments.of("a month with a zone", "<p:period>2026-10</p:period>", "<p:period>2026-10Z</p:period>", "2026-10Z"),
                Arguments.of("no totals", "(?s)<p:totals>.*</p:totals>", "", "totals"),
                Arguments.of("totals without their record count", "(?s)<p:recordCount>2</p:recordCount>", "", "recordCount"),
                Arguments.of("the totals after the records", "(?s)(<p:totals>.*</p:totals>)(.*</p:record>)", "$2$1", "totals"),
                Arguments.of("no records", "(?s)<p:record>.*</p:record>", "", "record"),
                Arguments.of("a sequence number of zero", "<p:sequence>1</p:sequence>", "<p:sequence>0</p:sequence>", "'0'"),
                Arguments.of("a civil ID in Arabic-Indic digits", "<p:civilId>1084527330</p:civilId>",
                        "<p:civilId>١٠٨٤٥٢٧٣٣٠</p:civilId>", "١٠٨٤٥٢٧٣٣٠"),
                Arguments.of("a person without an Arabic name", "<p:fullNameArabic>ريم عبدالله الدوسري</p:fullNameArabic>", "",
                        "fullNameArabic"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReports")
    void aReportBreakingTheContractIsRefusedNamingWhatIsWrong(String what, String regex, String replacement, String named) {
        String broken = xml(KUWAITI_REPORT).replaceFirst(regex, replacement);
        assertThat(broken).as("the example still holds what this case breaks").isNotEqualTo(xml(KUWAITI_REPORT));
        assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXException.class).hasMessageContaining(named);
    }

    @Test
    void aReportDeclaringOneCurrencyTwiceIsRefused() {
        String report = xml(KUWAITI_REPORT);
        String total = report.substring(report.indexOf("<p:currencyTotal>"), report.indexOf("</p:currencyTotal>") + "</p:currencyTotal>".length());
        String twice = report.replace(total, total + total);
        assertThatThrownBy(() -> validate(twice)).isInstanceOf(SAXException.class).hasMessageContaining("oneTotalPerCurrency");
    }

    @ParameterizedTest
    @CsvSource({"MILITARY", "employment", "UNEMPLOYMENT"})
    void anUnknownPeriodTypeIsRefused(String type) {
        String statement = xml(STATEMENT).replaceFirst("<p:type>VOLUNTARY</p:type>", "<p:type>" + type + "</p:type>");
        assertThatThrownBy(() -> validate(statement)).isInstanceOf(SAXException.class).hasMessageContaining(type);
    }

    @Test
    void periodTotalsBeyondTheirUnitAreRefused() {
        String statement = xml(STATEMENT).replaceFirst("<p:months>3</p:months>", "<p:months>12</p:months>");
        assertThatThrownBy(() -> validate(statement)).isInstanceOf(SAXException.class).hasMessageContaining("12");
    }

    @Test
    void aNoticeCarriesExactlyOneEvent() {
        String notice = xml("notice-death-om-spf-emirati-in-muscat");
        String deathTwice = notice.replaceFirst("(?s)(<p:death>.*</p:death>)", "$1$1");
        assertThatThrownBy(() -> validate(deathTwice)).isInstanceOf(SAXException.class).hasMessageContaining("death");
        String none = notice.replaceFirst("(?s)<p:death>.*</p:death>", "");
        assertThatThrownBy(() -> validate(none)).isInstanceOf(SAXException.class);
    }

    @Test
    void anEntitlementWithAnUnknownFrequencyIsRefused() {
        String decision = xml("notice-entitlement-decision-kw-pifss-to-sa-gosi")
                .replaceFirst("<p:frequency>MONTHLY</p:frequency>", "<p:frequency>WEEKLY</p:frequency>");
        assertThatThrownBy(() -> validate(decision)).isInstanceOf(SAXException.class).hasMessageContaining("WEEKLY");
    }

    @Test
    void anAcknowledgementEitherReportsTheRecordsOrRefusesTheBatch() {
        String refused = xml("contribution-report-acknowledgement-totals-refused");
        String both = refused.replaceFirst("<p:refused>", "<p:acceptedCount>2</p:acceptedCount><p:rejectedCount>0</p:rejectedCount><p:refused>");
        assertThatThrownBy(() -> validate(both)).isInstanceOf(SAXException.class);
        String signed = refused.replaceFirst("<p:difference>-0.050</p:difference>", "<p:difference>-0.0500</p:difference>");
        assertThatThrownBy(() -> validate(signed)).isInstanceOf(SAXException.class).hasMessageContaining("-0.0500");
    }
}
