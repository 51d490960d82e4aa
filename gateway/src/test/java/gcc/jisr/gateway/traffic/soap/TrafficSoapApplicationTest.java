package gcc.jisr.gateway.traffic.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.contracts.traffic.v1.soap.JisrFault;
import gcc.jisr.contracts.traffic.v1.soap.TrafficViolationPortType;
import gcc.jisr.gateway.testing.AgencyClients;
import gcc.jisr.gateway.traffic.web.RecordingIntake;
import gcc.jisr.routes.traffic.intake.SubmissionJson;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPBinding;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SOAP face as the Kuwaiti traffic agency uses it against the Kuwaiti gateway, over TLS with the agency's
 * certificate (the reporter its notices name): a client generated from the WSDL
 * sends notices about a Saudi car with their evidence as MTOM attachments; hand-written envelopes send what such a
 * client cannot (an offence code outside the list). Every refusal carries the code REST gives for the same defect, and
 * nothing of it reaches the intake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jisr.state=KW",
        "jisr.traffic.max-evidence-bytes=64KB",
        "jisr.traffic.max-submission-size=400KB",
        // Nothing leaves this gateway during the test.
        "jisr.outbox.poll-interval=1h"})
@Import(RecordingIntake.Beans.class)
class TrafficSoapApplicationTest {

    static final String NOTICE = """
            {
              "reporter": { "state": "KW", "agency": "MOI-TRAFFIC" },
              "violationReference": "KW-TR-2026-0048213",
              "vehicle": { "plate": { "issuingState": "SA", "number": "1234", "lettersArabic": "ابح", "lettersLatin": "ABJ", "category": "private" } },
              "driver": { "civilId": "1012345672", "civilIdState": "SA" },
              "offence": {
                "code": "SPEEDING",
                "lawArticle": { "law": "Decree-Law No. 67 of 1976 on Traffic", "article": "38" },
                "speed": { "measuredKmh": 152, "permittedKmh": 120 }
              },
              "occurredAt": "2026-11-20T21:14:05+03:00",
              "place": { "city": "الفروانية" },
              "fine": { "amount": "75.250", "currency": "KWD" },
              "dueDate": "2026-12-20",
              "correlationId": "kw-traffic-48213"
            }""";
    static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR42mNo+M/wvwEACQAC/5SpKaAAAAAASUVORK5CYII=");

    @LocalServerPort
    int port;

    @Autowired
    RecordingIntake traffic;

    static final java.util.concurrent.atomic.AtomicInteger REFERENCES = new java.util.concurrent.atomic.AtomicInteger();

    TrafficViolationPortType soap;
    /** KW:MOI-TRAFFIC, as {@link #NOTICE} names its reporter. */
    HttpClient http;

