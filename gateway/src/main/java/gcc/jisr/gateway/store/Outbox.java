package gcc.jisr.gateway.store;

import gcc.jisr.contracts.GccState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Envelopes accepted for delivery to partner gateways, kept until delivered or given up on. Nodes sharing one
 * database claim due entries by taking a lease: claims skip rows another node is claiming at that moment (FOR UPDATE
 * SKIP LOCKED), and every claim is re-checked in its update, so one entry is held by one node at a time. A node that
 * dies lets its lease run out, and the entry is due again. Every outcome is recorded as a delivery attempt in the same
 * transaction as the entry's change, and only by the node that holds the lease.
 */
public class Outbox {

    private static final String COLUMNS = "id, message_id, destination_state, service, payload, status, attempts, "
            + "next_attempt_at, lease_owner, lease_until, created_at, tracking_id";

    private static final RowMapper<OutboxEntry> ENTRY = (rs, row) -> new OutboxEntry(
            rs.getLong("id"),
            rs.getString("message_id"),
            GccState.valueOf(rs.getString("destination_state")),
            rs.getString("service"),
            rs.getBytes("payload"),
            OutboxStatus.valueOf(rs.getString("status")),
            rs.getInt("attempts"),
            ArchiveRows.instant(rs, "next_attempt_at"),
            rs.getString("lease_owner"),
            ArchiveRows.instant(rs, "lease_until"),
            ArchiveRows.instant(rs, "created_at"),
            rs.getString("tracking_id"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DeliveryAttempts attempts;
    private final Clock clock;

    public Outbox(JdbcTemplate jdbc, TransactionTemplate transactions, DeliveryAttempts attempts, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Accepts an envelope for delivery, due at once. A message id is enqueued once only. */
    public OutboxEntry enqueue(String messageId, GccState destination, String service, byte[] payload) {
        return enqueue(messageId, null, destination, service, payload, null);
    }

    /**
     * Accepts a tracked message for delivery, due at once. Entries with the same ordering key leave one after the
     * other, in the order enqueued (null: no order to keep).
     */
    public OutboxEntry enqueue(String messageId, String trackingId, GccState destination, String service, byte[] payload,
                               String orderingKey) {
        Objects.requireNonNull(payload, "payload");
        Instant now = now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_entry (message_id, destination_state, "
                    + "service, payload, status, attempts, next_attempt_at, created_at, updated_at, tracking_id, ordering_key) "
                    + "VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, messageId);
            insert.setString(2, destination.name());
            insert.setString(3, service);
            insert.setBytes(4, payload);
            insert.setObject(5, ArchiveRows.timestamp(now));
            insert.setObject(6, ArchiveRows.timestamp(now));
            insert.setObject(7, ArchiveRows.timestamp(now));
            insert.setString(8, trackingId);
            insert.setString(9, orderingKey);
            return insert;
        }, key);
        long id = Objects.requireNonNull(key.getKey(), "the store returns the new entry's id").longValue();
        return new OutboxEntry(id, messageId, destination, service, payload.clone(), OutboxStatus.PENDING, 0, now, null, null,
                now, trackingId);
    }

    public Optional<OutboxEntry> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_entry WHERE id = ?", ENTRY, id).stream().findFirst();
    }

    /**
     * Takes a lease on up to {@code limit} due entries for this node, oldest due first: pending, due by now, and held
     * by no node (or by one whose lease ran out).
     */
    public List<OutboxEntry> claimDue(String node, Duration lease, int limit) {
        return claimDue(node, lease, limit, Set.of());
    }

    /**
     * As {@link #claimDue(String, Duration, int)}, leaving alone the entries for the states held (a partner suspended
     * by an operator), and an entry while an earlier one with the same ordering key is still pending, so that the
     * messages about one vehicle arrive in the order they were accepted.
     */
    public List<OutboxEntry> claimDue(String node, Duration lease, int limit, Set<GccState> held) {
        return claimDue(node, lease, limit, held, "");
    }

    /**
     * As {@link #claimDue(String, Duration, int, Set)}, for the services whose names start with {@code servicePrefix}
     * only: each message family has its own poller and its own way of handing over what it claims.
     */
    public List<OutboxEntry> claimDue(String node, Duration lease, int limit, Set<GccState> held, String servicePrefix) {
        Instant now = now();
        String notHeld = held.isEmpty() ? "" : " AND o.destination_state NOT IN ("
                + String.join(", ", held.stream().map(state -> "'" + state.name() + "'").toList()) + ")";
        return transactions.execute(status -> {
            List<Long> due = jdbc.queryForList("SELECT o.id FROM outbox_entry o WHERE o.status = 'PENDING' "
                            + "AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)" + notHeld
                            + " AND o.service LIKE ?"
                            + " AND (o.ordering_key IS NULL OR NOT EXISTS (SELECT 1 FROM outbox_entry e "
                            + "WHERE e.ordering_key = o.ordering_key AND e.status = 'PENDING' AND e.id < o.id)) "
                            + "ORDER BY o.next_attempt_at, o.id LIMIT ? FOR UPDATE SKIP LOCKED", Long.class,
                    ArchiveRows.timestamp(now), ArchiveRows.timestamp(now), likePrefix(servicePrefix), limit);
            List<OutboxEntry> claimed = new ArrayList<>(due.size());
            for (long id : due) {
                int won = jdbc.update("UPDATE outbox_entry SET lease_owner = ?, lease_until = ?, updated_at = ? WHERE id = ? "
                                + "AND status = 'PENDING' AND (lease_until IS NULL OR lease_until <= ?)",
                        node, ArchiveRows.timestamp(now.plus(lease)), ArchiveRows.timestamp(now), id, ArchiveRows.timestamp(now));
                if (won == 1) {
                    find(id).ifPresent(claimed::add);
                }
            }
            return claimed;
        });
    }

    /*
     * An outcome counts only from the node that holds the entry. Its lease may have run out meanwhile: as long as no
     * other node has claimed the entry since, the outcome still stands, which spares the partner a duplicate.
     */

    /** The partner took the envelope; {@code false} when another node has claimed the entry since. */
    public boolean delivered(long id, String node) {
        return conclude(id, node, OutboxStatus.DELIVERED, null, DeliveryAttempt.Outcome.DELIVERED, null, null);
    }

    /** This attempt failed; the entry is due again at {@code nextAttemptAt}. */
    public boolean failed(long id, String node, String errorCode, String detail, Instant nextAttemptAt) {
        return conclude(id, node, OutboxStatus.PENDING, nextAttemptAt, DeliveryAttempt.Outcome.FAILED, errorCode, detail);
    }

    /** This attempt failed and no other will be made: the entry waits for an operator. */
    public boolean deadLettered(long id, String node, String errorCode, String detail) {
        return conclude(id, node, OutboxStatus.DEAD_LETTER, null, DeliveryAttempt.Outcome.FAILED, errorCode, detail);
    }

    /**
     * Puts a dead-lettered entry back, due at once, for an operator's replay; {@code false} when it is not dead-lettered.
     * Attempts go on counting (each stays on record); created_at becomes the replay's time, so that the retry schedule's
     * give-up window starts again from there.
     */
    public boolean revive(long id) {
        Instant now = now();
        return jdbc.update("UPDATE outbox_entry SET status = 'PENDING', next_attempt_at = ?, created_at = ?, "
                + "lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND status = 'DEAD_LETTER'",
                ArchiveRows.timestamp(now), ArchiveRows.timestamp(now), ArchiveRows.timestamp(now), id) == 1;
    }

    /**
     * Releases the leases this node's name still holds from before it restarted, so that its entries are due at once
     * instead of when their leases run out. Only sound when node names are unique among live nodes (jisr.outbox.node).
     */
    public int releaseLeasesOf(String node) {
        return jdbc.update("UPDATE outbox_entry SET lease_owner = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE lease_owner = ? AND status = 'PENDING'", ArchiveRows.timestamp(now()), node);
    }

    /** The dead-lettered entries of a tracked message (a pension message has one entry per part). */
    public List<OutboxEntry> deadLettersOf(String trackingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_entry WHERE tracking_id = ? AND status = 'DEAD_LETTER' ORDER BY id",
                ENTRY, trackingId);
    }

