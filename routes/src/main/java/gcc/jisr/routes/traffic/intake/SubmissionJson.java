package gcc.jisr.routes.traffic.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.routes.json.JsonContract;
import gcc.jisr.routes.traffic.TrafficJson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Notices and status updates read from an agency's JSON: checked against their JSON Schema first, then bound with the
 * traffic mapper ({@link TrafficJson}), which keeps each time's offset and reads money exactly.
 */
public final class SubmissionJson {

    private static final String SCHEMAS = "jisr/contracts/v1/json/";

    // JsonContract checks the bytes against the schema; the tree is then bound with the traffic mapper, because
    // JsonContract's own binding (CanonicalJson, shared with civil-ID) would move every offset to UTC.
    private static final JsonContract<JsonNode> NOTICE = new JsonContract<>(SCHEMAS + "traffic-violation-notice.schema.json",
            JsonNode.class, "offence/code", JisrError.UNKNOWN_OFFENCE);
    private static final JsonContract<JsonNode> STATUS_UPDATE = new JsonContract<>(SCHEMAS + "traffic-status-update.schema.json",
            JsonNode.class, "", JisrError.SCHEMA);

    private SubmissionJson() {
    }

    /**
     * A notice read from untrusted bytes against its JSON Schema.
     *
     * @throws JisrException MALFORMED, SCHEMA or UNKNOWN_OFFENCE (an offence code outside the GCC list, and nothing else wrong)
     */
    public static ViolationNotice readNotice(byte[] json) {
        return bind(NOTICE.read(json), ViolationNotice.class);
    }

    /** A status update read from untrusted bytes against its JSON Schema (MALFORMED or SCHEMA). */
    public static ViolationStatusUpdate readStatusUpdate(byte[] json) {
        return bind(STATUS_UPDATE.read(json), ViolationStatusUpdate.class);
    }

    private static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return TrafficJson.mapper().treeToValue(tree, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> "/" + (r.getFieldName() != null ? r.getFieldName() : r.getIndex()))
                    .collect(Collectors.joining());
            throw new JisrException(JisrError.SCHEMA, field + ": value cannot be read as its contract type",
                    List.of(new FieldViolation(field, "not a valid value (an impossible date?)")));
        } catch (JsonProcessingException e) {
            throw new JisrException(JisrError.MALFORMED, "the body cannot be read");
        }
    }
}
