package gcc.jisr.contracts.pension;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The example messages under src/test/resources/pension and the contract documents they are checked against. */
final class PensionExamples {

    static final String CONTRACTS = "jisr/contracts/v1/";

    /**
     * The JSON form of the generated types as the routes write it (CanonicalJson), with the settings the pension types
     * need: money as a string, a date-time with the offset it was sent with, a contribution month as 2026-10.
     */
    static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .withConfigOverride(BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    private PensionExamples() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = PensionExamples.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String resource) {
        try {
            return CANONICAL_JSON.readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xml(String name) {
        return new String(bytes("pension/xml/" + name + ".xml"), StandardCharsets.UTF_8);
    }

    static ObjectNode json(String name) {
        return (ObjectNode) tree("pension/json/" + name + ".json");
    }

    /** The lines of an NDJSON example, each read on its own as the gateway reads them. */
    static List<JsonNode> ndjson(String name) {
        String text = new String(bytes("pension/ndjson/" + name + ".ndjson"), StandardCharsets.UTF_8);
        return text.lines().filter(line -> !line.isBlank()).map(line -> {
            try {
                return CANONICAL_JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static Schema pensionXsd() {
        try {
            URL xsd = PensionExamples.class.getClassLoader().getResource(CONTRACTS + "xsd/jisr-pension-v1.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(Objects.requireNonNull(xsd));
        } catch (SAXException e) {
            throw new IllegalStateException("the pension XSD does not compile", e);
        }
    }

    /** As the routes load them (JsonContract): from the classpath, so that relative $refs resolve beside them. */
    static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + CONTRACTS + "json/" + name), config);
    }

    /** The offending fields as JsonContract names them: a missing or unexpected member by its own pointer. */
    static List<String> refusedFields(String schemaName, JsonNode message) {
        return schema(schemaName).validate(message).stream().map(PensionExamples::field).distinct().toList();
    }

    private static String field(ValidationMessage m) {
        String location = m.getInstanceLocation().toString();
        if (("required".equals(m.getType()) || "additionalProperties".equals(m.getType())
                || "unevaluatedProperties".equals(m.getType())) && m.getProperty() != null) {
            return location + "/" + m.getProperty();
        }
        return location;
    }

    /** A copy of the example with the member at {@code pointer} (an RFC 6901 pointer) set to {@code value}. */
    static ObjectNode with(ObjectNode example, String pointer, Object value) {
        ObjectNode copy = example.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode node = CANONICAL_JSON.valueToTree(value);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return copy;
    }

    /** A copy of the example without the member at {@code pointer}. */
    static ObjectNode without(ObjectNode example, String pointer) {
        ObjectNode copy = example.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) copy.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        return copy;
    }
}