    /** The entry of a tracked message. */
    public Optional<OutboxEntry> ofTracking(String trackingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_entry WHERE tracking_id = ? ORDER BY id DESC", ENTRY, trackingId)
                .stream().findFirst();
    }

    private boolean conclude(long id, String node, OutboxStatus next, Instant nextAttemptAt, DeliveryAttempt.Outcome outcome,
                             String errorCode, String detail) {
        Instant now = now();
        Boolean done = transactions.execute(status -> {
            int held = jdbc.update("UPDATE outbox_entry SET status = ?, attempts = attempts + 1, "
                            + "next_attempt_at = COALESCE(?, next_attempt_at), lease_owner = NULL, lease_until = NULL, updated_at = ? "
                            + "WHERE id = ? AND status = 'PENDING' AND lease_owner = ?",
                    next.name(), ArchiveRows.moment(nextAttemptAt == null ? null : nextAttemptAt.truncatedTo(ChronoUnit.MILLIS)),
                    ArchiveRows.timestamp(now), id, node);
            if (held != 1) {
                return false;
            }
            Integer attempt = jdbc.queryForObject("SELECT attempts FROM outbox_entry WHERE id = ?", Integer.class, id);
            attempts.record(id, Objects.requireNonNull(attempt), now, node, outcome, errorCode, detail);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
