package gcc.jisr.gateway.traffic.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.national.MessageOwners;
import gcc.jisr.gateway.problems.LogMasking;
import jakarta.servlet.http.HttpServletRequest;
import gcc.jisr.routes.traffic.TrackingQuery;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Where asynchronous submissions are: one by its tracking (or message) id, a search, and the dead letters, each of
 * the calling agency's own messages only (those it sent or that were received for it). Replaying
 * a dead letter is an operator's action, authenticated and audited: {@code POST /admin/api/v1/dead-letters/{id}/replay}.
 */
@RestController
public class TrackingController {

    static final String MESSAGES = "/api/v1/messages";
    static final String DEAD_LETTERS = "/api/v1/dead-letters";
    static final int DEFAULT_LIMIT = 50;

    private final TrafficTracking tracking;
    private final MessageOwners owners;

    /** A list of tracking records; an empty list is written too, so that "none" reads differently from "no answer". */
    record TrackedMessages(@JsonInclude(JsonInclude.Include.ALWAYS) List<TrackingRecord> records) {
    }

    public TrackingController(TrafficTracking tracking, MessageOwners owners) {
        this.tracking = tracking;
        this.owners = owners;
    }

    @GetMapping(path = MESSAGES + "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> find(@PathVariable String id, HttpServletRequest request) {
        // Another agency's message is not found, in the same words as an id never seen: no probing for messages.
        TrackingRecord record = tracking.find(id, owners.of(request)).orElseThrow(() -> new JisrException(JisrError.NOT_FOUND,
                "no message is tracked here as " + LogMasking.mask(id)));
        return json(record);
    }

    @GetMapping(path = MESSAGES, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> search(@RequestParam(required = false) String partner,
                                         @RequestParam(required = false) String service,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String limit,
                                         HttpServletRequest request) {
        TrackingQuery query = new TrackingQuery(
                partner == null ? null : GccState.fromCode(partner).orElseThrow(() -> new JisrException(JisrError.UNKNOWN_STATE,
                        "partner: " + partner + " is not a member of the GCC network", List.of(new FieldViolation("partner", "not a GCC state")))),
                service,
                status == null ? null : status(status),
                instant("from", from),
                instant("to", to),
                limit("limit", limit),
                owners.of(request));
        return json(new TrackedMessages(tracking.search(query)));
    }

    @GetMapping(path = DEAD_LETTERS, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> deadLetters(@RequestParam(required = false) String limit, HttpServletRequest request) {
        return json(new TrackedMessages(tracking.deadLetters(owners.of(request), limit("limit", limit))));
    }

    private static TrackingStatus status(String status) {
        try {
            return TrackingStatus.fromValue(status);
        } catch (IllegalArgumentException e) {
            throw schema("status", status + " is not a tracking status");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new JisrException(JisrError.INVALID_DATE, name + ": " + value + " is not a date-time with its offset, e.g. 2026-11-20T21:14:05+03:00",
                    List.of(new FieldViolation(name, "not an RFC 3339 date-time")));
        }
    }

    private static int limit(String name, String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= TrackingQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw schema(name, "a number from 1 to " + TrackingQuery.MAX_LIMIT);
    }

    private static ResponseEntity<byte[]> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TrafficJson.bytes(body));
    }

    private static JisrException schema(String field, String reason) {
        return new JisrException(JisrError.SCHEMA, field + ": " + reason, List.of(new FieldViolation(field, reason)));
    }
}
