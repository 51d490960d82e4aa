package gcc.jisr.contracts.pension;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.pension.v1.ContributionRecord;
import gcc.jisr.contracts.pension.v1.ContributionReport;
import gcc.jisr.contracts.pension.v1.ContributionReportAccepted;
import gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement;
import gcc.jisr.contracts.pension.v1.CurrencyCode;
import gcc.jisr.contracts.pension.v1.CurrencyTotal;
import gcc.jisr.contracts.pension.v1.ObjectFactory;
import gcc.jisr.contracts.pension.v1.PaymentFrequency;
import gcc.jisr.contracts.pension.v1.PensionAcknowledgement;
import gcc.jisr.contracts.pension.v1.PensionNotice;
import gcc.jisr.contracts.pension.v1.PeriodType;
import gcc.jisr.contracts.pension.v1.RecordOutcome;
import gcc.jisr.contracts.pension.v1.ServicePeriodStatement;
import gcc.jisr.contracts.pension.v1.TotalKind;
import gcc.jisr.contracts.pension.v1.soap.PensionExchangePortType;
import gcc.jisr.contracts.pension.v1.soap.SubmitContributionReport;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import static gcc.jisr.contracts.pension.PensionExamples.CANONICAL_JSON;
import static gcc.jisr.contracts.pension.PensionExamples.json;
import static gcc.jisr.contracts.pension.PensionExamples.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The JAXB types generated from PensionExchange.wsdl: they read the XML examples without losing anything that matters
 * (Arabic names, the halalas and fils of an amount, the contribution month), write XML that is valid against the XSD,
 * and hold the JSON examples under the same names (JSON → XML → JSON), so that one canonical object serves both faces.
 */
class PensionJaxbRoundTripTest {

    private static JAXBContext jaxb;
    private static Schema xsd;

    @BeforeAll
    static void bind() throws JAXBException {
        jaxb = JAXBContext.newInstance(ObjectFactory.class, gcc.jisr.contracts.pension.v1.soap.ObjectFactory.class);
        xsd = PensionExamples.pensionXsd();
    }

    private static <T> T read(String document, Class<T> type) throws JAXBException {
        Unmarshaller unmarshaller = jaxb.createUnmarshaller();
        unmarshaller.setSchema(xsd);
        return unmarshaller.unmarshal(new StreamSource(new StringReader(document)), type).getValue();
    }

    /** Written with the XSD set on the marshaller, so that writing anything the contract forbids fails. */
    private static String write(Object element) throws JAXBException {
        Marshaller marshaller = jaxb.createMarshaller();
        marshaller.setSchema(xsd);
        StringWriter out = new StringWriter();
        marshaller.marshal(element, out);
        return out.toString();
    }

