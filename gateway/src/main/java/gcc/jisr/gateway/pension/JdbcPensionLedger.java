package gcc.jisr.gateway.pension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.gateway.store.OutboxEntry;
import gcc.jisr.gateway.traffic.DurableTrafficIntake;
import gcc.jisr.gateway.traffic.JdbcTrafficLedger;
import gcc.jisr.gateway.traffic.TrackedMessage;
import gcc.jisr.gateway.traffic.TrackedMessage.Direction;
import gcc.jisr.gateway.traffic.TrackedMessages;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.pension.ContributionSums;
import gcc.jisr.routes.pension.OutgoingPensionMessage;
import gcc.jisr.routes.pension.PartSink;
import gcc.jisr.routes.pension.PensionDue;
import gcc.jisr.routes.pension.PensionIntake;
import gcc.jisr.routes.pension.PensionLedger;
import gcc.jisr.routes.pension.PensionPart;
import gcc.jisr.routes.traffic.Reception;
import gcc.jisr.routes.traffic.TrafficJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pension flow on the durable store. A message leaves as parts: staged in pension_part while it is read, then
 * accepted in one transaction (tracking record, history, one outbox entry per part). A message arrives as parts:
 * each kept sealed as it comes, and the one reception that adds the last part (the assembly row is locked meanwhile)
 * schedules the whole. Tracking records and history are the traffic flow's, so that one tracking API serves both.
 */
