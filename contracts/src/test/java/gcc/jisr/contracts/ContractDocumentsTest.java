package gcc.jisr.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents that refer to one another resolve: the OpenAPI document names its JSON Schemas by the URL the
 * gateway serves them at (/api/v1/schemas/{name}, from contracts/v1/json/), and the schemas name one another by file.
 */
class ContractDocumentsTest {

    private static final String BASE = "jisr/contracts/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = ContractDocumentsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static List<String> refs(JsonNode node) {
        List<String> found = new ArrayList<>();
        node.findValues("$ref").forEach(ref -> found.add(ref.asText()));
        return found;
    }

    @Test
    void everySchemaTheOpenApiDocumentNamesExists() throws IOException {
        JsonNode openApi = read(BASE + "openapi/jisr-api-v1.json");
        List<String> schemaRefs = refs(openApi).stream().filter(ref -> ref.startsWith("schemas/")).toList();
        assertThat(schemaRefs).contains("schemas/traffic-violation-notice.schema.json", "schemas/traffic-status-update.schema.json",
                "schemas/tracking-record.schema.json", "schemas/submission-accepted.schema.json", "schemas/problem.schema.json");
        for (String ref : schemaRefs) {
            assertThat(ContractDocumentsTest.class.getClassLoader().getResource(BASE + "json/" + ref.substring("schemas/".length())))
                    .as(ref).isNotNull();
        }
    }

    @Test
    void everyLocalReferenceOfTheOpenApiDocumentResolves() throws IOException {
        JsonNode openApi = read(BASE + "openapi/jisr-api-v1.json");
        for (String ref : refs(openApi).stream().filter(ref -> ref.startsWith("#/")).toList()) {
            assertThat(openApi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void theTrafficOperationsAnswer202WithATrackingIdAndProblemsOtherwise() throws IOException {
        JsonNode paths = read(BASE + "openapi/jisr-api-v1.json").get("paths");
        for (String path : List.of("/api/v1/traffic/violations", "/api/v1/traffic/violations/{trackingId}/status")) {
            JsonNode responses = paths.at("/" + path.replace("~", "~0").replace("/", "~1") + "/post/responses");
            assertThat(responses.at("/202/$ref").asText()).as(path).isEqualTo("#/components/responses/SubmissionAccepted");
            assertThat(responses.at("/400/$ref").asText()).as(path).isEqualTo("#/components/responses/Problem");
        }
        JsonNode multipart = paths.at("/~1api~1v1~1traffic~1violations/post/requestBody/content/multipart~1form-data");
        assertThat(multipart.at("/schema/required/0").asText()).isEqualTo("notice");
        assertThat(multipart.at("/encoding/notice/contentType").asText()).isEqualTo("application/json");
        assertThat(paths.at("/~1api~1v1~1messages~1{id}/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("schemas/tracking-record.schema.json");
    }

    @Test
    void everyFileTheTrafficSchemasReferToExists() throws IOException {
        for (String name : List.of("traffic-violation-notice", "traffic-status-update", "traffic-acknowledgement",
                "submission-accepted", "tracking-record")) {
            for (String ref : refs(read(BASE + "json/" + name + ".schema.json"))) {
                if (!ref.startsWith("#")) {
                    String file = ref.substring(0, ref.indexOf('#'));
                    JsonNode target = read(BASE + "json/" + file);
                    assertThat(target.at(ref.substring(ref.indexOf('#') + 1)).isMissingNode()).as(name + " -> " + ref).isFalse();
                }
            }
        }
    }

    @Test
    void thePensionOperationsAnswer202AndTrackThroughTheSharedMessagesResource() throws IOException {
        JsonNode paths = read(BASE + "openapi/jisr-api-v1.json").get("paths");
        JsonNode reports = paths.at("/~1api~1v1~1pension~1contribution-reports/post");
        assertThat(reports.at("/responses/202/content/application~1json/schema/$ref").asText())
                .isEqualTo("schemas/pension-contribution-report-accepted.schema.json");
        assertThat(reports.at("/responses/422/$ref").asText()).isEqualTo("#/components/responses/Problem");
        assertThat(reports.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("schemas/pension-contribution-report.schema.json");
        JsonNode ndjson = reports.at("/requestBody/content/application~1x-ndjson");
        assertThat(ndjson.at("/x-jisr-header-schema/$ref").asText()).isEqualTo("schemas/pension-contribution-report-header.schema.json");
        assertThat(ndjson.at("/x-jisr-line-schema/$ref").asText()).isEqualTo("schemas/pension-contribution-record.schema.json");
        for (String path : List.of("/api/v1/pension/service-periods", "/api/v1/pension/notices")) {
            JsonNode responses = paths.at("/" + path.replace("/", "~1") + "/post/responses");
            assertThat(responses.at("/202/$ref").asText()).as(path).isEqualTo("#/components/responses/SubmissionAccepted");
            assertThat(responses.at("/400/$ref").asText()).as(path).isEqualTo("#/components/responses/Problem");
        }
    }

    @Test
    void everyFileThePensionSchemasReferToExists() throws IOException {
        for (String name : List.of("pension-contribution-report", "pension-contribution-report-header", "pension-contribution-record",
                "pension-service-period-statement", "pension-notice", "pension-contribution-report-acknowledgement",
                "pension-acknowledgement", "pension-contribution-report-accepted", "pension-types")) {
            JsonNode schema = read(BASE + "json/" + name + ".schema.json");
            for (String ref : refs(schema)) {
                String file = ref.startsWith("#") ? name + ".schema.json" : ref.substring(0, ref.indexOf('#'));
                JsonNode target = ref.startsWith("#") ? schema : read(BASE + "json/" + file);
                assertThat(target.at(ref.substring(ref.indexOf('#') + 1)).isMissingNode()).as(name + " -> " + ref).isFalse();
            }
        }
    }
}
