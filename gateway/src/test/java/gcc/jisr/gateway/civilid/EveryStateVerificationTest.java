package gcc.jisr.gateway.civilid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.sim.CivilRegistrySimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state whose adapter the gateway carries answers each of its sample civil IDs with the expected card status,
 * over REST and SOAP (HTTPS, each as the agency its request names as requester), through its own national format and
 * simulator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryStateVerificationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** OM:ROP, the requester of the REST requests; SA:JAWAZAT, that of {@link CivilIdVerificationApplicationTest#soapRequest}. */
    HttpClient rop;
    HttpClient jawazat;

    @BeforeEach
    void agencies() {
        rop = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.OM, "ROP");
        jawazat = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.SA, "JAWAZAT");
    }

    static Stream<Arguments> samples() {
        return ServiceLoader.load(CivilRegistrySimulator.class).stream().map(ServiceLoader.Provider::get)
                .flatMap(sim -> sim.sampleCivilIds().entrySet().stream().map(e -> Arguments.of(sim.state(), e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("samples")
    void eachSampleCivilIdAnswersItsStatusOverRestAndSoap(GccState state, String expectedStatus, String civilId) throws Exception {
        HttpResponse<String> rest = rop.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"OM","agency":"ROP"},"purpose":"BORDER_CROSSING","civilId":"%s","issuingState":"%s"}"""
                        .formatted(civilId, state))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(rest.body());
        assertThat(answer.path("cardStatus").asText()).isEqualTo(expectedStatus);
        assertThat(answer.path("issuingState").asText()).isEqualTo(state.code());
        assertThat(answer.has("person")).isEqualTo(!expectedStatus.equals("NOT_FOUND"));

        HttpResponse<String> soap = jawazat.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/soap/CivilIdVerification"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(CivilIdVerificationApplicationTest.soapRequest("BORDER_CROSSING", civilId)
                        .replace("<cid:issuingState>KW<", "<cid:issuingState>" + state + "<"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(soap.statusCode()).as(soap.body()).isEqualTo(200);
        assertThat(soap.body()).contains("<ns2:cardStatus>" + expectedStatus + "</ns2:cardStatus>");
    }

    @Test
    void theGatewayCarriesEveryGccState() {
        Set<GccState> states = EnumSet.noneOf(GccState.class);
        samples().forEach(a -> states.add((GccState) a.get()[0]));
        assertThat(states).containsExactlyInAnyOrder(GccState.values());
    }
}
