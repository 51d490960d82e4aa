package gcc.jisr.gateway.admin.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import gcc.jisr.gateway.problems.JisrFailures;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The dead letters, their replay by an operator with a reason (one, or many at once, each replayed and audited on its
 * own so that one that is no longer a dead letter does not hold back the others), and their discard for good.
 */
@RestController
public class DeadLettersController {

    private final TrafficTracking tracking;
    private final OperatorAudit audit;

    public DeadLettersController(TrafficTracking tracking, OperatorAudit audit) {
        this.tracking = tracking;
        this.audit = audit;
    }

    @GetMapping(path = AdminRequests.BASE + "/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> deadLetters(@RequestParam(required = false) String limit) {
        return MessagesController.records(tracking.deadLetters(AdminRequests.limit(limit)));
    }

    @PostMapping(path = AdminRequests.BASE + "/dead-letters/{trackingId}/replay", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> replay(@PathVariable String trackingId, @RequestBody(required = false) byte[] body) {
        String reason = AdminRequests.reason(AdminRequests.object(body, Set.of("reason")));
        TrackingRecord replayed = audit.perform("DEAD_LETTER_REPLAY", trackingId, reason,
                () -> tracking.replay(trackingId, reason));
        return MessagesController.json(replayed);
    }

    @PostMapping(path = AdminRequests.BASE + "/dead-letters/{trackingId}/discard", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> discard(@PathVariable String trackingId, @RequestBody(required = false) byte[] body) {
        String reason = AdminRequests.reason(AdminRequests.object(body, Set.of("reason")));
        TrackingRecord discarded = audit.perform("DEAD_LETTER_DISCARD", trackingId, reason,
                () -> tracking.discard(trackingId, reason));
        return MessagesController.json(discarded);
    }

    @PostMapping(path = AdminRequests.BASE + "/dead-letters/replay", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> replayMany(@RequestBody(required = false) byte[] body) {
        JsonNode request = AdminRequests.object(body, Set.of("trackingIds", "reason"));
        String reason = AdminRequests.reason(request);
        JsonNode ids = request.path("trackingIds");
        if (!ids.isArray() || ids.isEmpty() || ids.size() > AdminRequests.MAX_LIMIT) {
            throw AdminRequests.schema("/trackingIds", "an array of 1 to " + AdminRequests.MAX_LIMIT + " tracking ids");
        }
        Set<String> trackingIds = new LinkedHashSet<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw AdminRequests.schema("/trackingIds", "every tracking id is a non-empty string");
            }
            trackingIds.add(id.asText());
        }
        ObjectNode answer = TrafficJson.mapper().createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (String trackingId : trackingIds) {
            ObjectNode result = results.addObject().put("trackingId", trackingId);
            try {
                TrackingRecord replayed = audit.perform("DEAD_LETTER_REPLAY", trackingId, reason,
                        () -> tracking.replay(trackingId, reason));
                result.put("outcome", "REPLAYED").put("status", replayed.getStatus().value());
            } catch (RuntimeException failure) {
                JisrException refused = JisrFailures.classify(failure);
                result.put("outcome", refused.error().code()).put("detail", refused.getMessage());
            }
        }
        return MessagesController.json(answer);
    }
}
