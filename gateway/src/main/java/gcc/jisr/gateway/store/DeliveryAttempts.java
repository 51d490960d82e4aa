package gcc.jisr.gateway.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/** The delivery attempts of outbox entries, written by the {@link Outbox} with the entry's own change. */
public class DeliveryAttempts {

    private final JdbcTemplate jdbc;

    public DeliveryAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long outboxId, int attempt, Instant at, String node, DeliveryAttempt.Outcome outcome, String errorCode,
                String detail) {
        jdbc.update("INSERT INTO delivery_attempt (outbox_id, attempt, attempted_at, node, outcome, error_code, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", outboxId, attempt, ArchiveRows.timestamp(at), node, outcome.name(),
                ArchiveRows.text(errorCode), ArchiveRows.text(detail));
    }

    /** The attempts at one entry, first first. */
    public List<DeliveryAttempt> of(long outboxId) {
        return jdbc.query("SELECT outbox_id, attempt, attempted_at, node, outcome, error_code, detail FROM delivery_attempt "
                        + "WHERE outbox_id = ? ORDER BY attempt",
                (rs, row) -> new DeliveryAttempt(rs.getLong("outbox_id"), rs.getInt("attempt"),
                        ArchiveRows.instant(rs, "attempted_at"), rs.getString("node"),
                        DeliveryAttempt.Outcome.valueOf(rs.getString("outcome")), rs.getString("error_code"),
                        rs.getString("detail")), outboxId);
    }
}
