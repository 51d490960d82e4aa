package gcc.jisr.gateway.traffic;

import gcc.jisr.routes.agency.MessageOwner;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrackingError;
import gcc.jisr.contracts.traffic.v1.TrackingEvent;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.gateway.store.OutboxEntry;
import gcc.jisr.gateway.store.OutboxStatus;
import gcc.jisr.routes.traffic.TrackingQuery;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tracking records read from the store, and the operator's replay of a dead letter. */
public class StoredTrafficTracking implements TrafficTracking {

    private final TrackedMessages tracked;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node;

    public StoredTrafficTracking(TrackedMessages tracked, Outbox outbox, JdbcTemplate jdbc, TransactionTemplate transactions,
                                 Clock clock, String node) {
        this.tracked = tracked;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.node = node;
    }

    @Override
    public Optional<TrackingRecord> find(String trackingOrMessageId) {
        return tracked.byTrackingOrMessageId(trackingOrMessageId).map(this::record);
    }

    @Override
    public List<TrackingRecord> search(TrackingQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.partner() != null) {
            where.add("((direction = 'OUTBOUND' AND to_state = ?) OR (direction = 'INBOUND' AND from_state = ?))");
            arguments.add(query.partner().name());
            arguments.add(query.partner().name());
        }
        if (query.owner() != null) {
            ownedBy(query.owner(), where, arguments);
        }
        if (query.service() != null) {
            where.add("service = ?");
            arguments.add(query.service());
        }
        if (query.status() != null) {
            where.add("status = ?");
            arguments.add(query.status().name());
        }
        if (query.from() != null) {
            where.add("accepted_at >= ?");
            arguments.add(TrackedMessages.timestamp(query.from()));
        }
        if (query.to() != null) {
            where.add("accepted_at < ?");
            arguments.add(TrackedMessages.timestamp(query.to()));
        }
        return tracked.search(String.join(" AND ", where), arguments, "accepted_at DESC, tracking_id DESC", query.limit())
                .stream().map(this::record).toList();
    }

    @Override
    public List<TrackingRecord> deadLetters(int limit) {
        return tracked.search("status = 'DEAD_LETTER'", List.of(), "accepted_at, tracking_id",
                Math.max(1, Math.min(limit, TrackingQuery.MAX_LIMIT))).stream().map(this::record).toList();
    }

    @Override
    public List<TrackingRecord> deadLetters(MessageOwner owner, int limit) {
        List<String> where = new ArrayList<>(List.of("status = 'DEAD_LETTER'"));
        List<Object> arguments = new ArrayList<>();
        ownedBy(owner, where, arguments);
        return tracked.search(String.join(" AND ", where), arguments, "accepted_at, tracking_id",
                Math.max(1, Math.min(limit, TrackingQuery.MAX_LIMIT))).stream().map(this::record).toList();
    }

    /** The rule of {@link MessageOwner#owns}, as SQL. */
    private static void ownedBy(MessageOwner owner, List<String> where, List<Object> arguments) {
        where.add("((from_state = ? AND from_agency = ?) OR (to_state = ? AND to_agency IN (?, ?)))");
        arguments.add(owner.state().name());
        arguments.add(owner.agency());
        arguments.add(owner.state().name());
        arguments.add(owner.agency());
        arguments.add(owner.genericTrafficAddress() == null ? owner.agency() : owner.genericTrafficAddress());
    }

    @Override
    public TrackingRecord replay(String trackingId, String reason) {
        transactions.executeWithoutResult(status -> {
            TrackedMessage message = tracked.byTrackingId(trackingId)
                    .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no message has tracking id " + trackingId));
            // Every dead-lettered entry of the message: one for a traffic message, one per part for a pension message.
            List<OutboxEntry> entries = outbox.deadLettersOf(trackingId);
            boolean revived = false;
            for (OutboxEntry entry : entries) {
                revived |= outbox.revive(entry.id());
            }
            if (message.status() != TrackingStatus.DEAD_LETTER || !revived) {
                throw new JisrException(JisrError.NOT_A_DEAD_LETTER, "message " + trackingId + " is " + message.status()
                        + ", not a dead letter");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            tracked.status(trackingId, TrackingStatus.ACCEPTED, now);
            tracked.event(trackingId, now, node, "REPLAYED", TrackingStatus.ACCEPTED, null, null,
                    reason == null || reason.isBlank() ? "replayed by an operator" : "replayed: " + reason);
        });
        return find(trackingId).orElseThrow();
    }

    @Override
    public TrackingRecord discard(String trackingId, String reason) {
        transactions.executeWithoutResult(status -> {
            TrackedMessage message = tracked.byTrackingId(trackingId)
                    .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no message has tracking id " + trackingId));
            if (message.status() != TrackingStatus.DEAD_LETTER) {
                throw new JisrException(JisrError.NOT_A_DEAD_LETTER, "message " + trackingId + " is " + message.status()
                        + ", not a dead letter");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            tracked.status(trackingId, TrackingStatus.DISCARDED, now);
            tracked.event(trackingId, now, node, "DISCARDED", TrackingStatus.DISCARDED, null, null, "discarded: " + reason);
        });
        return find(trackingId).orElseThrow();
    }

    private TrackingRecord record(TrackedMessage message) {
        TrackingRecord record = new TrackingRecord();
        record.setTrackingId(message.trackingId());
        record.setMessageId(message.messageId());
        record.setService(message.service());
        record.setFrom(party(message.fromState().name(), message.fromAgency()));
        record.setTo(party(message.toState().name(), message.toAgency()));
        record.setReference(message.violationReference());
        record.setStatus(message.status());
        record.setAcceptedAt(message.acceptedAt().atOffset(ZoneOffset.UTC));
        record.setUpdatedAt(message.updatedAt().atOffset(ZoneOffset.UTC));
        Optional<OutboxEntry> entry = outbox.ofTracking(message.trackingId());
        record.setAttempts(entry.map(OutboxEntry::attempts).orElse(0));
        entry.filter(e -> e.status() == OutboxStatus.PENDING && message.status() == TrackingStatus.FAILED)
                .ifPresent(e -> record.setNextAttemptAt(e.nextAttemptAt().atOffset(ZoneOffset.UTC)));
        record.getHistory().addAll(jdbc.query("SELECT changed_at, node, event, status, attempt, error_code, detail "
                + "FROM status_history WHERE message_id = ? ORDER BY id", (rs, row) -> {
            TrackingEvent event = new TrackingEvent();
            event.setAt(TrackedMessages.instant(rs, "changed_at").atOffset(ZoneOffset.UTC));
            event.setNode(rs.getString("node"));
            event.setEvent(rs.getString("event") == null ? rs.getString("status") : rs.getString("event"));
            event.setStatus(TrackingStatus.valueOf(rs.getString("status")));
            int attempt = rs.getInt("attempt");
            event.setAttempt(rs.wasNull() ? null : attempt);
            String code = rs.getString("error_code");
            if (code != null) {
                TrackingError error = new TrackingError();
                error.setCode(code);
                error.setDetail(rs.getString("detail"));
                event.setError(error);
            }
            return event;
        }, message.trackingId()));
        return record;
    }

    private static Party party(String state, String agency) {
        Party party = new Party();
        party.setState(state);
        party.setAgency(agency);
        return party;
    }
}
