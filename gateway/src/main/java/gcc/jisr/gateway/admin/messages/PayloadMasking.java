package gcc.jisr.gateway.admin.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.adapters.CivilIdMask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Civil IDs in a message payload as an operator without the right to see them gets it: every member named civilId
 * (the canonical contracts' name for a person's civil ID, wherever the person appears) masked as in the logs.
 */
final class PayloadMasking {

    private static final String CIVIL_ID = "civilId";

    private PayloadMasking() {
    }

    static JsonNode masked(JsonNode payload) {
        JsonNode copy = payload.deepCopy();
        mask(copy);
        return copy;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            object.fields().forEachRemaining(members::add);
            for (Map.Entry<String, JsonNode> member : members) {
                if (CIVIL_ID.equals(member.getKey()) && member.getValue().isTextual()) {
                    object.put(CIVIL_ID, CivilIdMask.mask(member.getValue().asText()));
                } else {
                    mask(member.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(PayloadMasking::mask);
        }
    }
}
