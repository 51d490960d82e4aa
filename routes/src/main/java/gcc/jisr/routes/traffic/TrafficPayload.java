package gcc.jisr.routes.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.routes.partner.GccServices;

import java.util.Base64;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload of a traffic envelope: {@code {"notice": …}} (plus {@code "evidence"} with the bytes, on the wire),
 * {@code {"statusUpdate": …}} or {@code {"acknowledgement": …}}, each in the canonical JSON of the traffic contract.
 */
public record TrafficPayload(ViolationNotice notice, ViolationStatusUpdate statusUpdate,
                             TrafficAcknowledgement acknowledgement, List<EvidenceFile> evidence) {

    public static final String NOTICE = "notice";
    public static final String STATUS_UPDATE = "statusUpdate";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";

    public static byte[] ofNotice(ViolationNotice notice) {
        return wrap(NOTICE, notice);
    }

    public static byte[] ofStatusUpdate(ViolationStatusUpdate update) {
        return wrap(STATUS_UPDATE, update);
    }

    public static byte[] ofAcknowledgement(TrafficAcknowledgement acknowledgement) {
        return wrap(ACKNOWLEDGEMENT, acknowledgement);
    }

    /** Reads a stored payload (evidence kept apart) of one service. */
    public static TrafficPayload of(String service, byte[] json) {
        return of(service, TrafficJson.tree(json));
    }

    /** Reads a payload a partner signed; evidence bytes are checked against nothing here (see the notice's digests). */
    public static TrafficPayload of(String service, JsonNode payload) {
        if (!(payload instanceof ObjectNode object)) {
            throw new JisrException(JisrError.SCHEMA, "a traffic payload is a JSON object");
        }
        return switch (service) {
            case GccServices.TRAFFIC_NOTICE -> new TrafficPayload(
                    TrafficJson.read(required(object, NOTICE), ViolationNotice.class), null, null, evidenceOf(object));
            case GccServices.TRAFFIC_STATUS -> new TrafficPayload(null,
                    TrafficJson.read(required(object, STATUS_UPDATE), ViolationStatusUpdate.class), null, List.of());
            case GccServices.TRAFFIC_ACKNOWLEDGEMENT -> new TrafficPayload(null, null,
                    TrafficJson.read(required(object, ACKNOWLEDGEMENT), TrafficAcknowledgement.class), List.of());
            default -> throw new JisrException(JisrError.SERVICE_NOT_GRANTED, service + " is not a traffic service");
        };
    }

    /** The stored form: the payload without the evidence bytes, which are kept apart. */
    public byte[] withoutEvidence() {
        if (notice != null) {
            return ofNotice(notice);
        }
        return statusUpdate != null ? ofStatusUpdate(statusUpdate) : ofAcknowledgement(acknowledgement);
    }

    private static JsonNode required(ObjectNode payload, String field) {
        JsonNode node = payload.get(field);
        if (node == null || !node.isObject()) {
            throw new JisrException(JisrError.SCHEMA, "the payload has no '" + field + "' object");
        }
        return node;
    }

    private static List<EvidenceFile> evidenceOf(ObjectNode payload) {
        JsonNode items = payload.get(TrafficEnvelopeSealing.EVIDENCE);
        if (items == null) {
            return List.of();
        }
        List<EvidenceFile> files = new ArrayList<>();
        for (JsonNode item : items) {
            try {
                files.add(new EvidenceFile(item.get("sha256").asText(), item.get("contentType").asText(),
                        Base64.getDecoder().decode(item.get("content").asText())));
            } catch (RuntimeException e) {
                throw new JisrException(JisrError.SCHEMA, "an evidence item is not {sha256, contentType, content}");
            }
        }
        return files;
    }

    private static byte[] wrap(String field, Object value) {
        ObjectNode payload = TrafficJson.mapper().createObjectNode();
        payload.set(field, TrafficJson.mapper().valueToTree(value));
        return TrafficJson.bytes(payload);
    }
}
