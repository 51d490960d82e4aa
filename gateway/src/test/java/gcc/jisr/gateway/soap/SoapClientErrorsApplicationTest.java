package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a SOAP caller gets wrong before any operation runs, over real HTTPS against the civil-ID endpoint as an
 * authenticated agency (or as nobody): each is answered with its own catalogue code, and none is logged as the
 * gateway's own failure (no ERROR, no stack trace).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SoapClientErrorsApplicationTest {

    static final String ENDPOINT = "/soap/CivilIdVerification";
    static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String VERIFY = "\"urn:gcc:jisr:civil-id:v1:verify\"";

    @LocalServerPort
    int port;

    /** SA's passport authority, which names itself as the requester in {@link #verify()}. */
    HttpClient http;

    @BeforeEach
    void asAnAgency() {
        http = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.SA, "JAWAZAT");
    }

    @Test
    void aSoapActionOfNoOperationIsRefusedAsSuch(CapturedOutput output) throws Exception {
        HttpResponse<String> fault = post("text/xml; charset=UTF-8", "\"urn:gcc:jisr:civil-id:v1:delete\"", envelope(SOAP_11, verify()));
        assertFault(fault, "JISR-400-SOAP-ACTION", output);
    }

    @Test
    void aSoap12EnvelopeOnTheSoap11EndpointIsRefusedAsTheWrongVersion(CapturedOutput output) throws Exception {
        HttpResponse<String> fault = post("application/soap+xml; charset=UTF-8", null, envelope(SOAP_12, verify()));
        assertFault(fault, "JISR-400-SOAP-VERSION", output);
    }

    @Test
    void anEnvelopeOfNoSoapNamespaceIsRefusedAsNoEnvelope(CapturedOutput output) throws Exception {
        HttpResponse<String> fault = post("text/xml; charset=UTF-8", VERIFY, envelope("urn:not-soap", verify()));
        assertFault(fault, "JISR-400-SOAP-ENVELOPE", output);
    }

    @Test
    void anOperationTheServiceDoesNotHaveIsRefusedAsUnknown(CapturedOutput output) throws Exception {
        HttpResponse<String> fault = post("text/xml; charset=UTF-8", "", envelope(SOAP_11,
                "<w:deleteCivilId xmlns:w=\"urn:gcc:jisr:civil-id:wsdl:v1\"><w:civilId>1</w:civilId></w:deleteCivilId>"));
        assertFault(fault, "JISR-404-SOAP-OPERATION", output);
    }

    @Test
    void aCallerWhoProvesNoAgencyIsRefusedWithAFaultBeforeTheEnvelopeIsRead(CapturedOutput output) throws Exception {
        HttpResponse<String> fault = AgencyClients.anonymous(AgencyClients.DEFAULT_PKI).send(HttpRequest.newBuilder(URI.create(url(ENDPOINT)))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", VERIFY)
                .POST(HttpRequest.BodyPublishers.ofString(envelope(SOAP_11, verify()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fault.statusCode()).as(fault.body()).isEqualTo(401);
        assertFault(fault, "JISR-401-AGENCY-UNAUTHENTICATED", output);
    }

    @Test
    void aSchemaOutsideTheContractIsNotFound(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url(ENDPOINT + "?xsd=../../etc/passwd")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).contains("JISR-404-NOT-FOUND").doesNotContain("root:");
        assertNothingLoggedAsTheGatewaysFailure(output);
    }

    void assertFault(HttpResponse<String> fault, String code, CapturedOutput output) {
        assertThat(fault.statusCode()).as(fault.body()).isBetween(400, 599);
        assertThat(fault.body()).contains("jisr:" + code).contains("code>" + code + "</");
        assertNothingLoggedAsTheGatewaysFailure(output);
    }

    static void assertNothingLoggedAsTheGatewaysFailure(CapturedOutput output) {
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ") || line.startsWith("\tat "))).isEmpty();
        assertThat(output.getAll()).doesNotContain("JISR-500-INTERNAL");
    }

    HttpResponse<String> post(String contentType, String soapAction, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(ENDPOINT))).header("Content-Type", contentType);
        if (soapAction != null) {
            request.header("SOAPAction", soapAction);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String envelope(String namespace, String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + namespace + "\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    static String verify() {
        return """
                <w:verifyCivilId xmlns:w="urn:gcc:jisr:civil-id:wsdl:v1" xmlns:cid="urn:gcc:jisr:civil-id:v1" \
                xmlns:c="urn:gcc:jisr:common:v1"><w:request><cid:requester><c:state>SA</c:state><c:agency>JAWAZAT</c:agency>\
                </cid:requester><cid:purpose>BORDER_CROSSING</cid:purpose><cid:civilId>285010100015</cid:civilId>\
                <cid:issuingState>KW</cid:issuingState></w:request></w:verifyCivilId>""";
    }

    String url(String path) {
        return "https://127.0.0.1:" + port + path;
    }
}
