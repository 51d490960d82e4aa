package gcc.jisr.routes.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.routes.json.CanonicalJson;
import gcc.jisr.routes.json.JsonContract;

import java.time.OffsetDateTime;

/**
 * The canonical envelope of DESIGN.md as it crosses a border: its JSON bytes are what the sending gateway signs,
 * so an envelope is serialized once, signed, and sent as those bytes.
 */
public record Envelope(
        String messageId,
        String correlationId,
        String inReplyTo,
        String service,
        Party from,
        Party to,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        JsonNode payload) {

    private static final JsonContract<Envelope> CONTRACT = new JsonContract<>(
            "jisr/contracts/v1/json/envelope.schema.json", Envelope.class, "service", JisrError.SCHEMA);

    /** A state and one of its agencies. */
    public record Party(String state, String agency) {

        public GccState gccState() {
            return GccState.fromCode(state).orElseThrow(() -> new gcc.jisr.contracts.errors.JisrException(
                    JisrError.UNKNOWN_STATE, "'" + state + "' is not a GCC state"));
        }
    }

    /** Reads untrusted bytes against the envelope's JSON Schema. */
    public static Envelope read(byte[] json) {
        return CONTRACT.read(json);
    }

    public byte[] toJson() {
        try {
            return CanonicalJson.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope always serializes", e);
        }
    }
}
