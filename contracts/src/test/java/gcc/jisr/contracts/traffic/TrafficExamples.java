package gcc.jisr.contracts.traffic;

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
import java.util.Objects;

/** The example messages under src/test/resources/traffic and the contract documents they are checked against. */
final class TrafficExamples {

    static final String CONTRACTS = "jisr/contracts/v1/";

    /**
     * The JSON form of the generated types as the routes write it (CanonicalJson), plus the two settings a traffic
     * notice needs: a date-time keeps the offset it was sent with, and money is written as a string, as the schema
     * wants. (Only money is a BigDecimal in the traffic types; coordinates are doubles.)
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

    private TrafficExamples() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TrafficExamples.class.getClassLoader().getResourceAsStream(resource)) {
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
        return new String(bytes("traffic/xml/" + name), StandardCharsets.UTF_8);
    }

    static ObjectNode json(String name) {
        return (ObjectNode) tree("traffic/json/" + name);
    }

    static Schema trafficXsd() {
        try {
            URL xsd = TrafficExamples.class.getClassLoader().getResource(CONTRACTS + "xsd/jisr-traffic-v1.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(Objects.requireNonNull(xsd));
        } catch (SAXException e) {
            throw new IllegalStateException("the traffic XSD does not compile", e);
        }
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
