package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.gateway.traffic.TrackedMessage.Direction;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.TrafficPayload;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Accepts a national agency's traffic messages into the durable store: the tracking record, its evidence, the outbox
 * entry and the first history event in one transaction, committed before the agency hears 202. The same violation
 * (or the same status change) submitted twice is one message: the second submission gets the first one's answer.
 */
public class DurableTrafficIntake implements TrafficIntake {

    /** The receiving state's traffic authority, as envelopes name it; its own national name is its adapter's business. */

    private final GccState ownState;
    private final TrackedMessages tracked;
    private final EvidenceFiles evidence;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node;

    public DurableTrafficIntake(GccState ownState, TrackedMessages tracked, EvidenceFiles evidence, Outbox outbox,
                                TransactionTemplate transactions, Clock clock, String node) {
        this.ownState = ownState;
        this.tracked = tracked;
        this.evidence = evidence;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.node = node;
    }

    @Override
    public SubmissionAccepted submitNotice(CheckedNotice checked) {
        ViolationNotice notice = checked.notice();
        if (!ownState.name().equals(notice.getReporter().getState())) {
            throw new JisrException(JisrError.SCHEMA, "this gateway accepts notices of " + ownState + "'s agencies, not of "
                    + notice.getReporter().getState());
        }
        GccState registering = GccState.fromCode(notice.getVehicle().getPlate().getIssuingState())
                .orElseThrow(() -> new JisrException(JisrError.UNKNOWN_STATE, "the plate's issuing state is not a GCC state"));
        if (registering == ownState) {
            throw new JisrException(JisrError.SCHEMA, "a vehicle registered in " + ownState + " is not a cross-border case");
        }
        String businessKey = TrafficOrdering.notice(notice);
        return once(Direction.OUTBOUND, GccServices.TRAFFIC_NOTICE, businessKey, () -> {
            Instant now = now();
            String trackingId = JdbcTrafficLedger.newId();
            // Every envelope carries a correlation id (the contract requires it): an agency that gave none gets the
            // tracking id, which then ties the notice, its status changes and its acknowledgement together.
            String correlationId = notice.getCorrelationId() != null ? notice.getCorrelationId() : trackingId;
            TrackedMessage message = new TrackedMessage(trackingId, JdbcTrafficLedger.newId(),
                    correlationId, GccServices.TRAFFIC_NOTICE, Direction.OUTBOUND, ownState,
                    notice.getReporter().getAgency(), registering, TRAFFIC_AUTHORITY, ownState, notice.getViolationReference(),
                    businessKey, TrackingStatus.ACCEPTED, ViolationStatus.OPEN, TrafficPayload.ofNotice(notice), now, now);
            tracked.insert(message);
            checked.evidence().forEach(file -> evidence.keep(message.messageId(), file));
            tracked.event(message.trackingId(), now, node, "ACCEPTED", TrackingStatus.ACCEPTED, null, null,
                    "from " + notice.getReporter().getAgency() + " for " + registering);
            outbox.enqueue(message.messageId(), message.trackingId(), registering, message.service(), message.payload(),
                    TrafficOrdering.vehicle(notice));
            return message;
        });
    }

    @Override
    public SubmissionAccepted submitStatusUpdate(String trackingId, ViolationStatusUpdate update) {
        if (update.getSender() == null || !ownState.name().equals(update.getSender().getState())) {
            throw new JisrException(JisrError.SCHEMA, "this gateway accepts status changes of " + ownState + "'s agencies");
        }
        ViolationStatus change = ViolationStatus.of(update);
        String businessKey = TrafficOrdering.statusKey(update, change);
        // The tracking id is checked first, so that a change resent to a wrong id is refused, not answered as a repeat.
        TrackedMessage named = tracked.byTrackingId(trackingId)
                .filter(m -> GccServices.TRAFFIC_NOTICE.equals(m.service()))
                .orElseThrow(() -> new JisrException(JisrError.NOT_FOUND, "no violation notice has tracking id " + trackingId));
        if (!named.reportingState().name().equals(update.getReportingState())
                || !named.violationReference().equals(update.getViolationReference())) {
            throw new JisrException(JisrError.SCHEMA, "tracking id " + trackingId + " is violation "
                    + named.violationReference() + " of " + named.reportingState() + ", not "
                    + update.getViolationReference() + " of " + update.getReportingState());
        }
        return once(Direction.OUTBOUND, GccServices.TRAFFIC_STATUS, businessKey, () -> {
            TrackedMessage notice = tracked.noticeForUpdate(GccServices.TRAFFIC_NOTICE, named.reportingState(),
                    named.violationReference()).orElseThrow();
            ViolationStatus current = notice.violationStatus() == null ? ViolationStatus.OPEN : notice.violationStatus();
            if (!current.allows(change)) {
                throw new JisrException(JisrError.STATUS_TRANSITION, "violation " + notice.violationReference() + " is "
                        + current + "; it cannot become " + change);
            }
            Instant now = now();
            GccState partner = notice.partner();
            TrackedMessage message = new TrackedMessage(JdbcTrafficLedger.newId(), JdbcTrafficLedger.newId(),
                    update.getCorrelationId() != null ? update.getCorrelationId() : notice.correlationId(),
                    GccServices.TRAFFIC_STATUS, Direction.OUTBOUND, ownState, update.getSender().getAgency(), partner,
                    notice.direction() == Direction.OUTBOUND ? notice.toAgency() : notice.fromAgency(),
                    notice.reportingState(), notice.violationReference(), businessKey, TrackingStatus.ACCEPTED, null,
                    TrafficPayload.ofStatusUpdate(update), now, now);
            tracked.insert(message);
            tracked.event(message.trackingId(), now, node, "ACCEPTED", TrackingStatus.ACCEPTED, null, null,
                    change + " for " + partner);
            tracked.violationStatus(notice.trackingId(), change, now);
            tracked.event(notice.trackingId(), now, node, change.name(), notice.status(), null, null,
                    "reported here (status update " + message.trackingId() + ")");
            outbox.enqueue(message.messageId(), message.trackingId(), partner, message.service(), message.payload(),
                    TrafficOrdering.violation(notice.reportingState(), notice.violationReference()));
            return message;
        });
    }

    /**
     * Runs the acceptance unless the same message was accepted before; two concurrent submissions of one message meet
     * at the unique key, and the loser answers with the winner's record.
     */
    private SubmissionAccepted once(Direction direction, String service, String businessKey, Supplier<TrackedMessage> accept) {
        Optional<TrackedMessage> before = tracked.byKey(direction, service, businessKey);
        if (before.isPresent()) {
            return accepted(before.get());
        }
        try {
            return accepted(transactions.execute(status -> accept.get()));
        } catch (DuplicateKeyException raced) {
            return accepted(tracked.byKey(direction, service, businessKey).orElseThrow(() -> raced));
        }
    }

    public static SubmissionAccepted accepted(TrackedMessage message) {
        SubmissionAccepted accepted = new SubmissionAccepted();
        accepted.setTrackingId(message.trackingId());
        accepted.setMessageId(message.messageId());
        accepted.setStatus(message.status());
        accepted.setAcceptedAt(message.acceptedAt().atOffset(ZoneOffset.UTC));
        return accepted;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
