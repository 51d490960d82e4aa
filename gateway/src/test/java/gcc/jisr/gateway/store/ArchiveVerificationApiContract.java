package gcc.jisr.gateway.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.JisrGatewayApplication;
import gcc.jisr.gateway.testing.AgencyClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole gateway on a store chosen by configuration alone: Flyway creates the schema at start-up, and operators ask
 * {@code GET /api/v1/archive/verification} whether the archive is intact, and if not, which record breaks it (over
 * HTTPS, with an agency credential like any call of the national API; here Qatar's Ministry of Interior's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArchiveVerificationApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    ConfigurableApplicationContext gateway;

    /** The spring.datasource settings of the store under test. */
    abstract List<String> storeSettings();

    @BeforeAll
    void startTheGateway() {
        List<String> arguments = new ArrayList<>(List.of("--jisr.state=QA", "--server.port=0", "--server.address=127.0.0.1"));
        arguments.addAll(storeSettings());
        gateway = new SpringApplicationBuilder(JisrGatewayApplication.class).run(arguments.toArray(String[]::new));
    }

    @AfterAll
    void stopTheGateway() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }

    @Test
    void theApiReportsAnIntactChainAndThenNamesTheRecordTamperedWith() throws Exception {
        JsonNode empty = verification();
        assertThat(empty.path("valid").asBoolean()).isTrue();
        assertThat(empty.path("records").asLong()).isZero();
        assertThat(empty.has("firstBroken")).isFalse();

        MessageArchiveContract.append(gateway.getBean(MessageArchive.class), 3);
        assertThat(verification().path("records").asLong()).isEqualTo(3);
        assertThat(verification().path("valid").asBoolean()).isTrue();

        gateway.getBean(JdbcTemplate.class).update("UPDATE archive_record SET to_state = 'BH' WHERE sequence_number = 2");
        JsonNode broken = verification();
        assertThat(broken.path("valid").asBoolean()).isFalse();
        assertThat(broken.path("records").asLong()).isEqualTo(3);
        assertThat(broken.path("firstBroken").path("sequence").asLong()).isEqualTo(2);
        assertThat(broken.path("firstBroken").path("reason").asText()).contains("altered");
    }

    private JsonNode verification() throws Exception {
        String port = gateway.getEnvironment().getProperty("local.server.port");
        HttpClient agency = AgencyClients.http(AgencyClients.DEFAULT_PKI, GccState.QA, "MOI");
        HttpResponse<String> response = agency.send(HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + port + "/api/v1/archive/verification")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
