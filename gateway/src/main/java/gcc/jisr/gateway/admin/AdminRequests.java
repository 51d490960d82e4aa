package gcc.jisr.gateway.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamReadFeature;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** What the admin API reads from its callers, each bad value refused with the field it came from. */
public final class AdminRequests {

    public static final String BASE = "/admin/api/v1";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_REASON = 2000;
    /** A key given twice is refused rather than read as its last value, as on every other intake. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private AdminRequests() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static Instant instant(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new JisrException(JisrError.INVALID_DATE, name + ": " + value
                    + " is not a date-time with its offset, e.g. 2026-11-20T21:14:05+03:00",
                    List.of(new FieldViolation(name, "not an RFC 3339 date-time")));
        }
    }

    public static int limit(String value) {
        if (blankToNull(value) == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw schema("limit", "a number from 1 to " + MAX_LIMIT);
    }

    /** A partner state named in a path: 404 when it is not a GCC state at all. */
    public static GccState state(String code) {
        return GccState.fromCode(code).orElseThrow(() -> new JisrException(JisrError.NOT_FOUND,
                "no partner state " + code + "; partners are named by ISO 3166 alpha-2 code, e.g. SA"));
    }

    /** A JSON object body with only the members allowed, each present member returned by {@link JsonNode#path}. */
    public static JsonNode object(byte[] body, Set<String> allowed) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? new byte[0] : body);
        } catch (JsonProcessingException e) {
            throw new JisrException(JisrError.MALFORMED, "the body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new JisrException(JisrError.MALFORMED, "the body is not well-formed JSON");
        }
        if (json == null || json.isMissingNode() || !json.isObject()) {
            throw schema("/", "the body is a JSON object with " + allowed);
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw schema("/" + name, "unknown member; allowed: " + allowed);
            }
        }
        return json;
    }

    /** The operator's reason for an action: required text, bounded. */
    public static String reason(JsonNode body) {
        JsonNode reason = body.path("reason");
        if (!reason.isTextual() || reason.asText().isBlank() || reason.asText().length() > MAX_REASON) {
            throw schema("/reason", "text of 1 to " + MAX_REASON + " characters: why the operator does this");
        }
        return reason.asText();
    }

    public static JisrException schema(String field, String reason) {
        return new JisrException(JisrError.SCHEMA, field + ": " + reason, List.of(new FieldViolation(field, reason)));
    }
}
