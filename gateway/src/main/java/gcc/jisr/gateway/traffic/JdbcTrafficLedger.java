package gcc.jisr.gateway.traffic;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.common.v1.Party;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.gateway.store.OutboxEntry;
import gcc.jisr.gateway.traffic.TrackedMessage.Direction;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.DueMessage;
import gcc.jisr.routes.traffic.EvidenceFile;
import gcc.jisr.routes.traffic.Reception;
import gcc.jisr.routes.traffic.TrafficLedger;
import gcc.jisr.routes.traffic.TrafficPayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The traffic ledger on the durable store: the outbox's leases and outcomes, the tracking records and their history,
 * each change in one transaction with the history event that tells it. Only the node holding an entry's lease can
 * record its outcome; an outcome that comes too late (another node took the entry over) changes nothing.
 */
public class JdbcTrafficLedger implements TrafficLedger {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTrafficLedger.class);
    private static final TimeBasedEpochGenerator UUID_V7 = Generators.timeBasedEpochGenerator();

    private final GccState ownState;
    private final TrackedMessages tracked;
    private final EvidenceFiles evidence;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final Supplier<Set<GccState>> held;

    public JdbcTrafficLedger(GccState ownState, TrackedMessages tracked, EvidenceFiles evidence, Outbox outbox,
                             TransactionTemplate transactions, Clock clock, String node, Duration lease,
                             Supplier<Set<GccState>> held) {
        this.ownState = ownState;
        this.tracked = tracked;
        this.evidence = evidence;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.node = node;
        this.lease = lease;
        this.held = held;
    }

    /**
     * Called once at start: entries this node's name leased before a crash are taken back at once. A node named by
     * host and process id never finds any; a node with a fixed name (jisr.outbox.node) finds what it held.
     */
    public void resumeAfterRestart() {
        int released = outbox.releaseLeasesOf(node);
        if (released > 0) {
            LOG.info("took back {} outbox entries this node ({}) held before it stopped", released, node);
        }
    }

    public static String newId() {
        return UUID_V7.generate().toString();
    }

    @Override
    public List<DueMessage> claimDue(int limit) {
        List<DueMessage> due = new ArrayList<>();
        for (OutboxEntry entry : outbox.claimDue(node, lease, limit, held.get(), GccServices.TRAFFIC_PREFIX)) {
            if (entry.trackingId() == null) {
                continue;
            }
            Optional<TrackedMessage> message = tracked.byTrackingId(entry.trackingId());
            if (message.isEmpty()) {
                LOG.error("outbox entry {} names tracking id {}, which is not in the store", entry.id(), entry.trackingId());
                continue;
            }
            TrackedMessage m = message.get();
            boolean withEvidence = entry.destination() != ownState && GccServices.TRAFFIC_NOTICE.equals(m.service());
            due.add(new DueMessage(entry.id(), m.trackingId(), m.messageId(), m.correlationId(), m.service(),
                    new Envelope.Party(m.fromState().name(), m.fromAgency()),
                    new Envelope.Party(m.toState().name(), m.toAgency()), entry.destination(), entry.payload(),
                    withEvidence ? evidence.of(m.messageId()) : List.of(), entry.attempts() + 1, entry.enqueuedAt()));
        }
        return due;
    }

    @Override
    public void handingOver(DueMessage message) {
        transactions.executeWithoutResult(status -> {
            Instant now = now();
            tracked.status(message.trackingId(), TrackingStatus.FORWARDED, now);
            tracked.event(message.trackingId(), now, node, "FORWARDED", TrackingStatus.FORWARDED, message.attempt(), null,
                    "to " + destinationOf(message));
        });
    }

    @Override
    public void delivered(DueMessage message) {
        transactions.executeWithoutResult(status -> {
            if (!outbox.delivered(message.outboxId(), node)) {
                LOG.warn("delivery of {} recorded by another node meanwhile", message.trackingId());
                return;
            }
            Instant now = now();
            tracked.status(message.trackingId(), TrackingStatus.DELIVERED, now);
            tracked.event(message.trackingId(), now, node, "DELIVERED", TrackingStatus.DELIVERED, message.attempt(), null,
                    "to " + destinationOf(message));
        });
    }

    @Override
    public void failed(DueMessage message, JisrError error, String detail, Instant nextAttemptAt) {
        transactions.executeWithoutResult(status -> {
            if (!outbox.failed(message.outboxId(), node, error.code(), detail, nextAttemptAt)) {
                return;
            }
            Instant now = now();
            tracked.status(message.trackingId(), TrackingStatus.FAILED, now);
            tracked.event(message.trackingId(), now, node, "FAILED", TrackingStatus.FAILED, message.attempt(), error.code(),
                    detail + " (next attempt at " + nextAttemptAt.truncatedTo(ChronoUnit.SECONDS) + ")");
        });
    }

    @Override
    public void deadLettered(DueMessage message, JisrError error, String detail) {
        transactions.executeWithoutResult(status -> {
            if (!outbox.deadLettered(message.outboxId(), node, error.code(), detail)) {
                return;
            }
            Instant now = now();
            tracked.status(message.trackingId(), TrackingStatus.DEAD_LETTER, now);
            tracked.event(message.trackingId(), now, node, "DEAD_LETTER", TrackingStatus.DEAD_LETTER, message.attempt(),
                    error.code(), detail);
        });
    }

    @Override
    public Reception receive(Envelope envelope) {
        GccState sender = envelope.from().gccState();
        TrafficPayload payload = TrafficPayload.of(envelope.service(), envelope.payload());
        return transactions.execute(status -> {
            Optional<TrackedMessage> before = tracked.bySender(sender, envelope.messageId());
            if (before.isPresent()) {
                return new Reception(before.get().trackingId(), true);
            }
            return switch (envelope.service()) {
                case GccServices.TRAFFIC_NOTICE -> receiveNotice(envelope, sender, payload);
                case GccServices.TRAFFIC_STATUS -> receiveStatusUpdate(envelope, sender, payload.statusUpdate());
                case GccServices.TRAFFIC_ACKNOWLEDGEMENT -> receiveAcknowledgement(envelope, sender, payload.acknowledgement());
                default -> throw new JisrException(JisrError.SERVICE_NOT_GRANTED, envelope.service() + " is not a traffic service");
            };
        });
    }

    private Reception receiveNotice(Envelope envelope, GccState sender, TrafficPayload payload) {
        ViolationNotice notice = payload.notice();
        if (!sender.name().equals(notice.getReporter().getState())) {
            throw new JisrException(JisrError.SCHEMA, "a notice reported by " + notice.getReporter().getState()
                    + " cannot come from " + sender);
        }
        if (!ownState.name().equals(notice.getVehicle().getPlate().getIssuingState())) {
            throw new JisrException(JisrError.WRONG_RECIPIENT, "the vehicle is registered in "
                    + notice.getVehicle().getPlate().getIssuingState() + ", not " + ownState);
        }
        List<EvidenceFile> files = EvidenceFiles.matching(notice, payload.evidence());
        String businessKey = sender + "/" + notice.getViolationReference();
        Optional<TrackedMessage> sameViolation = tracked.byKey(Direction.INBOUND, GccServices.TRAFFIC_NOTICE, businessKey);
        if (sameViolation.isPresent()) {
            // The reporting state sent the violation again under a new message id: still one violation here.
            return new Reception(sameViolation.get().trackingId(), true);
        }
        Instant now = now();
        TrackedMessage message = inbound(envelope, sender, notice.getReporter().getState(), notice.getViolationReference(),
                businessKey, ViolationStatus.OPEN, payload.withoutEvidence(), now);
        tracked.insert(message);
        files.forEach(file -> evidence.keep(envelope.messageId(), file));
        tracked.event(message.trackingId(), now, node, "RECEIVED", TrackingStatus.ACCEPTED, null, null,
                "from the " + sender + " gateway, " + files.size() + " evidence item(s)");
        outbox.enqueue(envelope.messageId(), message.trackingId(), ownState, GccServices.TRAFFIC_NOTICE, message.payload(),
                TrafficOrdering.vehicle(notice));
        return new Reception(message.trackingId(), false);
    }

    private Reception receiveStatusUpdate(Envelope envelope, GccState sender, ViolationStatusUpdate update) {
        GccState reporting = GccState.fromCode(update.getReportingState()).orElseThrow(() -> new JisrException(
                JisrError.UNKNOWN_STATE, "'" + update.getReportingState() + "' is not a GCC state"));
        TrackedMessage notice = tracked.noticeForUpdate(GccServices.TRAFFIC_NOTICE, reporting, update.getViolationReference())
                .filter(n -> n.partner() == sender)
                .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no violation " + update.getViolationReference()
                        + " of " + reporting + " is shared with " + sender + " here"));
        ViolationStatus change = ViolationStatus.of(update);
        ViolationStatus current = notice.violationStatus() == null ? ViolationStatus.OPEN : notice.violationStatus();
        if (!current.allows(change)) {
            throw new JisrException(JisrError.STATUS_TRANSITION, "violation " + update.getViolationReference() + " is "
                    + current + " here; it cannot become " + change);
        }
        Instant now = now();
        String businessKey = TrafficOrdering.statusKey(update, change);
        TrackedMessage message = inbound(envelope, sender, reporting.name(), update.getViolationReference(), businessKey,
                null, TrafficPayload.ofStatusUpdate(update), now);
        tracked.insert(message);
        tracked.event(message.trackingId(), now, node, "RECEIVED", TrackingStatus.ACCEPTED, null, null,
                change + " from the " + sender + " gateway");
        tracked.violationStatus(notice.trackingId(), change, now);
        tracked.event(notice.trackingId(), now, node, change.name(), notice.status(), null, null,
                "reported by " + sender + " (status update " + message.trackingId() + ")");
        outbox.enqueue(envelope.messageId(), message.trackingId(), ownState, GccServices.TRAFFIC_STATUS, message.payload(),
                TrafficOrdering.violation(reporting, update.getViolationReference()));
        return new Reception(message.trackingId(), false);
    }

    private Reception receiveAcknowledgement(Envelope envelope, GccState sender, TrafficAcknowledgement acknowledgement) {
        TrackedMessage notice = tracked.bySender(ownState, acknowledgement.getMessageId())
                .filter(n -> n.toState() == sender && GccServices.TRAFFIC_NOTICE.equals(n.service()))
                .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no notice " + acknowledgement.getMessageId()
                        + " was sent to " + sender + " from here"));
        Instant now = now();
        TrackedMessage message = inbound(envelope, sender, notice.reportingState().name(), notice.violationReference(),
                "ack/" + acknowledgement.getMessageId(), null, TrafficPayload.ofAcknowledgement(acknowledgement), now);
        tracked.insert(message);
        tracked.status(message.trackingId(), TrackingStatus.DELIVERED, now);
        tracked.event(message.trackingId(), now, node, "RECEIVED", TrackingStatus.DELIVERED, null, null,
                "acknowledgement of " + notice.trackingId());
        tracked.status(notice.trackingId(), TrackingStatus.ACKNOWLEDGED, now);
        tracked.event(notice.trackingId(), now, node, "ACKNOWLEDGED", TrackingStatus.ACKNOWLEDGED, null, null,
                TrafficOrdering.describe(acknowledgement));
        return new Reception(message.trackingId(), false);
    }

    @Override
    public void acknowledgedNationally(DueMessage notice, TrafficAcknowledgement acknowledgement) {
        transactions.executeWithoutResult(status -> {
            if (!outbox.delivered(notice.outboxId(), node)) {
                LOG.warn("national delivery of {} recorded by another node meanwhile", notice.trackingId());
                return;
            }
            Instant now = now();
            TrackedMessage received = tracked.byTrackingId(notice.trackingId()).orElseThrow();
            tracked.status(received.trackingId(), TrackingStatus.DELIVERED, now);
            tracked.event(received.trackingId(), now, node, "DELIVERED", TrackingStatus.DELIVERED, notice.attempt(), null,
                    "to the " + ownState + " traffic system: " + TrafficOrdering.describe(acknowledgement));

            Party by = new Party();
            by.setState(ownState.name());
            by.setAgency(received.toAgency());
            acknowledgement.setAcknowledgedBy(by);
            acknowledgement.setMessageId(received.messageId());
            acknowledgement.setReportingState(received.reportingState().name());
            acknowledgement.setViolationReference(received.violationReference());
            TrackedMessage back = new TrackedMessage(newId(), newId(), received.correlationId(),
                    GccServices.TRAFFIC_ACKNOWLEDGEMENT, Direction.OUTBOUND, ownState, received.toAgency(),
                    received.fromState(), received.fromAgency(), received.reportingState(), received.violationReference(),
                    "ack/" + received.messageId(), TrackingStatus.ACCEPTED, null,
                    TrafficPayload.ofAcknowledgement(acknowledgement), now, now);
            tracked.insert(back);
            tracked.event(back.trackingId(), now, node, "ACCEPTED", TrackingStatus.ACCEPTED, null, null,
                    "acknowledgement of " + received.trackingId() + " for " + received.fromState());
            outbox.enqueue(back.messageId(), back.trackingId(), received.fromState(), back.service(), back.payload(),
                    TrafficOrdering.violation(received.reportingState(), received.violationReference()));
        });
    }

    private TrackedMessage inbound(Envelope envelope, GccState sender, String reportingState, String reference,
                                   String businessKey, ViolationStatus violationStatus, byte[] payload, Instant now) {
        return new TrackedMessage(newId(), envelope.messageId(), envelope.correlationId(), envelope.service(),
                Direction.INBOUND, sender, envelope.from().agency(), ownState, envelope.to().agency(),
                GccState.fromCode(reportingState).orElseThrow(() -> new JisrException(JisrError.UNKNOWN_STATE,
                        "'" + reportingState + "' is not a GCC state")),
                reference, businessKey, TrackingStatus.ACCEPTED, violationStatus, payload, now, now);
    }

    private String destinationOf(DueMessage message) {
        return message.destination() == ownState ? "the " + ownState + " traffic system"
                : "the " + message.destination() + " gateway";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
