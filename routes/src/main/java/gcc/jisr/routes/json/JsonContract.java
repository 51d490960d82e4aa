package gcc.jisr.routes.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One JSON Schema of the contracts, applied to untrusted bytes before they become a canonical object: malformed
 * JSON, schema violations (each naming its field as a JSON Pointer) and values the schema admits but the canonical type cannot
 * hold (an impossible date) all end as catalogue errors.
 */
public final class JsonContract<T> {

    private final JsonSchema schema;
    private final Class<T> type;
    private final String enumeratedField;
    private final JisrError enumeratedFieldError;

    /**
     * @param enumeratedField a field whose value outside its closed list earns its own error code (e.g. purpose)
     */
    public JsonContract(String schemaResource, Class<T> type, String enumeratedField, JisrError enumeratedFieldError) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + schemaResource), config);
        this.type = type;
        this.enumeratedField = "/" + enumeratedField;
        this.enumeratedFieldError = enumeratedFieldError;
    }

    public T read(byte[] json) {
        JsonNode tree;
        try {
            tree = CanonicalJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new JisrException(JisrError.MALFORMED, "the body is not well-formed JSON: " + location(e));
        } catch (IOException e) {
            throw new JisrException(JisrError.MALFORMED, "the body cannot be read");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new JisrException(JisrError.MALFORMED, "the body is empty");
        }
        return read(tree);
    }

    /** Checks a JSON tree already parsed (one line of a stream, say) and converts it. */
    public T read(JsonNode tree) {
        Set<ValidationMessage> errors = schema.validate(tree);
        if (!errors.isEmpty()) {
            throw schemaError(errors);
        }
        return convert(tree);
    }

    /**
     * Converts a tree that is known to satisfy the schema (proved otherwise, e.g. by stricter checks of its own), without
     * running the schema engine again; a value the type cannot hold (an impossible date) is still refused.
     */
    public T convert(JsonNode tree) {
        try {
            return CanonicalJson.mapper().treeToValue(tree, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> "/" + (r.getFieldName() != null ? r.getFieldName() : r.getIndex()))
                    .collect(Collectors.joining());
            throw new JisrException(JisrError.SCHEMA, field + ": value cannot be read as its contract type",
                    List.of(new FieldViolation(field, "not a valid value (an impossible date?)")));
        } catch (JsonProcessingException e) {
            throw new JisrException(JisrError.MALFORMED, "the body cannot be read: " + location(e));
        }
    }

    private JisrException schemaError(Set<ValidationMessage> errors) {
        List<FieldViolation> violations = errors.stream()
                .map(m -> new FieldViolation(field(m), m.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        boolean onlyEnumeratedField = violations.stream().allMatch(v -> v.field().equals(enumeratedField));
        JisrError error = onlyEnumeratedField ? enumeratedFieldError : JisrError.SCHEMA;
        String detail = violations.stream().map(FieldViolation::reason).collect(Collectors.joining("; "));
        return new JisrException(error, detail, violations);
    }

    /** The offending field as an RFC 6901 JSON Pointer, as RFC 9457 suggests for problem details. */
    private static String field(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        // A missing or unexpected member is reported at its parent: name the member itself.
        if (("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))
                && message.getProperty() != null) {
            return location + "/" + message.getProperty();
        }
        return location;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? e.getOriginalMessage()
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage();
    }
}
