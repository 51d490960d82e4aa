package gcc.jisr.contracts.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.traffic.v1.Evidence;
import gcc.jisr.contracts.traffic.v1.OffenceCode;
import gcc.jisr.contracts.traffic.v1.ObjectFactory;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.contracts.traffic.v1.soap.SubmitViolation;
import gcc.jisr.contracts.traffic.v1.soap.TrafficViolationPortType;
import jakarta.activation.DataHandler;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import static gcc.jisr.contracts.traffic.TrafficExamples.CANONICAL_JSON;
import static gcc.jisr.contracts.traffic.TrafficExamples.json;
import static gcc.jisr.contracts.traffic.TrafficExamples.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The JAXB types generated from TrafficViolation.wsdl: they read the XML examples without losing anything that
 * matters (Arabic letters, the fils of a fine, the offset of a time, the evidence bytes), write XML that is valid
 * against the XSD, and hold the JSON examples under the same names, so that one canonical object serves both faces.
 */
class TrafficJaxbRoundTripTest {

    private static JAXBContext jaxb;
    private static Schema xsd;

    @BeforeAll
    static void bind() throws JAXBException {
        jaxb = JAXBContext.newInstance(ObjectFactory.class, gcc.jisr.contracts.traffic.v1.soap.ObjectFactory.class);
        xsd = TrafficExamples.trafficXsd();
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aNoticeKeepsItsArabicTextFilsOffsetAndEvidenceThroughXml() throws Exception {
        ViolationNotice read = read(xml("notice-kw-speeding-saudi-car.xml"), ViolationNotice.class);
        ViolationNotice notice = read(write(new ObjectFactory().createViolationNotice(read)), ViolationNotice.class);

        assertThat(notice.getReporter().getState()).isEqualTo("KW");
        assertThat(notice.getVehicle().getPlate().getLettersArabic()).isEqualTo("ابح");
        assertThat(notice.getVehicle().getPlate().getLettersLatin()).isEqualTo("ABJ");
        assertThat(notice.getDriver().getFullNameArabic()).isEqualTo("محمد عبدالله القحطاني");
        assertThat(notice.getOffence().getCode()).isEqualTo(OffenceCode.SPEEDING);
        assertThat(notice.getOffence().getSpeed().getMeasuredKmh()).isEqualTo(152);
        assertThat(notice.getFine().getAmount()).isEqualByComparingTo("75.25");
        assertThat(notice.getFine().getAmount().scale()).as("the fils are kept as written").isEqualTo(3);
        assertThat(notice.getFine().getCurrency()).isEqualTo("KWD");
        assertThat(notice.getOccurredAt()).isEqualTo(OffsetDateTime.of(2026, 11, 20, 21, 14, 5, 0, ZoneOffset.ofHours(3)));
        assertThat(notice.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(notice.getPlace().getCoordinates().getLatitude()).isEqualTo(29.2791);

        Evidence photo = notice.getEvidence().get(0);
        DataHandler content = photo.getContent();
        byte[] bytes = content.getInputStream().readAllBytes();
        assertThat(bytes).isEqualTo(TrafficExamples.bytes("traffic/evidence/radar-photo.png"));
        assertThat(sha256(bytes)).as("the bytes still match the digest the notice gives").isEqualTo(photo.getSha256());
        assertThat((long) bytes.length).isEqualTo(photo.getSize());
    }

    @ParameterizedTest
    @CsvSource({"status-update-paid-in-saudi-arabia.xml", "acknowledgement-recorded.xml", "submission-accepted.xml",
            "tracking-record-acknowledged-after-a-retry.xml"})
    void eachOtherMessageSurvivesARoundTripAndStaysValid(String example) throws Exception {
        Object read = jaxb.createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml(example))));
        String written = write(read);
        Object again = jaxb.createUnmarshaller().unmarshal(new StreamSource(new StringReader(written)));
        assertThat(write(again)).isEqualTo(written);
    }

    @Test
    void aPaymentKeepsItsAmountDateAndReceipt() throws Exception {
        ViolationStatusUpdate update = read(xml("status-update-paid-in-saudi-arabia.xml"), ViolationStatusUpdate.class);
        assertThat(update.getPaid().getAmount().getAmount()).isEqualTo(new BigDecimal("75.250"));
        assertThat(update.getPaid().getPaidOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(update.getPaid().getReceiptNumber()).isEqualTo("SADAD-7731-009912");
        assertThat(update.getCancelled()).isNull();
    }

    @Test
    void aTrackingRecordKeepsItsHistoryInOrder() throws Exception {
        TrackingRecord record = read(xml("tracking-record-acknowledged-after-a-retry.xml"), TrackingRecord.class);
        assertThat(record.getHistory()).extracting(e -> e.getEvent())
                .containsExactly("ACCEPTED", "FAILED", "FORWARDED", "DELIVERED", "ACKNOWLEDGED");
        assertThat(record.getHistory().get(1).getError().getCode()).isEqualTo("JISR-504-PARTNER-UNREACHABLE");
        assertThat(record.getStatus()).isEqualTo(TrackingStatus.ACKNOWLEDGED);
    }

    @Test
    void aTimeOnTheMinuteIsStillWrittenWithItsSeconds() throws Exception {
        SubmissionAccepted accepted = read(xml("submission-accepted.xml"), SubmissionAccepted.class);
        accepted.setAcceptedAt(OffsetDateTime.of(2026, 11, 20, 21, 14, 0, 0, ZoneOffset.ofHours(3)));
        assertThat(write(new ObjectFactory().createSubmissionAccepted(accepted))).contains("acceptedAt>2026-11-20T21:14:00+03:00</");
    }

    @ParameterizedTest
    @CsvSource({
            "notice-kw-speeding-saudi-car.json, gcc.jisr.contracts.traffic.v1.ViolationNotice, traffic-violation-notice.schema.json",
            "status-update-paid-in-saudi-arabia.json, gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate, traffic-status-update.schema.json",
            "acknowledgement-recorded.json, gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement, traffic-acknowledgement.schema.json",
            "submission-accepted.json, gcc.jisr.contracts.traffic.v1.SubmissionAccepted, submission-accepted.schema.json",
            "tracking-record-acknowledged-after-a-retry.json, gcc.jisr.contracts.traffic.v1.TrackingRecord, tracking-record.schema.json"})
    void eachJsonExampleIsTheSameMessageAsTheXsdDescribes(String example, Class<?> type, String schemaName) throws Exception {
        JsonNode original = json(example);
        Object canonical = CANONICAL_JSON.treeToValue(original, type);

        assertThatCode(() -> write(asRootElement(canonical))).as("valid against the XSD").doesNotThrowAnyException();

        JsonNode backToJson = CANONICAL_JSON.readTree(CANONICAL_JSON.writeValueAsBytes(canonical));
        assertThat(backToJson).isEqualTo(original);
        assertThat(TrafficJsonSchemasTest.schema(schemaName).validate(backToJson)).isEmpty();
    }

    private static JAXBElement<?> asRootElement(Object canonical) {
        ObjectFactory elements = new ObjectFactory();
        if (canonical instanceof ViolationNotice notice) {
            return elements.createViolationNotice(notice);
        } else if (canonical instanceof ViolationStatusUpdate update) {
            return elements.createViolationStatusUpdate(update);
        } else if (canonical instanceof TrafficAcknowledgement acknowledgement) {
            return elements.createTrafficAcknowledgement(acknowledgement);
        } else if (canonical instanceof SubmissionAccepted accepted) {
            return elements.createSubmissionAccepted(accepted);
        } else if (canonical instanceof TrackingRecord record) {
            return elements.createTrackingRecord(record);
        }
        throw new IllegalArgumentException(canonical.getClass() + " is no root element of the traffic contract");
    }

    @Test
    void theSoapRequestWrapsTheNoticeInTheOperationsElement() throws Exception {
        SubmitViolation request = new SubmitViolation();
        request.setNotice(read(xml("notice-kw-speeding-saudi-car.xml"), ViolationNotice.class));
        StringWriter out = new StringWriter();
        jaxb.createMarshaller().marshal(request, out);

        Object back = jaxb.createUnmarshaller().unmarshal(new StringReader(out.toString()));
        assertThat(back).isInstanceOf(SubmitViolation.class);
        assertThat(((SubmitViolation) back).getNotice().getViolationReference()).isEqualTo("KW-TR-2026-0048213");
        assertThat(out.toString()).contains("urn:gcc:jisr:traffic:wsdl:v1").contains("submitViolation");
    }

    @Test
    void theServiceInterfaceIsDocumentLiteralWrapped() throws Exception {
        // Wrapped style is what lets an endpoint take the canonical types as plain parameters.
        assertThat(TrafficViolationPortType.class.getMethod("submitViolation", ViolationNotice.class).getReturnType())
                .isEqualTo(SubmissionAccepted.class);
        assertThat(TrafficViolationPortType.class.getMethod("updateViolationStatus", ViolationStatusUpdate.class).getReturnType())
                .isEqualTo(SubmissionAccepted.class);
        assertThat(TrafficViolationPortType.class.getMethod("getTracking", String.class).getReturnType())
                .isEqualTo(TrackingRecord.class);
    }
}
