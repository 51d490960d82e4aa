package gcc.jisr.gateway.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.surfaces.SurfacePorts;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What each agency may call and how often, over real TLS with the agencies' own certificates: the configured grants
 * (agency × service × purpose), per-agency rate limits that hold this state's agencies too, and an admin changing an
 * agency at run time through the management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jisr.national.grants[0].state=SA", "jisr.national.grants[0].agency=JAWAZAT", "jisr.national.grants[0].services=*",
        "jisr.national.grants[1].state=KW", "jisr.national.grants[1].agency=PACI",
        "jisr.national.grants[1].services=gcc.civil-id.verify.v1", "jisr.national.grants[1].purposes=BORDER_CROSSING",
        "jisr.national.grants[2].state=KW", "jisr.national.grants[2].agency=RATED-AGENCY",
        "jisr.national.grants[2].services=gcc.civil-id.verify.v1",
        "jisr.national.rate-limits[0].state=KW", "jisr.national.rate-limits[0].agency=RATED-AGENCY",
        "jisr.national.rate-limits[0].capacity=2", "jisr.national.rate-limits[0].per-second=0.01"})
class AgencyGrantsApplicationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_PASSWORD = "amal-secret";

    @DynamicPropertySource
    static void admin(DynamicPropertyRegistry registry) {
        // One property source for the whole list: Spring binds a list from the first source that has any of it.
        registry.add("jisr.admin.users[0].name", () -> "amal");
        registry.add("jisr.admin.users[0].roles", () -> "ADMIN");
        registry.add("jisr.admin.users[0].password-hash", () -> new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD));
    }

    @LocalServerPort
    int port;

    @Autowired
    SurfacePorts ports;

    @Test
    void refusesAnAgencyNoGrantNames() throws Exception {
        HttpResponse<String> response = verify(GccState.KW, "MOI-TRAFFIC", "BORDER_CROSSING");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("JISR-403-AGENCY-NOT-GRANTED");
    }

    @Test
    void refusesAPurposeTheAgencyIsNotGrantedAndAnswersTheOneItIs() throws Exception {
        HttpResponse<String> refused = verify(GccState.KW, "PACI", "LAW_ENFORCEMENT");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("JISR-403-PURPOSE-NOT-GRANTED");
        assertThat(verify(GccState.KW, "PACI", "BORDER_CROSSING").statusCode()).isEqualTo(200);
    }

    @Test
    void holdsThisStatesOwnAgencyToItsRateLimitWithoutTouchingOthers() throws Exception {
        assertThat(verify(GccState.KW, "RATED-AGENCY", "BORDER_CROSSING").statusCode()).isEqualTo(200);
        assertThat(verify(GccState.KW, "RATED-AGENCY", "BORDER_CROSSING").statusCode()).isEqualTo(200);
        HttpResponse<String> limited = verify(GccState.KW, "RATED-AGENCY", "BORDER_CROSSING");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(limited.body()).path("code").asText()).isEqualTo("JISR-429-RATE-LIMITED");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(verify(GccState.KW, "PACI", "BORDER_CROSSING").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminDisablesAnAgencyAtRunTimeAndResetsItToItsConfiguredGrants() throws Exception {
        assertThat(verify(GccState.SA, "JAWAZAT", "HEALTHCARE").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = admin("PUT", "/agencies/SA/JAWAZAT",
                "{\"services\":[\"gcc.civil-id.verify.v1\"],\"enabled\":false,\"reason\":\"key compromise reported\"}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(JSON.readTree(disabled.body()).path("changedBy").asText()).isEqualTo("amal");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(verify(GccState.SA, "JAWAZAT", "HEALTHCARE").statusCode()).isEqualTo(403));

        HttpResponse<String> narrowed = admin("PUT", "/agencies/SA/JAWAZAT",
                "{\"services\":[\"gcc.civil-id.verify.v1\"],\"purposes\":[\"BORDER_CROSSING\"],\"reason\":\"border only\"}");
        assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(verify(GccState.SA, "JAWAZAT", "BORDER_CROSSING").statusCode()).isEqualTo(200);
            assertThat(verify(GccState.SA, "JAWAZAT", "HEALTHCARE").statusCode()).isEqualTo(403);
        });

        assertThat(admin("DELETE", "/agencies/SA/JAWAZAT", null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(verify(GccState.SA, "JAWAZAT", "HEALTHCARE").statusCode()).isEqualTo(200));
        JsonNode audit = JSON.readTree(admin("GET", "/audit?action=AGENCY_SET", null).body());
        assertThat(audit.toString()).contains("SA:JAWAZAT", "key compromise reported");
        assertThat(admin("DELETE", "/agencies/SA/JAWAZAT", null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownServiceInAnAgencyGrantAsASchemaError() throws Exception {
        HttpResponse<String> refused = admin("PUT", "/agencies/KW/PACI", "{\"services\":[\"gcc.anything\"],\"reason\":\"typo\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("JISR-400-SCHEMA");
    }

    private HttpResponse<String> verify(GccState state, String agency, String purpose) throws Exception {
        HttpClient http = AgencyClients.http(AgencyClients.DEFAULT_PKI, state, agency);
        String body = """
                {"requester":{"state":"%s","agency":"%s"},"purpose":"%s","civilId":"285010100015","issuingState":"KW"}"""
                .formatted(state.code(), agency, purpose);
        return http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/v1/civil-id/verifications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("amal:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + ports.managementPort().orElseThrow()
                        + "/admin/api/v1" + path)).header("Authorization", "Basic " + basic)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return AgencyClients.anonymous(AgencyClients.DEFAULT_PKI).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