public class JdbcPensionLedger implements PensionLedger, PensionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPensionLedger.class);

    private final GccState ownState;
    private final TrackedMessages tracked;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final Supplier<Set<GccState>> held;

    public JdbcPensionLedger(GccState ownState, TrackedMessages tracked, Outbox outbox, JdbcTemplate jdbc,
                             TransactionTemplate transactions, Clock clock, String node, Duration lease,
                             Supplier<Set<GccState>> held) {
        this.ownState = ownState;
        this.tracked = tracked;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.node = node;
        this.lease = lease;
        this.held = held;
    }

    // ---- intake: parts staged, then the message accepted whole

    @Override
    public String newMessageId() {
        return JdbcTrafficLedger.newId();
    }

    @Override
    public Optional<SubmissionAccepted> acceptedBefore(String service, String businessKey) {
        return tracked.byKey(Direction.OUTBOUND, service, businessKey).map(DurableTrafficIntake::accepted);
    }

    @Override
    public void stage(GccState to, String of, int index, int records, String sealed) {
        jdbc.update("INSERT INTO pension_part (direction, partner_state, message_id, part_index, part_message_id, "
                        + "record_count, sealed, created_at) VALUES ('OUTBOUND', ?, ?, ?, ?, ?, ?, ?)",
                to.name(), of, index, JdbcTrafficLedger.newId(), records,
                new SqlParameterValue(Types.BINARY, sealed.getBytes(StandardCharsets.US_ASCII)), TrackedMessages.timestamp(now()));
    }

    @Override
    public void discard(GccState to, String of) {
        jdbc.update("DELETE FROM pension_part WHERE direction = 'OUTBOUND' AND partner_state = ? AND message_id = ?",
                to.name(), of);
    }

    /**
     * Forgets staged parts that no accepted message owns and that are older than {@code olderThan}: what an upload cut
     * short by a crash left (the institution heard no 202, so it sends the report again). Run at start.
     *
     * @return how many parts were forgotten
     */
    public int discardAbandonedStaging(Duration olderThan) {
        int discarded = jdbc.update("DELETE FROM pension_part WHERE direction = 'OUTBOUND' AND created_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM tracked_message t WHERE t.message_id = pension_part.message_id AND t.direction = 'OUTBOUND')",
                TrackedMessages.timestamp(now().minus(olderThan)));
        if (discarded > 0) {
            LOG.info("forgot {} staged pension parts of uploads that were never accepted", discarded);
        }
        return discarded;
    }

    @Override
    public PartSink parts() {
        return this;
    }

    @Override
    public SubmissionAccepted accept(OutgoingPensionMessage message) {
        try {
            return DurableTrafficIntake.accepted(transactions.execute(status -> acceptInTransaction(message)));
        } catch (DuplicateKeyException raced) {
            // The same message submitted twice at once: the other submission won; ours is not sent.
            discard(message.to(), message.messageId());
            return acceptedBefore(message.service(), message.businessKey()).orElseThrow(() -> raced);
        }
    }

    private TrackedMessage acceptInTransaction(OutgoingPensionMessage message) {
        Instant now = now();
        // Every envelope carries a correlation id: a message its institution sent without one is its own correlation.
        String correlationId = message.correlationId() != null ? message.correlationId() : message.messageId();
        TrackedMessage record = new TrackedMessage(JdbcTrafficLedger.newId(), message.messageId(), correlationId,
                message.service(), Direction.OUTBOUND, ownState, message.fromAgency(), message.to(), message.toAgency(),
                ownState, message.reference(), message.businessKey(), TrackingStatus.ACCEPTED, null, message.header(), now, now);
        tracked.insert(record);
        tracked.event(record.trackingId(), now, node, "ACCEPTED", TrackingStatus.ACCEPTED, null, null, message.summary());
        List<Map<String, Object>> staged = jdbc.queryForList("SELECT part_index, part_message_id FROM pension_part "
                        + "WHERE direction = 'OUTBOUND' AND partner_state = ? AND message_id = ? ORDER BY part_index",
                message.to().name(), message.messageId());
        if (staged.size() != message.partCount()) {
            throw new IllegalStateException("message " + message.messageId() + " has " + staged.size() + " staged parts, not "
                    + message.partCount());
        }
        for (Map<String, Object> part : staged) {
            int index = ((Number) part.get("part_index")).intValue();
            ObjectNode pointer = TrafficJson.mapper().createObjectNode()
                    .put("of", message.messageId()).put("index", index).put("count", message.partCount());
            outbox.enqueue((String) part.get("part_message_id"), record.trackingId(), message.to(), message.service(),
                    TrafficJson.bytes(pointer), null);
        }
        return record;
    }

    // ---- the outbox's pension entries

    @Override
    public List<PensionDue> claimDue(int limit) {
        List<PensionDue> due = new ArrayList<>();
        for (OutboxEntry entry : outbox.claimDue(node, lease, limit, held.get(), GccServices.PENSION_PREFIX)) {
            Optional<TrackedMessage> message = entry.trackingId() == null ? Optional.empty() : tracked.byTrackingId(entry.trackingId());
            if (message.isEmpty()) {
                LOG.error("pension outbox entry {} names tracking id {}, which is not in the store", entry.id(), entry.trackingId());
                continue;
            }
            TrackedMessage m = message.get();
            JsonNode pointer = TrafficJson.tree(entry.payload());
            int index = pointer.path("index").asInt(0);
            int count = pointer.path("count").asInt(1);
            int records = 0;
            String sealed = null;
            if (entry.destination() != ownState) {
                Map<String, Object> part = jdbc.queryForMap("SELECT record_count, sealed FROM pension_part WHERE direction = "
                        + "'OUTBOUND' AND partner_state = ? AND message_id = ? AND part_index = ?",
                        entry.destination().name(), m.messageId(), index);
                records = ((Number) part.get("record_count")).intValue();
                sealed = new String((byte[]) part.get("sealed"), StandardCharsets.US_ASCII);
            }
            due.add(new PensionDue(entry.id(), m.trackingId(), m.messageId(), entry.messageId(), m.correlationId(),
                    m.service(), new Envelope.Party(m.fromState().name(), m.fromAgency()),
                    new Envelope.Party(m.toState().name(), m.toAgency()), entry.destination(), m.payload(), index, count,
                    records, sealed, entry.attempts() + 1, entry.enqueuedAt()));
        }
        return due;
    }

    @Override
    public void handingOver(PensionDue due) {
        if (due.index() != 0) {
            return; // one FORWARDED event per message, not one per part
        }
        transactions.executeWithoutResult(status -> {
            Instant now = now();
            tracked.status(due.trackingId(), TrackingStatus.FORWARDED, now);
            tracked.event(due.trackingId(), now, node, "FORWARDED", TrackingStatus.FORWARDED, due.attempt(), null,
                    "to " + destinationOf(due) + (due.count() > 1 ? ", " + due.count() + " parts" : ""));
        });
    }

    @Override
    public void delivered(PensionDue due) {
        transactions.executeWithoutResult(status -> {
            // Parts are receipted in parallel: the message's row is locked so that exactly one sees the last one in.
            jdbc.queryForList("SELECT tracking_id FROM tracked_message WHERE tracking_id = ? FOR UPDATE", String.class,
                    due.trackingId());
            if (!outbox.delivered(due.outboxId(), node)) {
                LOG.warn("delivery of {} part {} recorded by another node meanwhile", due.trackingId(), due.index());
                return;
            }
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_entry WHERE tracking_id = ? AND status <> 'DELIVERED'",
                    Integer.class, due.trackingId());
            if (open != null && open == 0) {
                Instant now = now();
                tracked.status(due.trackingId(), TrackingStatus.DELIVERED, now);
                tracked.event(due.trackingId(), now, node, "DELIVERED", TrackingStatus.DELIVERED, due.attempt(), null,
                        "every part (" + due.count() + ") to " + destinationOf(due) + ", each with its signed receipt");
            }
        });
    }

    @Override
    public void failed(PensionDue due, JisrError error, String detail, Instant nextAttemptAt) {
        transactions.executeWithoutResult(status -> {
            if (!outbox.failed(due.outboxId(), node, error.code(), detail, nextAttemptAt)) {
                return;
            }
            Instant now = now();
            tracked.status(due.trackingId(), TrackingStatus.FAILED, now);
            tracked.event(due.trackingId(), now, node, "FAILED", TrackingStatus.FAILED, due.attempt(), error.code(),
                    partOf(due) + detail + " (next attempt at " + nextAttemptAt.truncatedTo(ChronoUnit.SECONDS) + ")");
        });
    }

    @Override
    public void deadLettered(PensionDue due, JisrError error, String detail) {
        transactions.executeWithoutResult(status -> {
            if (!outbox.deadLettered(due.outboxId(), node, error.code(), detail)) {
                return;
            }
            Instant now = now();
            tracked.status(due.trackingId(), TrackingStatus.DEAD_LETTER, now);
            tracked.event(due.trackingId(), now, node, "DEAD_LETTER", TrackingStatus.DEAD_LETTER, due.attempt(),
                    error.code(), partOf(due) + detail);
        });
    }

    // ---- parts received from partners

    @Override
    public Reception receive(Envelope envelope, PensionPart part, ContributionSums recordSums) {
        GccState sender = envelope.from().gccState();
        String trackingId = assembly(sender, part, envelope.service());
        return transactions.execute(status -> {
            Map<String, Object> assembly = jdbc.queryForMap("SELECT service, part_count, parts_received FROM pension_assembly "
                    + "WHERE partner_state = ? AND message_id = ? FOR UPDATE", sender.name(), part.of());
            if (!envelope.service().equals(assembly.get("service")) || ((Number) assembly.get("part_count")).intValue() != part.count()) {
                throw new JisrException(JisrError.SCHEMA, "part " + part.index() + " of " + part.of() + " disagrees with the"
                        + " parts before it on the service or the number of parts");
            }
            Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM pension_part WHERE direction = 'INBOUND' AND "
                    + "partner_state = ? AND ((message_id = ? AND part_index = ?) OR part_message_id = ?)", Integer.class,
                    sender.name(), part.of(), part.index(), envelope.messageId());
            if (before != null && before > 0) {
                return new Reception(trackingId, true);
            }
            jdbc.update("INSERT INTO pension_part (direction, partner_state, message_id, part_index, part_message_id, "
                            + "record_count, sealed, created_at, record_sums) VALUES ('INBOUND', ?, ?, ?, ?, ?, ?, ?, ?)",
                    sender.name(), part.of(), part.index(), envelope.messageId(), part.records(),
                    new SqlParameterValue(Types.BINARY, part.sealed().getBytes(StandardCharsets.US_ASCII)),
                    TrackedMessages.timestamp(now()), recordSums == null ? null : recordSums.toJson());
            int received = ((Number) assembly.get("parts_received")).intValue() + 1;
            jdbc.update("UPDATE pension_assembly SET parts_received = ? WHERE partner_state = ? AND message_id = ?",
                    received, sender.name(), part.of());
            if (received == part.count()) {
                complete(envelope, part, sender, trackingId);
            }
            return new Reception(trackingId, false);
        });
    }

    /** The assembly row of a message, created by its first part (in a transaction of its own, so that two first parts meet at the key). */
    private String assembly(GccState sender, PensionPart part, String service) {
        Optional<String> known = trackingOfAssembly(sender, part.of());
        if (known.isPresent()) {
            return known.get();
        }
        try {
            String trackingId = JdbcTrafficLedger.newId();
            jdbc.update("INSERT INTO pension_assembly (partner_state, message_id, service, part_count, parts_received, "
                            + "tracking_id, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)", sender.name(), part.of(), service,
                    part.count(), trackingId, TrackedMessages.timestamp(now()));
            return trackingId;
        } catch (DuplicateKeyException raced) {
            return trackingOfAssembly(sender, part.of()).orElseThrow(() -> raced);
        }
    }

    private Optional<String> trackingOfAssembly(GccState sender, String messageId) {
        return jdbc.queryForList("SELECT tracking_id FROM pension_assembly WHERE partner_state = ? AND message_id = ?",
                String.class, sender.name(), messageId).stream().findFirst();
    }

    private void complete(Envelope envelope, PensionPart part, GccState sender, String trackingId) {
        Instant now = now();
        JsonNode header = part.header();
        String service = envelope.service();
        if (GccServices.PENSION_CONTRIBUTION_ACKNOWLEDGEMENT.equals(service) || GccServices.PENSION_ACKNOWLEDGEMENT.equals(service)) {
            String answered = header.path("messageId").asText("");
            TrackedMessage original = tracked.bySender(ownState, answered)
                    .filter(m -> m.toState() == sender && m.direction() == Direction.OUTBOUND)
                    .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no pension message " + answered
                            + " was sent to " + sender + " from here"));
            TrackedMessage acknowledgement = new TrackedMessage(trackingId, part.of(), envelope.correlationId(), service,
                    Direction.INBOUND, sender, envelope.from().agency(), ownState, envelope.to().agency(), ownState,
                    original.violationReference(), sender + "/" + part.of(), TrackingStatus.DELIVERED, null,
                    TrafficJson.bytes(header), now, now);
            tracked.insert(acknowledgement);
            tracked.event(trackingId, now, node, "RECEIVED", TrackingStatus.DELIVERED, null, null,
                    "acknowledgement of " + original.trackingId() + " in " + part.count() + " part(s)");
            tracked.status(original.trackingId(), TrackingStatus.ACKNOWLEDGED, now);
            tracked.event(original.trackingId(), now, node, "ACKNOWLEDGED", TrackingStatus.ACKNOWLEDGED, null, null,
                    describe(header) + " (acknowledgement " + trackingId + ")");
            return;
        }
        String reference = header.path(switch (service) {
            case GccServices.PENSION_CONTRIBUTION_REPORT -> "reportId";
            case GccServices.PENSION_SERVICE_PERIODS -> "statementId";
            default -> "noticeId";
        }).asText("");
        if (reference.isEmpty()) {
            throw new JisrException(JisrError.SCHEMA, "the header of " + part.of() + " names no report, statement or notice");
        }
        TrackedMessage message = new TrackedMessage(trackingId, part.of(), envelope.correlationId(), service,
                Direction.INBOUND, sender, envelope.from().agency(), ownState, envelope.to().agency(), sender, reference,
                sender + "/" + part.of(), TrackingStatus.ACCEPTED, null, TrafficJson.bytes(header), now, now);
        tracked.insert(message);
        tracked.event(trackingId, now, node, "RECEIVED", TrackingStatus.ACCEPTED, null, null,
                "from the " + sender + " gateway, " + part.count() + " sealed part(s)");
        ObjectNode pointer = TrafficJson.mapper().createObjectNode().put("of", part.of()).put("index", 0).put("count", part.count());
        outbox.enqueue(JdbcTrafficLedger.newId(), trackingId, ownState, service, TrafficJson.bytes(pointer), null);
    }

    private static String describe(JsonNode acknowledgement) {
        if (acknowledgement.has("refused")) {
            return "refused whole by " + acknowledgement.path("acknowledgedBy").asText() + ": "
                    + acknowledgement.path("refused").path("code").asText();
        }
        if (acknowledgement.has("acceptedCount")) {
            return acknowledgement.path("acknowledgedBy").asText() + " accepted " + acknowledgement.path("acceptedCount").asInt()
                    + " and rejected " + acknowledgement.path("rejectedCount").asInt() + " record(s)";
        }
        return acknowledgement.path("acknowledgedBy").asText() + ": " + acknowledgement.path("outcome").asText()
                + (acknowledgement.has("reasonCode") ? " (" + acknowledgement.path("reasonCode").asText() + ")" : "");
    }

    @Override
    public Optional<ContributionSums> recordSums(GccState sender, String messageId) {
        List<String> kept = jdbc.queryForList("SELECT record_sums FROM pension_part WHERE direction = 'INBOUND' AND "
                + "partner_state = ? AND message_id = ? ORDER BY part_index", String.class, sender.name(), messageId);
        if (kept.isEmpty() || kept.contains(null)) {
            return Optional.empty();
        }
        ContributionSums sums = new ContributionSums();
        kept.forEach(part -> sums.addAll(ContributionSums.fromJson(part)));
        return Optional.of(sums);
    }

    @Override
    public Iterator<PensionPart> partsOf(GccState sender, String messageId) {
        Integer count = jdbc.queryForObject("SELECT part_count FROM pension_assembly WHERE partner_state = ? AND message_id = ?",
                Integer.class, sender.name(), messageId);
        int parts = count == null ? 0 : count;
        ObjectNode noHeader = TrafficJson.mapper().createObjectNode();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < parts;
            }

            @Override
            public PensionPart next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                Map<String, Object> row = jdbc.queryForMap("SELECT record_count, sealed FROM pension_part WHERE direction = "
                        + "'INBOUND' AND partner_state = ? AND message_id = ? AND part_index = ?", sender.name(), messageId, index);
                return new PensionPart(noHeader, messageId, index, parts, ((Number) row.get("record_count")).intValue(),
                        new String((byte[]) row.get("sealed"), StandardCharsets.US_ASCII));
            }
        };
    }

    @Override
    public void answeredNationally(PensionDue due, OutgoingPensionMessage acknowledgement) {
        boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!outbox.delivered(due.outboxId(), node)) {
                return false;
            }
            Instant now = now();
            tracked.status(due.trackingId(), TrackingStatus.DELIVERED, now);
            tracked.event(due.trackingId(), now, node, "DELIVERED", TrackingStatus.DELIVERED, due.attempt(), null,
                    "to the " + ownState + " pension fund: " + acknowledgement.summary());
            acceptInTransaction(acknowledgement);
            return true;
        }));
        if (!recorded) {
            LOG.warn("national delivery of {} recorded by another node meanwhile", due.trackingId());
            discard(acknowledgement.to(), acknowledgement.messageId());
        }
    }

    private String destinationOf(PensionDue due) {
        return due.destination() == ownState ? "the " + ownState + " pension fund" : "the " + due.destination() + " gateway";
    }

    private static String partOf(PensionDue due) {
        return due.count() > 1 ? "part " + (due.index() + 1) + " of " + due.count() + ": " : "";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
