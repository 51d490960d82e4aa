package gcc.jisr.gateway.pension;

import gcc.jisr.routes.agency.MessageOwner;
import com.fasterxml.jackson.databind.JsonNode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.traffic.TrackedMessage;
import gcc.jisr.gateway.traffic.TrackedMessage.Direction;
import gcc.jisr.gateway.traffic.TrackedMessages;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.pension.PensionPart;
import gcc.jisr.routes.pension.PensionSealing;
import gcc.jisr.routes.traffic.TrafficJson;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The home fund's answer to a contribution report sent from here, for the institution that sent it: the
 * acknowledgement's header, then the result of every record, as NDJSON. The results arrived sealed to this gateway's
 * key, in parts, and stay so in the store; they are opened one part at a time as they are written out.
 */
public final class ReportAcknowledgements {

    /** A report's acknowledgement as received: its header and where its parts are. */
    public record Found(TrackedMessage report, TrackedMessage acknowledgement, byte[] header) {
    }

    private final TrackedMessages tracked;
    private final JdbcTemplate jdbc;
    private final JdbcPensionLedger ledger;
    private final PensionSealing sealing;

    public ReportAcknowledgements(TrackedMessages tracked, JdbcTemplate jdbc, JdbcPensionLedger ledger, PensionSealing sealing) {
        this.tracked = tracked;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.sealing = sealing;
    }

    /**
     * @param owner the agency asking: a report it did not send is not found
     * @throws JisrException NOT_FOUND when no report sent from here by the owner has this tracking id, or none is
     *                       acknowledged yet
     */
    public Found find(String trackingId, MessageOwner owner) {
        TrackedMessage report = tracked.byTrackingId(trackingId)
                .filter(m -> m.direction() == Direction.OUTBOUND && GccServices.PENSION_CONTRIBUTION_REPORT.equals(m.service()))
                .filter(m -> owner.owns(m.fromState(), m.fromAgency(), m.toState(), m.toAgency()))
                .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no contribution report sent from here has tracking id "
                        + trackingId));
        List<Map<String, Object>> candidates = jdbc.queryForList("SELECT tracking_id, payload FROM tracked_message "
                        + "WHERE service = ? AND direction = 'INBOUND' AND from_state = ? AND violation_reference = ?",
                GccServices.PENSION_CONTRIBUTION_ACKNOWLEDGEMENT, report.toState().name(), report.violationReference());
        for (Map<String, Object> candidate : candidates) {
            byte[] header = (byte[]) candidate.get("payload");
            JsonNode acknowledgement = TrafficJson.tree(header);
            if (report.messageId().equals(acknowledgement.path("messageId").asText())) {
                return new Found(report, tracked.byTrackingId((String) candidate.get("tracking_id")).orElseThrow(), header);
            }
        }
        throw new JisrException(JisrError.NOT_FOUND, "report " + trackingId + " is not acknowledged yet");
    }

    /** Writes the header line, then every record result line, opening one part at a time. */
    public void write(Found found, OutputStream out) throws IOException {
        out.write(found.header());
        out.write('\n');
        Iterator<PensionPart> parts = ledger.partsOf(found.report().toState(), found.acknowledgement().messageId());
        while (parts.hasNext()) {
            PensionPart part = parts.next();
            out.write(sealing.open(part.sealed(), part.of(), part.index()));
        }
    }
}
