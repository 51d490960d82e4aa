package gcc.jisr.gateway.contracts;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * Serves the REST contract as the contracts module holds it: the OpenAPI 3.1 document and the JSON Schemas it
 * refers to by relative URL, so that any OpenAPI tool reading /api/v1/openapi.json resolves them here.
 */
@RestController
public class ContractDocuments {

    private static final String BASE = "jisr/contracts/v1/";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z0-9\\-]+\\.schema\\.json");

    @GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ClassPathResource(BASE + "openapi/jisr-api-v1.json"));
    }

    @GetMapping(path = "/api/v1/schemas/{name}")
    public ResponseEntity<Resource> schema(@PathVariable String name) {
        Resource schema = new ClassPathResource(BASE + "json/" + name);
        if (!SCHEMA_NAME.matcher(name).matches() || !schema.exists()) {
            throw new JisrException(JisrError.NOT_FOUND, "no JSON Schema named " + name);
        }
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/schema+json")).body(schema);
    }
}
