package gcc.jisr.gateway.pension.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.soap.JisrFault;
import gcc.jisr.contracts.pension.v1.soap.PensionExchangePortType;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.pension.ContributionReports;
import gcc.jisr.gateway.testing.AgencyClients;
import gcc.jisr.routes.traffic.TrafficJson;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PensionExchange as GOSI's own SOAP stack uses it against the Saudi gateway, over TLS with GOSI's agency certificate
 * (the host institution its documents name): a client generated from the WSDL submits
 * reports, statements and notices and asks where they are; every refusal is a SOAP fault with the code REST gives for
 * the same defect, and a report larger than the SOAP face takes is refused with a fault of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jisr.state=SA",
        "jisr.pension.soap.max-records=50",
        // Nothing leaves this gateway during the test.
        "jisr.outbox.poll-interval=1h",
        "jisr.pension.poll-interval=1h"})
class PensionSoapApplicationTest {

    private static final Path PKI = Path.of("target", "pension-soap-pki");

    /** The whole network's development PKI: the gateway seals what it accepts to the home state's encryption key. */
    @DynamicPropertySource
    static void networkPki(DynamicPropertyRegistry registry) {
        LocalGccNetwork.developmentPki(PKI, "changeit", Clock.systemUTC());
        registry.add("jisr.trust.directory", () -> PKI.toAbsolutePath().toString());
        registry.add("jisr.trust.password", () -> "changeit");
        registry.add("jisr.trust.create-development-pki", () -> "false");
    }

    @LocalServerPort
    int port;

    PensionExchangePortType soap;

    @BeforeEach
    void client() {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(PensionExchangePortType.class);
        factory.setAddress(address());
        soap = AgencyClients.asAgency((PensionExchangePortType) factory.create(), PKI, GccState.SA, "GOSI");
    }

    @Test
    void acceptsAReportRefusingABrokenRecordOnItsOwnAndTracksIt() throws Exception {
        List<String> records = new java.util.ArrayList<>(ContributionReports.records(4));
        String good = ContributionReports.kuwaitiCivilId(3);
        records.set(2, records.get(2).replace(good, good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10)));
        ContributionReport report = report("GOSI-SOAP-" + System.nanoTime(), records);

        ContributionReportAccepted accepted = soap.submitContributionReport(report);

        assertThat(accepted.getRecordCount()).isEqualTo(4);
        assertThat(accepted.getForwardedCount()).isEqualTo(3);
        assertThat(accepted.getRefusedRecord()).singleElement().satisfies(refused -> {
            assertThat(refused.getIndex()).isEqualTo(2);
            assertThat(refused.getCode()).isEqualTo(JisrError.INVALID_CIVIL_ID.code());
            assertThat(refused.getField()).isEqualTo("/person/civilId");
        });
        TrackingRecord tracked = soap.getTracking(accepted.getTrackingId());
        assertThat(tracked.getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
        assertThat(tracked.getTo().getState()).isEqualTo("KW");
        assertThat(soap.submitContributionReport(report).getTrackingId()).as("the same report again")
                .isEqualTo(accepted.getTrackingId());
    }

    @Test
    void refusesAReportWhoseRecordsDoNotAddUpWithTheDifference() {
        List<String> records = ContributionReports.records(3);
        ContributionReport report = report("GOSI-SOAP-TOT-" + System.nanoTime(), records);
        report.getTotals().setRecordCount(4);

        assertFault(() -> soap.submitContributionReport(report), JisrError.BATCH_TOTALS, "declared 4, counted 3");
    }

    @Test
    void refusesAReportLargerThanTheSoapFaceTakes() {
        ContributionReport report = report("GOSI-SOAP-BIG-" + System.nanoTime(), ContributionReports.records(51));

        assertFault(() -> soap.submitContributionReport(report), JisrError.BODY_TOO_LARGE, "at most 50 records");
    }

