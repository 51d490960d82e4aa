package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.traffic.TrackedMessage.Direction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tracked messages and their history (tables tracked_message and status_history). Callers hold the transaction;
 * every change of status is written with its history event, so a record never says more than its history.
 */
public class TrackedMessages {

    private static final String COLUMNS = "tracking_id, message_id, correlation_id, service, direction, from_state, "
            + "from_agency, to_state, to_agency, reporting_state, violation_reference, business_key, status, "
            + "violation_status, payload, accepted_at, updated_at";

    static final RowMapper<TrackedMessage> ROW = (rs, row) -> new TrackedMessage(
            rs.getString("tracking_id"), rs.getString("message_id"), rs.getString("correlation_id"),
            rs.getString("service"), Direction.valueOf(rs.getString("direction")),
            GccState.valueOf(rs.getString("from_state")), rs.getString("from_agency"),
            GccState.valueOf(rs.getString("to_state")), rs.getString("to_agency"),
            GccState.valueOf(rs.getString("reporting_state")), rs.getString("violation_reference"),
            rs.getString("business_key"), TrackingStatus.valueOf(rs.getString("status")),
            rs.getString("violation_status") == null ? null : ViolationStatus.valueOf(rs.getString("violation_status")),
            rs.getBytes("payload"), instant(rs, "accepted_at"), instant(rs, "updated_at"));

    private final JdbcTemplate jdbc;

    public TrackedMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TrackedMessage m) {
        jdbc.update("INSERT INTO tracked_message (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.trackingId(), m.messageId(), m.correlationId(), m.service(), m.direction().name(), m.fromState().name(),
                m.fromAgency(), m.toState().name(), m.toAgency(), m.reportingState().name(), m.violationReference(),
                m.businessKey(), m.status().name(), m.violationStatus() == null ? null : m.violationStatus().name(),
                new SqlParameterValue(Types.BINARY, m.payload()), timestamp(m.acceptedAt()), timestamp(m.updatedAt()));
    }

    public Optional<TrackedMessage> byTrackingId(String trackingId) {
        return first("tracking_id = ?", trackingId);
    }

    /** By tracking id, or by the message id of its envelope. */
    public Optional<TrackedMessage> byTrackingOrMessageId(String id) {
        return byTrackingId(id).or(() -> first("message_id = ? ORDER BY accepted_at", id));
    }

    public Optional<TrackedMessage> byKey(Direction direction, String service, String businessKey) {
        return first("direction = ? AND service = ? AND business_key = ?", direction.name(), service, businessKey);
    }

    public Optional<TrackedMessage> bySender(GccState from, String messageId) {
        return first("from_state = ? AND message_id = ?", from.name(), messageId);
    }

    /** The notice about this violation, sent or received here, locked for a change of its violation status. */
    Optional<TrackedMessage> noticeForUpdate(String service, GccState reportingState, String violationReference) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tracked_message WHERE service = ? AND reporting_state = ? "
                        + "AND violation_reference = ? ORDER BY accepted_at FOR UPDATE", ROW,
                service, reportingState.name(), violationReference).stream().findFirst();
    }

    /**
     * Moves the message to a status. ACKNOWLEDGED is final: the receiving state's acknowledgement can overtake the
     * sender's own record of the delivery (a receipt lost on the way back, a retry), and must not be undone by it.
     */
    public void status(String trackingId, TrackingStatus status, Instant at) {
        jdbc.update("UPDATE tracked_message SET status = ?, updated_at = ? WHERE tracking_id = ? AND status <> 'ACKNOWLEDGED'",
                status.name(), timestamp(at), trackingId);
    }

    void violationStatus(String trackingId, ViolationStatus status, Instant at) {
        jdbc.update("UPDATE tracked_message SET violation_status = ?, updated_at = ? WHERE tracking_id = ?",
                status.name(), timestamp(at), trackingId);
    }

    /** Appends an event to the message's history (status_history is keyed by tracking id here). */
    public void event(String trackingId, Instant at, String node, String event, TrackingStatus status, Integer attempt,
               String errorCode, String detail) {
        jdbc.update("INSERT INTO status_history (message_id, status, changed_at, detail, node, event, attempt, error_code) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", trackingId, status.name(), timestamp(at),
                detail == null ? null : truncated(detail), node, event, attempt, errorCode);
    }

    List<TrackedMessage> search(String where, List<Object> arguments, String order, int limit) {
        List<Object> all = new ArrayList<>(arguments);
        all.add(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM tracked_message" + (where.isEmpty() ? "" : " WHERE " + where)
                + " ORDER BY " + order + " LIMIT ?", ROW, all.toArray());
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String truncated(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    private Optional<TrackedMessage> first(String where, Object... arguments) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tracked_message WHERE " + where, ROW, arguments).stream().findFirst();
    }
}
