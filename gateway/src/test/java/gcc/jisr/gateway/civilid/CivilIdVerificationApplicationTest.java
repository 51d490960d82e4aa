package gcc.jisr.gateway.civilid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.CardStatus;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationResponse;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.civilid.v1.soap.CivilIdVerificationPortType;
import gcc.jisr.contracts.civilid.v1.soap.JisrFault;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.gateway.surfaces.SurfacePorts;
import gcc.jisr.gateway.testing.AgencyClients;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway as a partner sees it: real HTTP on a random port, REST and SOAP, with the simulated PACI registry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CivilIdVerificationApplicationTest {

    static final String VALID = "285010100015";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    SurfacePorts ports;

    HttpClient http;
    CivilIdVerificationPortType soap;

    @BeforeEach
    void clients() {
        http = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.SA, "JAWAZAT");
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(CivilIdVerificationPortType.class);
        factory.setAddress(url("/soap/CivilIdVerification"));
        soap = AgencyClients.asAgency((CivilIdVerificationPortType) factory.create(), AgencyClients.DEFAULT_PKI, GccState.SA, "JAWAZAT");
    }

    @Test
    void verifiesACivilIdOverRest() throws Exception {
        HttpResponse<String> response = postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"KW",
                 "claimed":{"fullNameLatin":"Muhammad Abdallah Ahmed Al Sabah","dateOfBirth":"1985-01-01"}}""".formatted(VALID));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("cardStatus").asText()).isEqualTo("VALID");
        assertThat(body.path("person").path("fullNameArabic").asText()).isEqualTo("محمد عبدالله أحمد الصباح");
        assertThat(body.path("match").findValuesAsText("result")).containsExactly("MATCH", "MATCH");
    }

    @Test
    void verifiesACivilIdOverSoapThroughAClientGeneratedFromTheWsdl() throws JisrFault {
        CivilIdVerificationResponse response = soap.verifyCivilId(request("٢٨٥٠١٠١٠٠٠١٥", "KW", PurposeCode.BORDER_CROSSING));
        assertThat(response.getCardStatus()).isEqualTo(CardStatus.VALID);
        assertThat(response.getCivilId()).isEqualTo(VALID);
        assertThat(response.getPerson().getFullNameLatin()).isEqualTo("Mohammed Abdullah Ahmad Al-Sabah");
    }

    @Test
    void soapAndRestGiveTheSameAnswer() throws Exception {
        CivilIdVerificationResponse soapAnswer = soap.verifyCivilId(request("301042045126", "KW", PurposeCode.TRAFFIC_ENFORCEMENT));
        JsonNode restAnswer = JSON.readTree(postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"TRAFFIC_ENFORCEMENT","civilId":"301042045126","issuingState":"KW"}""").body());
        assertThat(soapAnswer.getCardStatus().value()).isEqualTo(restAnswer.path("cardStatus").asText()).isEqualTo("SUSPENDED");
        assertThat(soapAnswer.getPerson().getFullNameLatin()).isEqualTo(restAnswer.path("person").path("fullNameLatin").asText());
        assertThat(soapAnswer.getPerson().getDateOfBirth()).isNull();
        assertThat(restAnswer.path("person").has("dateOfBirth")).isFalse();
    }

    @Test
    void soapFaultsCarryTheCatalogueCode() {
        assertThatThrownBy(() -> soap.verifyCivilId(request("285010100016", "KW", PurposeCode.BORDER_CROSSING)))
                .isInstanceOfSatisfying(JisrFault.class, fault -> {
                    assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-400-CIVIL-ID");
                    assertThat(fault.getFaultInfo().getDetail()).contains("check digit");
                });
        assertThatThrownBy(() -> soap.verifyCivilId(request(VALID, "XX", PurposeCode.BORDER_CROSSING)))
                .isInstanceOfSatisfying(JisrFault.class, fault -> assertThat(fault.getFaultInfo().getCode()).isEqualTo("JISR-404-UNKNOWN-STATE"));
    }

    @Test
    void refusesMalformedJson() throws Exception {
        assertProblem(postJson("{\"requester\": {"), 400, "JISR-400-MALFORMED");
    }

    @Test
    void refusesAKeyGivenTwiceRatherThanReadingTheLast() throws Exception {
        JsonNode problem = assertProblem(postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"KW",
                 "civilId":"290071500219"}""".formatted(VALID)), 400, "JISR-400-MALFORMED");
        assertThat(problem.path("detail").asText()).contains("Duplicate field 'civilId'");
    }

    @Test
    void refusesAWrongContentType() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/civil-id/verifications")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("285010100015")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 415, "JISR-415-MEDIA-TYPE");
    }

    @Test
    void refusesABodyOverTheLimitWhetherAnnouncedOrChunked() throws Exception {
        byte[] big = ("{\"civilId\":\"" + "1".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(postJson(new String(big, StandardCharsets.UTF_8)), 413, "JISR-413-BODY-TOO-LARGE");
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/civil-id/verifications")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(chunked, 413, "JISR-413-BODY-TOO-LARGE");
    }

    @Test
    void refusesAStateOutsideTheGcc() throws Exception {
        assertProblem(postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"EG"}""".formatted(VALID)),
                404, "JISR-404-UNKNOWN-STATE");
    }

    @Test
    void refusesCivilIdsOfTheWrongLengthOrCheckDigitNamingTheRule() throws Exception {
        JsonNode length = assertProblem(postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"28501010001","issuingState":"KW"}"""),
                400, "JISR-400-CIVIL-ID");
        assertThat(length.path("detail").asText()).contains("12 digits");
        JsonNode check = assertProblem(postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"285010100016","issuingState":"KW"}"""),
                400, "JISR-400-CIVIL-ID");
        assertThat(check.path("violations").get(0).path("field").asText()).isEqualTo("civilId");
        assertThat(check.path("violations").get(0).path("reason").asText()).startsWith("check-digit");
    }

    @Test
    void refusesAnUnknownPurposeOverRestAndSoap() throws Exception {
        assertProblem(postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"CURIOSITY","civilId":"%s","issuingState":"KW"}""".formatted(VALID)),
                400, "JISR-400-UNKNOWN-PURPOSE");
        HttpResponse<String> fault = postSoap(soapRequest("CURIOSITY", VALID));
        assertThat(fault.body()).contains("jisr:JISR-400-UNKNOWN-PURPOSE", "CURIOSITY");
    }

    @Test
    void refusesXmlWithADtdOrExternalEntity() throws Exception {
        HttpResponse<String> fault = postSoap("""
                <?xml version="1.0"?>
                <!DOCTYPE e [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>&leak;</soapenv:Body></soapenv:Envelope>""");
        assertThat(fault.body()).contains("jisr:JISR-400-XML-FORBIDDEN").doesNotContain("root:");
    }

    @Test
    void refusesMalformedXml() throws Exception {
        HttpResponse<String> fault = postSoap("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><<</soapenv:Body>");
        assertThat(fault.statusCode()).isEqualTo(500);
        assertThat(fault.body()).containsAnyOf("jisr:JISR-400-MALFORMED", "jisr:JISR-400-SCHEMA");
    }

    @Test
    void refusesAnOversizedSoapBodyWithAFault() throws Exception {
        HttpResponse<String> fault = postSoap(soapRequest("BORDER_CROSSING", VALID).replace("</soapenv:Body>",
                "<!--" + "x".repeat(300 * 1024) + "--></soapenv:Body>"));
        assertThat(fault.statusCode()).isEqualTo(413);
        assertThat(fault.body()).contains("jisr:JISR-413-BODY-TOO-LARGE");
    }

    @Test
    void neverLogsACivilIdInFull(CapturedOutput output) throws Exception {
        postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"KW"}""".formatted(VALID));
        postJson("""
                {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"290071500219","issuingState":"KW"}""");
        postJson("{\"civilId\": 290071500219 290071500219}");
        assertThat(output.getAll()).contains("2850*******5").doesNotContain(VALID).doesNotContain("290071500219");
    }

    @Test
    void servesItsContracts() throws Exception {
        HttpResponse<String> openApi = get("/api/v1/openapi.json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(openApi.body()).path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(get("/api/v1/schemas/civil-id-verification-request.schema.json").statusCode()).isEqualTo(200);
        assertThat(get("/soap/CivilIdVerification?wsdl").body()).contains("CivilIdVerificationPortType");
        assertProblem(get("/api/v1/schemas/../application.yml"), 404, "JISR-404-NOT-FOUND");
    }

    @Test
    void reportsItsHealthOnTheManagementPortOnly() throws Exception {
        HttpClient operator = AgencyClients.anonymous(AgencyClients.DEFAULT_PKI);
        HttpResponse<String> health = operator.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                + ports.managementPort().orElseThrow() + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertProblem(get("/actuator/health"), 404, "JISR-404-NOT-FOUND");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("urn:gcc:jisr:error:" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    private HttpResponse<String> postJson(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/civil-id/verifications")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSoap(String xml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/soap/CivilIdVerification")))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"urn:gcc:jisr:civil-id:v1:verify\"")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "https://localhost:" + port + path;
    }

    static String soapRequest(String purpose, String civilId) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:w="urn:gcc:jisr:civil-id:wsdl:v1"
                    xmlns:cid="urn:gcc:jisr:civil-id:v1" xmlns:c="urn:gcc:jisr:common:v1"><soapenv:Body><w:verifyCivilId><w:request>
                <cid:requester><c:state>SA</c:state><c:agency>JAWAZAT</c:agency></cid:requester><cid:purpose>%s</cid:purpose>
                <cid:civilId>%s</cid:civilId><cid:issuingState>KW</cid:issuingState></w:request></w:verifyCivilId></soapenv:Body></soapenv:Envelope>"""
                .formatted(purpose, civilId);
    }

    static CivilIdVerificationRequest request(String civilId, String issuingState, PurposeCode purpose) {
        CivilIdVerificationRequest request = new CivilIdVerificationRequest();
        Party requester = new Party();
        requester.setState("SA");
        requester.setAgency("JAWAZAT");
        request.setRequester(requester);
        request.setPurpose(purpose);
        request.setCivilId(civilId);
        request.setIssuingState(issuingState);
        return request;
    }
}
