package gcc.jisr.gateway.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One step of a message's way through one gateway: what happened (ACCEPTED, SIGNED, FORWARDED, RECEIPT, DELIVERED,
 * ACKNOWLEDGED, FAILED, DEAD_LETTER, REPLAYED, ...), when, at which state's gateway and on which of its nodes.
 *
 * @param gateway   the state whose gateway recorded the step
 * @param node      the cluster member that did it; null for archive records written before nodes were kept
 * @param status    the message's tracking status after the step, null for steps of the archive
 * @param errorCode the catalogue code of a failure, null otherwise
 */
public record MessageEvent(Instant at, String gateway, String node, String event, String status, Integer attempt,
                           String errorCode, String detail) {

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("at", at.toString());
        json.put("gateway", gateway);
        json.put("node", node);
        json.put("event", event);
        json.put("status", status);
        if (attempt == null) {
            json.putNull("attempt");
        } else {
            json.put("attempt", attempt);
        }
        json.put("errorCode", errorCode);
        json.put("detail", detail);
        return json;
    }

    /** An event as a partner gateway wrote it; what is missing or of the wrong type is refused by the caller. */
    static MessageEvent fromJson(JsonNode json) {
        return new MessageEvent(Instant.parse(json.path("at").asText()), text(json, "gateway"), text(json, "node"),
                text(json, "event"), text(json, "status"), json.path("attempt").isInt() ? json.path("attempt").asInt() : null,
                text(json, "errorCode"), text(json, "detail"));
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.path(name);
        return value.isTextual() ? value.asText() : null;
    }
}