    @Test
    void acceptsAStatementWhoseTotalsAreItsPeriodsAndRefusesOneWhoseAreNot() throws Exception {
        ServicePeriodStatement statement = statement("GOSI-SP-SOAP-" + System.nanoTime());
        SubmissionAccepted accepted = soap.submitServicePeriods(statement);
        assertThat(accepted.getStatus()).isEqualTo(TrackingStatus.ACCEPTED);

        ServicePeriodStatement wrong = statement("GOSI-SP-SOAP-WRONG-" + System.nanoTime());
        wrong.getTotals().setMonths(1);
        assertFault(() -> soap.submitServicePeriods(wrong), JisrError.PERIOD_TOTALS, "difference +60 day(s)");
    }

    @Test
    void refusesANoticeWithABrokenCivilId() throws Exception {
        PensionNotice notice = TrafficJson.read(TrafficJson.tree(example("notice-wage-change-ae-gpssa-saudi-in-dubai.json")
                .getBytes(StandardCharsets.UTF_8)), PensionNotice.class);
        notice.setSender("SA:GOSI");
        notice.setReceiver("KW:PIFSS");
        notice.getPerson().setCivilIdState("KW");
        String good = ContributionReports.kuwaitiCivilId(77);
        notice.getPerson().setCivilId(good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10));

        assertFault(() -> soap.submitNotice(notice), JisrError.INVALID_CIVIL_ID, "");
    }

    @Test
    void answersAnUnknownTrackingIdWithNotFound() {
        assertFault(() -> soap.getTracking("0190c0de-0000-7000-8000-000000000000"), JisrError.NOT_FOUND, "");
    }

    @Test
    void refusesAReportThatBreaksTheSchemaBeforeItIsRead() throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:w=\"urn:gcc:jisr:pension:wsdl:v1\"><soapenv:Body><w:submitContributionReport><w:report>"
                + "<nothing-a-report-holds/></w:report></w:submitContributionReport></soapenv:Body></soapenv:Envelope>";

        HttpResponse<String> response = AgencyClients.http(PKI, GccState.SA, "GOSI").send(HttpRequest.newBuilder(URI.create(address()))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:gcc:jisr:pension:v1:submitContributionReport\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("jisr:JISR-400-SCHEMA</faultcode>", "<code>JISR-400-SCHEMA</code>");
    }

    private String address() {
        return "https://127.0.0.1:" + port + "/soap/PensionExchange";
    }

    private static ContributionReport report(String reportId, List<String> records) {
        ContributionReport report = TrafficJson.read(TrafficJson.tree(ContributionReports.header(reportId, records)
                .getBytes(StandardCharsets.UTF_8)), ContributionReport.class);
        for (String line : records) {
            report.getRecord().add(TrafficJson.read(TrafficJson.tree(line.getBytes(StandardCharsets.UTF_8)), ContributionRecord.class));
        }
        return report;
    }

    private static ServicePeriodStatement statement(String statementId) throws Exception {
        return TrafficJson.read(TrafficJson.tree(example("service-periods-ae-gpssa-omani-in-abu-dhabi.json")
                .replace("AE:GPSSA", "SA:GOSI").replace("OM:SPF", "KW:PIFSS").replace("\"OM\"", "\"KW\"")
                .replace("10468723", ContributionReports.kuwaitiCivilId(42))
                .replace("GPSSA-SP-2026-004512", statementId).getBytes(StandardCharsets.UTF_8)), ServicePeriodStatement.class);
    }

    private static String example(String name) throws Exception {
        try (InputStream in = PensionSoapApplicationTest.class.getResourceAsStream("/pension/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertFault(ThrowingCallable call, JisrError error, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(JisrFault.class, fault -> {
            assertThat(fault.getFaultInfo().getCode()).as(fault.getMessage()).isEqualTo(error.code());
            assertThat(fault.getFaultInfo().getStatus()).isEqualTo(error.httpStatus());
            String said = fault.getMessage() + fault.getFaultInfo().getViolation().stream()
                    .map(v -> " " + v.getField() + ": " + v.getReason()).reduce("", String::concat);
            assertThat(said).contains(detail);
        });
    }
}
