package gcc.jisr.routes.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.traffic.TrafficJson;

/**
 * The payload of a pension envelope: one part of a pension message. {@code header} is the message's cleartext
 * metadata (for a contribution report: the report without its records, with the declared totals and what was
 * withheld; never a person's data); {@code sealed} is the part's content, a JWE to the receiving state's encryption
 * key; {@code of}, {@code index} and {@code count} say which message it belongs to and where, so that the receiver can
 * put the parts together in any order they arrive.
 */
public record PensionPart(JsonNode header, String of, int index, int count, int records, String sealed) {

    public PensionPart {
        if (of == null || of.isBlank() || index < 0 || count < 1 || index >= count || records < 0 || sealed == null
                || header == null || !header.isObject()) {
            throw new JisrException(JisrError.SCHEMA, "a pension part needs a header object, of, 0 <= index < count,"
                    + " records >= 0 and its sealed content");
        }
    }

    public static PensionPart read(JsonNode payload) {
        if (!(payload instanceof ObjectNode object) || !(object.get("part") instanceof ObjectNode part)) {
            throw new JisrException(JisrError.SCHEMA, "a pension payload is {header, part: {of, index, count, records}, sealed}");
        }
        JsonNode sealed = object.get("sealed");
        if (sealed == null || !sealed.isTextual() || !part.path("index").canConvertToInt()
                || !part.path("count").canConvertToInt() || !part.path("records").canConvertToInt()) {
            throw new JisrException(JisrError.SCHEMA, "a pension part's index, count, records or sealed content is missing");
        }
        return new PensionPart(object.get("header"), part.path("of").asText(null), part.get("index").asInt(),
                part.get("count").asInt(), part.get("records").asInt(), sealed.asText());
    }

    public ObjectNode toJson() {
        ObjectNode payload = TrafficJson.mapper().createObjectNode();
        payload.set("header", header);
        payload.putObject("part").put("of", of).put("index", index).put("count", count).put("records", records);
        payload.put("sealed", sealed);
        return payload;
    }
}
