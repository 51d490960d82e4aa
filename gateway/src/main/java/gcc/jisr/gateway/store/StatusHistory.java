package gcc.jisr.gateway.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Every status each message went through, in the order recorded. Ordered by an identity column rather than by time,
 * so that two changes within one clock tick still read back in the order they happened.
 */
public class StatusHistory {

    private static final String COLUMNS = "message_id, status, changed_at, detail";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public StatusHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public StatusChange record(String messageId, MessageStatus status, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("INSERT INTO status_history (" + COLUMNS + ") VALUES (?, ?, ?, ?)", messageId, status.name(),
                ArchiveRows.timestamp(now), ArchiveRows.text(detail));
        return new StatusChange(messageId, status, now, detail);
    }

    /** The message's statuses, oldest first. */
    public List<StatusChange> of(String messageId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM status_history WHERE message_id = ? ORDER BY id",
                (rs, row) -> new StatusChange(rs.getString("message_id"), MessageStatus.valueOf(rs.getString("status")),
                        ArchiveRows.instant(rs, "changed_at"), rs.getString("detail")), messageId);
    }

    public Optional<StatusChange> current(String messageId) {
        List<StatusChange> changes = of(messageId);
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }
}
