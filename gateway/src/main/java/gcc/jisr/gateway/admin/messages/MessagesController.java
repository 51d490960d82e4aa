package gcc.jisr.gateway.admin.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.OperatorRight;
import gcc.jisr.gateway.admin.OperatorRole;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import gcc.jisr.gateway.problems.LogMasking;
import gcc.jisr.routes.traffic.TrackingQuery;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Message search and a message with its whole history and payload. Civil IDs in the payload are masked unless the
 * operator is an ADMIN or has the right SEE_CIVIL_IDS; an unmasked view is audited.
 */
@RestController
public class MessagesController {

    private static final Set<String> SEE_CIVIL_IDS = Set.of(OperatorRole.ADMIN.authority(), OperatorRight.SEE_CIVIL_IDS.name());

    private final TrafficTracking tracking;
    private final JdbcTemplate jdbc;
    private final OperatorAudit audit;

    public MessagesController(TrafficTracking tracking, JdbcTemplate jdbc, OperatorAudit audit) {
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping(path = AdminRequests.BASE + "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> search(@RequestParam(required = false) String partner,
                                         @RequestParam(required = false) String service,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String limit) {
        TrackingQuery query = new TrackingQuery(
                AdminRequests.blankToNull(partner) == null ? null : GccState.fromCode(partner).orElseThrow(() ->
                        AdminRequests.schema("partner", partner + " is not a GCC state")),
                AdminRequests.blankToNull(service), status(status), AdminRequests.instant("from", from),
                AdminRequests.instant("to", to), Math.min(AdminRequests.limit(limit), TrackingQuery.MAX_LIMIT));
        return records(tracking.search(query));
    }

    @GetMapping(path = AdminRequests.BASE + "/messages/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> message(@PathVariable String id) {
        TrackingRecord record = tracking.find(id).orElseThrow(() -> new JisrException(JisrError.NOT_FOUND,
                "no message is tracked here as " + LogMasking.mask(id)));
        ObjectNode view = TrafficJson.mapper().createObjectNode();
        view.set("record", TrafficJson.mapper().valueToTree(record));
        JsonNode payload = payload(record.getTrackingId());
        boolean unmasked = maySeeCivilIds();
        view.put("civilIdsMasked", !unmasked);
        view.set("payload", unmasked ? payload : PayloadMasking.masked(payload));
        if (unmasked) {
            audit.record("MESSAGE_VIEW_UNMASKED", record.getTrackingId(), "DONE", null);
        }
        return json(view);
    }

    static ResponseEntity<byte[]> records(List<TrackingRecord> records) {
        ObjectNode body = TrafficJson.mapper().createObjectNode();
        ArrayNode list = body.putArray("records");
        records.forEach(r -> list.add(TrafficJson.mapper().<JsonNode>valueToTree(r)));
        return json(body);
    }

    static ResponseEntity<byte[]> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TrafficJson.bytes(body));
    }

    private JsonNode payload(String trackingId) {
        byte[] payload = jdbc.queryForObject("SELECT payload FROM tracked_message WHERE tracking_id = ?", byte[].class, trackingId);
        try {
            return TrafficJson.mapper().readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("the stored payload of " + trackingId + " is not JSON", e);
        }
    }

    private static boolean maySeeCivilIds() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(SEE_CIVIL_IDS::contains);
    }

    private static TrackingStatus status(String status) {
        if (AdminRequests.blankToNull(status) == null) {
            return null;
        }
        try {
            return TrackingStatus.fromValue(status);
        } catch (IllegalArgumentException e) {
            throw AdminRequests.schema("status", status + " is not a tracking status");
        }
    }
}