    @Test
    void aSaudiReportKeepsItsHalalasArabicNamesAndMonthThroughXml() throws Exception {
        ContributionReport read = read(xml("contribution-report-sa-gosi-kuwaitis-in-riyadh"), ContributionReport.class);
        ContributionReport report = read(write(new ObjectFactory().createContributionReport(read)), ContributionReport.class);

        assertThat(report.getHostInstitution()).isEqualTo("SA:GOSI");
        assertThat(report.getHomeInstitution()).isEqualTo("KW:PIFSS");
        assertThat(report.getPeriod()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(report.getRecord()).hasSize(3);
        ContributionRecord second = report.getRecord().get(1);
        assertThat(second.getPerson().getFullNameArabic()).isEqualTo("نورة خالد الصباح");
        assertThat(second.getPerson().getCivilIdState()).isEqualTo("KW");
        assertThat(second.getWage()).isEqualTo(new BigDecimal("22750.50"));
        assertThat(second.getCurrency()).isEqualTo(CurrencyCode.SAR);
        assertThat(report.getRecord().get(0).getPerson().getPin()).extracting(pin -> pin.getInstitution())
                .containsExactly("SA:GOSI", "KW:PIFSS");
        assertThat(report.getRecord().get(2).getInsuredDays()).isEqualTo(17);
    }

    @Test
    void aKuwaitiReportKeepsItsFils() throws Exception {
        ContributionReport report = read(xml("contribution-report-kw-pifss-saudis-in-kuwait"), ContributionReport.class);
        BigDecimal contribution = report.getRecord().get(0).getEmployeeContribution();
        assertThat(contribution).isEqualTo(new BigDecimal("112.545"));
        assertThat(contribution.scale()).isEqualTo(3);
        assertThat(report.getTotals().getCurrencyTotal().get(0).getWages()).isEqualTo(new BigDecimal("2237.750"));
    }

    /** The examples are meant to be right: a receiver adding up their records finds the totals they declare. */
    @ParameterizedTest
    @CsvSource({"contribution-report-sa-gosi-kuwaitis-in-riyadh", "contribution-report-kw-pifss-saudis-in-kuwait"})
    void theExampleReportsAddUpToTheTotalsTheyDeclare(String example) throws Exception {
        ContributionReport report = read(xml(example), ContributionReport.class);
        assertThat(report.getTotals().getRecordCount()).isEqualTo(report.getRecord().size());
        for (CurrencyTotal total : report.getTotals().getCurrencyTotal()) {
            List<ContributionRecord> inCurrency = report.getRecord().stream().filter(r -> r.getCurrency() == total.getCurrency()).toList();
            assertThat(sum(inCurrency, ContributionRecord::getWage)).isEqualTo(total.getWages());
            assertThat(sum(inCurrency, ContributionRecord::getEmployeeContribution)).isEqualTo(total.getEmployeeContributions());
            assertThat(sum(inCurrency, ContributionRecord::getEmployerContribution)).isEqualTo(total.getEmployerContributions());
        }
    }

    private static BigDecimal sum(List<ContributionRecord> records, Function<ContributionRecord, BigDecimal> amount) {
        return records.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aStatementKeepsItsPeriodsInOrderWithTheirTypes() throws Exception {
        ServicePeriodStatement statement = read(xml("service-periods-ae-gpssa-omani-in-abu-dhabi"), ServicePeriodStatement.class);
        assertThat(statement.getPeriod()).extracting(p -> p.getType())
                .containsExactly(PeriodType.EMPLOYMENT, PeriodType.VOLUNTARY, PeriodType.EMPLOYMENT);
        assertThat(statement.getPeriod().get(0).getFrom()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(statement.getPeriod().get(2).getTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(statement.getTotals().getYears()).isEqualTo(11);
    }

    @Test
    void anEntitlementDecisionKeepsItsAmountFrequencyAndStart() throws Exception {
        PensionNotice notice = read(xml("notice-entitlement-decision-kw-pifss-to-sa-gosi"), PensionNotice.class);
        assertThat(notice.getEntitlementDecision().getAmount().getAmount()).isEqualTo(new BigDecimal("2145.750"));
        assertThat(notice.getEntitlementDecision().getAmount().getCurrency()).isEqualTo(CurrencyCode.KWD);
        assertThat(notice.getEntitlementDecision().getFrequency()).isEqualTo(PaymentFrequency.MONTHLY);
        assertThat(notice.getEntitlementDecision().getStartDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(notice.getStartOfService()).isNull();
    }

    @Test
    void aPerRecordAcknowledgementAndABatchRefusalReadBack() throws Exception {
        ContributionReportAcknowledgement perRecord =
                read(xml("contribution-report-acknowledgement-one-record-rejected"), ContributionReportAcknowledgement.class);
        assertThat(perRecord.getRecordResult()).extracting(r -> r.getOutcome())
                .containsExactly(RecordOutcome.ACCEPTED, RecordOutcome.ACCEPTED, RecordOutcome.REJECTED);
        assertThat(perRecord.getRefused()).isNull();

        ContributionReportAcknowledgement refused =
                read(xml("contribution-report-acknowledgement-totals-refused"), ContributionReportAcknowledgement.class);
        assertThat(refused.getRefused().getCode()).isEqualTo("JISR-422-BATCH-TOTALS");
        assertThat(refused.getRefused().getDifference().get(0).getTotal()).isEqualTo(TotalKind.WAGES);
        assertThat(refused.getRefused().getDifference().get(0).getDifference()).isEqualTo(new BigDecimal("-0.050"));
        assertThat(refused.getRecordResult()).isEmpty();
    }

    @Test
    void theReportAcceptedCarriesItsTrackingIdAndItsRefusedRecords() throws Exception {
        ContributionReportAccepted accepted = read(xml("contribution-report-accepted-one-record-withheld"), ContributionReportAccepted.class);
        assertThat(accepted.getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
        assertThat(accepted.getTrackingId()).isEqualTo("01936a18-9e21-7b3f-a210-6c5d4e3f2a1b");
        assertThat(accepted.getRefusedRecord().get(0).getField()).isEqualTo("/person/civilId");
    }

    @ParameterizedTest
    @CsvSource({
            "contribution-report-sa-gosi-kuwaitis-in-riyadh, gcc.jisr.contracts.pension.v1.ContributionReport",
            "contribution-report-kw-pifss-saudis-in-kuwait, gcc.jisr.contracts.pension.v1.ContributionReport",
            "service-periods-ae-gpssa-omani-in-abu-dhabi, gcc.jisr.contracts.pension.v1.ServicePeriodStatement",
            "notice-start-of-service-bh-sio-qatari-in-manama, gcc.jisr.contracts.pension.v1.PensionNotice",
            "notice-end-of-service-qa-grsia-bahraini-in-doha, gcc.jisr.contracts.pension.v1.PensionNotice",
            "notice-death-om-spf-emirati-in-muscat, gcc.jisr.contracts.pension.v1.PensionNotice",
            "notice-wage-change-ae-gpssa-saudi-in-dubai, gcc.jisr.contracts.pension.v1.PensionNotice",
            "notice-entitlement-decision-kw-pifss-to-sa-gosi, gcc.jisr.contracts.pension.v1.PensionNotice",
            "contribution-report-acknowledgement-one-record-rejected, gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement",
            "contribution-report-acknowledgement-totals-refused, gcc.jisr.contracts.pension.v1.ContributionReportAcknowledgement",
            "pension-acknowledgement-recorded, gcc.jisr.contracts.pension.v1.PensionAcknowledgement",
            "contribution-report-accepted-one-record-withheld, gcc.jisr.contracts.pension.v1.ContributionReportAccepted"})
    void eachJsonExampleIsTheSameMessageAsItsXmlExample(String example, Class<?> type) throws Exception {
        JsonNode original = json(example);
        Object fromJson = CANONICAL_JSON.treeToValue(original, type);

        String written = write(asRootElement(fromJson));
        Object fromXml = read(written, type);
        assertThat(written).as("the XML written from the JSON example is the XML example")
                .isEqualTo(write(asRootElement(read(xml(example), type))));

        JsonNode backToJson = CANONICAL_JSON.readTree(CANONICAL_JSON.writeValueAsBytes(fromXml));
        assertThat(backToJson).isEqualTo(original);
        assertThat(PensionExamples.refusedFields(PensionJsonSchemasTest.SCHEMA_OF_EXAMPLE.get(example), backToJson)).isEmpty();
    }

    private static JAXBElement<?> asRootElement(Object canonical) {
        ObjectFactory elements = new ObjectFactory();
        if (canonical instanceof ContributionReport report) {
            return elements.createContributionReport(report);
        } else if (canonical instanceof ServicePeriodStatement statement) {
            return elements.createServicePeriodStatement(statement);
        } else if (canonical instanceof PensionNotice notice) {
            return elements.createPensionNotice(notice);
        } else if (canonical instanceof ContributionReportAcknowledgement acknowledgement) {
            return elements.createContributionReportAcknowledgement(acknowledgement);
        } else if (canonical instanceof PensionAcknowledgement acknowledgement) {
            return elements.createPensionAcknowledgement(acknowledgement);
        } else if (canonical instanceof ContributionReportAccepted accepted) {
            return elements.createContributionReportAccepted(accepted);
        }
        throw new IllegalArgumentException(canonical.getClass() + " is no root element of the pension contract");
    }

    @Test
    void theSoapRequestWrapsTheReportInTheOperationsElement() throws Exception {
        SubmitContributionReport request = new SubmitContributionReport();
        request.setReport(read(xml("contribution-report-kw-pifss-saudis-in-kuwait"), ContributionReport.class));
        StringWriter out = new StringWriter();
        jaxb.createMarshaller().marshal(request, out);

        Object back = jaxb.createUnmarshaller().unmarshal(new StringReader(out.toString()));
        assertThat(back).isInstanceOf(SubmitContributionReport.class);
        assertThat(((SubmitContributionReport) back).getReport().getReportId()).isEqualTo("PIFSS-GCC-202610-000415");
        assertThat(out.toString()).contains("urn:gcc:jisr:pension:wsdl:v1").contains("submitContributionReport");
    }

    @Test
    void theServiceInterfaceIsDocumentLiteralWrapped() throws Exception {
        assertThat(PensionExchangePortType.class.getMethod("submitContributionReport", ContributionReport.class).getReturnType())
                .isEqualTo(ContributionReportAccepted.class);
        assertThat(PensionExchangePortType.class.getMethod("submitServicePeriods", ServicePeriodStatement.class).getReturnType())
                .isEqualTo(SubmissionAccepted.class);
        assertThat(PensionExchangePortType.class.getMethod("submitNotice", PensionNotice.class).getReturnType())
                .isEqualTo(SubmissionAccepted.class);
        assertThat(PensionExchangePortType.class.getMethod("getTracking", String.class).getReturnType())
                .isEqualTo(TrackingRecord.class);
    }

    @Test
    void theSharedTrafficTypesDoNotDependOnThePensionContract() {
        // All WSDLs generate into one tree and the last one wins: a pension subtype of a shared class would change it.
        assertThat(SubmissionAccepted.class.getAnnotation(XmlSeeAlso.class)).isNull();
        assertThat(TrackingRecord.class.getAnnotation(XmlSeeAlso.class)).isNull();
    }
}
