package gcc.jisr.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.surfaces.SurfacePorts;
import gcc.jisr.gateway.testing.AgencyClients;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that comes while Camel's routes do not run, over real HTTPS as an agency (readiness on the management
 * port, as operators and orchestrators ask it): the test suspends the running context, which
 * leaves it exactly as at start-up between Tomcat opening its port and Camel starting the routes (not Started), and
 * resumes it afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartingGatewayApplicationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String VERIFICATION = """
            {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING","civilId":"285010100015","issuingState":"KW"}""";

    @LocalServerPort
    int port;

    @Autowired
    SurfacePorts ports;

    @Autowired
    CamelContext camel;

    HttpClient agency;
    HttpClient operator;

    @BeforeEach
    void clients() {
        agency = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.SA, "JAWAZAT");
        operator = AgencyClients.anonymous(AgencyClients.DEFAULT_PKI);
    }

    @AfterEach
    void routesRunAgain() {
        if (camel.getStatus() != ServiceStatus.Started) {
            camel.resume();
        }
    }

    @Test
    void aRequestBeforeTheRoutesRunIsAskedToComeBackAndReadinessSaysNotYet() throws Exception {
        camel.suspend();

        HttpResponse<String> early = postJson(VERIFICATION);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(early.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(early.body());
        assertThat(problem.path("code").asText()).isEqualTo("JISR-503-STARTING");

        HttpResponse<String> soap = send(agency, HttpRequest.newBuilder(uri("/soap/CivilIdVerification"))
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString("<x/>")));
        assertThat(soap.statusCode()).isEqualTo(503);
        assertThat(soap.body()).contains("jisr:JISR-503-STARTING");

        HttpResponse<String> readiness = readiness();
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);

        camel.resume();

        assertThat(postJson(VERIFICATION).statusCode()).isEqualTo(200);
        assertThat(readiness().statusCode()).isEqualTo(200);
    }

    HttpResponse<String> postJson(String json) throws Exception {
        return send(agency, HttpRequest.newBuilder(uri("/api/v1/civil-id/verifications")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> readiness() throws Exception {
        return send(operator, HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + ports.managementPort().orElseThrow()
                + "/actuator/health/readiness")).GET());
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }
}