    @BeforeEach
    void client() {
        traffic.clear();
        http = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.KW, "MOI-TRAFFIC");
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(TrafficViolationPortType.class);
        factory.setAddress(address());
        soap = AgencyClients.asAgency((TrafficViolationPortType) factory.create(), AgencyClients.DEFAULT_PKI, GccState.KW, "MOI-TRAFFIC");
        ((SOAPBinding) ((BindingProvider) soap).getBinding()).setMTOMEnabled(true);
    }

    @Test
    void acceptsANoticeWithItsEvidenceAsAnMtomAttachment() throws Exception {
        ViolationNotice notice = withEvidence(notice(), PHOTO);
        SubmissionAccepted accepted = soap.submitViolation(notice);
        assertThat(accepted.getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
        assertThat(traffic.notices).singleElement().satisfies(handed -> {
            assertThat(handed.evidence()).singleElement().satisfies(file -> assertThat(file.content()).isEqualTo(PHOTO));
            assertThat(handed.notice().getEvidence().get(0).getContent()).isNull();
            assertThat(handed.notice().getOccurredAt()).hasToString("2026-11-20T21:14:05+03:00");
        });

        TrackingRecord record = soap.getTracking(accepted.getTrackingId());
        assertThat(record.getTo().getState()).isEqualTo("SA");
        assertThat(soap.submitViolation(withEvidence(noticeNamed(notice.getViolationReference()), PHOTO)).getTrackingId())
                .as("the same violation again").isEqualTo(accepted.getTrackingId());
    }

    @Test
    void acceptsAnMtomRequestAsAnAgencysOwnSoapStackWritesIt() throws Exception {
        String boundary = "MIMEBoundary_jisr_test";
        String root = envelope(noticeXml("SPEEDING", "<t:evidence><t:kind>PHOTO</t:kind><t:contentType>image/png</t:contentType><t:size>"
                + PHOTO.length + "</t:size><t:sha256>" + sha256(PHOTO) + "</t:sha256><t:content><xop:Include"
                + " xmlns:xop=\"http://www.w3.org/2004/08/xop/include\" href=\"cid:radar-photo@agency.kw\"/></t:content></t:evidence>"));
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"text/xml\"\r\n"
                + "Content-Transfer-Encoding: 8bit\r\nContent-ID: <root@agency.kw>\r\n\r\n" + root + "\r\n--" + boundary
                + "\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: binary\r\nContent-ID: <radar-photo@agency.kw>\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PHOTO);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address()))
                .header("Content-Type", "multipart/related; type=\"application/xop+xml\"; boundary=\"" + boundary
                        + "\"; start=\"<root@agency.kw>\"; start-info=\"text/xml\"")
                .header("SOAPAction", "\"urn:gcc:jisr:traffic:v1:submitViolation\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        assertThat(response.body()).contains("trackingId", "wsse:BinarySecurityToken");
        assertThat(traffic.notices).singleElement().satisfies(n -> assertThat(n.evidence().get(0).content()).isEqualTo(PHOTO));
    }

    @Test
    void acceptsEvidenceSentInlineWithoutMtom() throws Exception {
        HttpResponse<String> response = post(envelope(noticeXml("SPEEDING", "<t:evidence><t:kind>PHOTO</t:kind>"
                + "<t:contentType>image/png</t:contentType><t:size>" + PHOTO.length + "</t:size><t:sha256>" + sha256(PHOTO)
                + "</t:sha256><t:content>" + Base64.getEncoder().encodeToString(PHOTO) + "</t:content></t:evidence>")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("trackingId");
        assertThat(traffic.notices).singleElement().satisfies(n -> assertThat(n.evidence().get(0).content()).isEqualTo(PHOTO));
    }

    @Test
    void refusesAnUnknownOffenceCodeWithTheCodeRestGives() throws Exception {
        HttpResponse<String> response = post(envelope(noticeXml("JAYWALKING", "")));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        assertThat(response.body()).contains("jisr:JISR-400-UNKNOWN-OFFENCE</faultcode>", "<code>JISR-400-UNKNOWN-OFFENCE</code>");
        assertThat(traffic.notices).isEmpty();
    }

    @Test
    void refusesAMissingMandatoryField() throws Exception {
        HttpResponse<String> response = post(envelope(noticeXml("SPEEDING", "").replaceFirst("<t:dueDate>[^<]*</t:dueDate>", "")));
        assertThat(response.body()).contains("jisr:JISR-400-SCHEMA</faultcode>", "<code>JISR-400-SCHEMA</code>");
        assertThat(traffic.notices).isEmpty();
    }

    @Test
    void appliesTheRulesTheXsdCannotState() throws Exception {
        ViolationNotice speeding = notice();
        speeding.getOffence().setSpeed(null);
        assertFault(() -> soap.submitViolation(speeding), JisrError.SCHEMA);
        ViolationNotice anonymous = notice();
        anonymous.getDriver().setCivilId(null);
        anonymous.getDriver().setCivilIdState(null);
        assertFault(() -> soap.submitViolation(anonymous), JisrError.SCHEMA);
    }

    @Test
    void refusesAPlateThatDoesNotParseForItsState() throws Exception {
        ViolationNotice notice = notice();
        notice.getVehicle().getPlate().setLettersLatin("ABC");
        assertFault(() -> soap.submitViolation(notice), JisrError.INVALID_PLATE);
        ViolationNotice fiveDigits = notice();
        fiveDigits.getVehicle().getPlate().setNumber("12345");
        assertFault(() -> soap.submitViolation(fiveDigits), JisrError.INVALID_PLATE);
    }

    @Test
    void refusesAFineInTheWrongCurrency() throws Exception {
        ViolationNotice notice = notice();
        notice.getFine().setCurrency("SAR");
        notice.getFine().setAmount(new BigDecimal("75.25"));
        assertFault(() -> soap.submitViolation(notice), JisrError.INVALID_AMOUNT);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() throws Exception {
        ViolationNotice notice = notice();
        String trackingId = soap.submitViolation(notice).getTrackingId();
        traffic.notices.clear();
        ViolationStatusUpdate paid = SubmissionJson.readStatusUpdate("""
                {"sender":{"state":"KW","agency":"MOI-TRAFFIC"},"reportingState":"KW","violationReference":"%s",
                 "trackingId":"%s","changedAt":"2026-11-22T10:41:00+03:00",
                 "paid":{"amount":{"amount":"922.505","currency":"SAR"},"paidOn":"2026-11-22","receiptNumber":"SADAD-7731"}}"""
                .formatted(notice.getViolationReference(), trackingId).getBytes(StandardCharsets.UTF_8));
        assertFault(() -> soap.updateViolationStatus(paid), JisrError.INVALID_AMOUNT);
        assertThat(traffic.updates).as("nothing reaches the intake").isEmpty();
        paid.getPaid().getAmount().setAmount(new BigDecimal("922.50"));
        assertThat(soap.updateViolationStatus(paid).getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
        assertThat(traffic.updates).hasSize(1);
    }

    @Test
    void refusesAnAttachmentOverTheLimit() throws Exception {
        byte[] big = new byte[64 * 1024 + 1];
        assertFault(() -> soap.submitViolation(withEvidence(notice(), big)), JisrError.ATTACHMENT_TOO_LARGE);
    }

    @Test
    void refusesAnAttachmentWhoseDigestDoesNotMatch() throws Exception {
        ViolationNotice notice = withEvidence(notice(), PHOTO);
        byte[] altered = PHOTO.clone();
        altered[20] ^= 1;
        notice.getEvidence().get(0).setContent(attachment(altered));
        assertFault(() -> soap.submitViolation(notice), JisrError.ATTACHMENT_DIGEST);
        ViolationNotice withoutBytes = withEvidence(notice(), PHOTO);
        withoutBytes.getEvidence().get(0).setContent(null);
        assertFault(() -> soap.submitViolation(withoutBytes), JisrError.ATTACHMENT_DIGEST);
    }

    @Test
    void answersAnUnknownTrackingIdWithNotFound() {
        assertThatThrownBy(() -> soap.getTracking("018f3c1e-7a2b-7c3d-9e4f-5a6b7c8d9e0f"))
                .isInstanceOfSatisfying(JisrFault.class, f -> assertThat(f.getFaultInfo().getCode()).isEqualTo("JISR-404-NOT-FOUND"));
    }

    // ------------------------------------------------------------------ helpers

    void assertFault(ThrowingCallable call, JisrError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(JisrFault.class, fault -> {
            assertThat(fault.getFaultInfo().getCode()).as(fault.getMessage()).isEqualTo(error.code());
            assertThat(fault.getFaultInfo().getStatus()).isEqualTo(error.httpStatus());
        });
        assertThat(traffic.notices).as("nothing reaches the intake").isEmpty();
    }

    /** The notice, each time with a violation reference of its own: the store keeps every test's notices. */
    static ViolationNotice notice() {
        ViolationNotice notice = SubmissionJson.readNotice(NOTICE.getBytes(StandardCharsets.UTF_8));
        notice.setViolationReference("KW-TR-2026-" + REFERENCES.incrementAndGet());
        return notice;
    }

    static ViolationNotice noticeNamed(String reference) {
        ViolationNotice notice = notice();
        notice.setViolationReference(reference);
        return notice;
    }

    static ViolationNotice withEvidence(ViolationNotice notice, byte[] bytes) throws Exception {
        gcc.jisr.contracts.traffic.v1.Evidence item = new gcc.jisr.contracts.traffic.v1.Evidence();
        item.setKind(gcc.jisr.contracts.traffic.v1.EvidenceKind.PHOTO);
        item.setContentType("image/png");
        item.setSize(bytes.length);
        item.setSha256(sha256(bytes));
        item.setContent(attachment(bytes));
        notice.getEvidence().add(item);
        return notice;
    }

    static DataHandler attachment(byte[] bytes) {
        return new DataHandler(new DataSource() {
            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public OutputStream getOutputStream() {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public String getContentType() {
                return "image/png";
            }

            @Override
            public String getName() {
                return "radar.png";
            }
        });
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String noticeXml(String offenceCode, String evidence) {
        return """
                <w:submitViolation xmlns:w="urn:gcc:jisr:traffic:wsdl:v1" xmlns:t="urn:gcc:jisr:traffic:v1" xmlns:c="urn:gcc:jisr:common:v1">
                <w:notice>
                <t:reporter><c:state>KW</c:state><c:agency>MOI-TRAFFIC</c:agency></t:reporter>
                <t:violationReference>KW-TR-X-%s</t:violationReference>
                <t:vehicle><t:plate><t:issuingState>SA</t:issuingState><t:number>1234</t:number><t:lettersArabic>ابح</t:lettersArabic>
                <t:lettersLatin>ABJ</t:lettersLatin><t:category>private</t:category></t:plate></t:vehicle>
                <t:offence><t:code>%s</t:code><t:lawArticle><t:law>Decree-Law No. 67 of 1976 on Traffic</t:law><t:article>38</t:article></t:lawArticle>
                <t:speed><t:measuredKmh>152</t:measuredKmh><t:permittedKmh>120</t:permittedKmh></t:speed></t:offence>
                <t:occurredAt>2026-11-20T21:14:05+03:00</t:occurredAt>
                <t:place><t:city>الفروانية</t:city></t:place>
                <t:fine><t:amount>75.250</t:amount><t:currency>KWD</t:currency></t:fine>
                <t:dueDate>2026-12-20</t:dueDate>%s
                </w:notice></w:submitViolation>""".formatted(REFERENCES.incrementAndGet(), offenceCode, evidence);
    }

    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    String address() {
        return "https://127.0.0.1:" + port + "/soap/TrafficViolation";
    }

    HttpResponse<String> post(String envelope) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address()))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"urn:gcc:jisr:traffic:v1:submitViolation\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
