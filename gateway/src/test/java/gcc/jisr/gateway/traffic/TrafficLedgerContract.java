package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.AcknowledgementOutcome;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.TrafficAcknowledgement;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.gateway.store.DeliveryAttempts;
import gcc.jisr.gateway.store.FreshStore;
import gcc.jisr.gateway.store.MutableClock;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.routes.partner.Envelope;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.DueMessage;
import gcc.jisr.routes.traffic.EvidenceFile;
import gcc.jisr.routes.traffic.Reception;
import gcc.jisr.routes.traffic.TrafficJson;
import gcc.jisr.routes.traffic.TrafficPayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The traffic ledger, intake and tracking on every store the gateway supports: what is accepted is tracked and due
 * at once, each attempt and outcome is in the history with its node, messages about one vehicle leave one after the
 * other, a dead letter waits for an operator's replay, and what a partner sends twice is kept once.
 */
abstract class TrafficLedgerContract {

    final MutableClock clock = new MutableClock(Instant.now().minusSeconds(3600));
    final Set<GccState> held = EnumSet.noneOf(GccState.class);
    FreshStore store;
    Outbox outbox;
    TrackedMessages tracked;
    DurableTrafficIntake kuwaitIntake;
    StoredTrafficTracking tracking;
    JdbcTrafficLedger kuwait;

    abstract FreshStore openStore();

    @BeforeEach
    void openTheStore() {
        store = openStore();
        outbox = new Outbox(store.jdbc, store.transactions, new DeliveryAttempts(store.jdbc), clock);
        tracked = new TrackedMessages(store.jdbc);
        EvidenceFiles evidence = new EvidenceFiles(store.jdbc);
        kuwaitIntake = new DurableTrafficIntake(GccState.KW, tracked, evidence, outbox, store.transactions, clock, "kw-1");
        tracking = new StoredTrafficTracking(tracked, outbox, store.jdbc, store.transactions, clock, "kw-1");
        kuwait = new JdbcTrafficLedger(GccState.KW, tracked, evidence, outbox, store.transactions, clock, "kw-1",
                Duration.ofMinutes(1), () -> held);
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anAcceptedNoticeIsTrackedAndDueAtOnceForTheRegisteringStateWithItsEvidence() throws Exception {
        ViolationNotice notice = TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-1");
        EvidenceFile photo = TrafficNotices.photo(notice, new byte[] {1, 2, 3});

        SubmissionAccepted accepted = kuwaitIntake.submitNotice(new CheckedNotice(notice, List.of(photo)));

        assertThat(accepted.getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
        List<DueMessage> due = kuwait.claimDue(10);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).destination()).isEqualTo(GccState.SA);
        assertThat(due.get(0).messageId()).isEqualTo(accepted.getMessageId());
        assertThat(due.get(0).evidence()).singleElement().satisfies(f -> assertThat(f.content()).containsExactly(1, 2, 3));
        assertThat(TrafficPayload.of(GccServices.TRAFFIC_NOTICE, due.get(0).payload()).notice().getViolationReference())
                .isEqualTo("KW-1");
    }

    @Test
    void theSameViolationSubmittedAgainIsAnsweredWithTheFirstSubmissionAndNotQueuedTwice() {
        ViolationNotice notice = TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-2");
        SubmissionAccepted first = kuwaitIntake.submitNotice(new CheckedNotice(notice, List.of()));
        SubmissionAccepted again = kuwaitIntake.submitNotice(new CheckedNotice(notice, List.of()));

        assertThat(again.getTrackingId()).isEqualTo(first.getTrackingId());
        assertThat(kuwait.claimDue(10)).hasSize(1);
    }

    @Test
    void everyAttemptAndItsOutcomeIsInTheHistoryWithTheNodeThatMadeIt() {
        SubmissionAccepted accepted = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-3"), List.of()));
        DueMessage first = kuwait.claimDue(10).get(0);
        kuwait.handingOver(first);
        Instant retryAt = clock.instant().plusSeconds(10);
        kuwait.failed(first, JisrError.PARTNER_UNREACHABLE, "SA did not answer", retryAt);

        assertThat(tracking.find(accepted.getTrackingId()).orElseThrow().getNextAttemptAt().toInstant())
                .isEqualTo(retryAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(kuwait.claimDue(10)).as("not due before its back-off").isEmpty();
        clock.advance(Duration.ofSeconds(11));
        DueMessage second = kuwait.claimDue(10).get(0);
        assertThat(second.attempt()).isEqualTo(2);
        kuwait.handingOver(second);
        kuwait.delivered(second);

        TrackingRecord record = tracking.find(accepted.getTrackingId()).orElseThrow();
        assertThat(record.getStatus()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(record.getAttempts()).isEqualTo(2);
        assertThat(record.getHistory()).extracting(e -> e.getEvent() + "/" + e.getAttempt())
                .containsExactly("ACCEPTED/null", "FORWARDED/1", "FAILED/1", "FORWARDED/2", "DELIVERED/2");
        assertThat(record.getHistory().get(2).getError().getCode()).isEqualTo("JISR-504-PARTNER-UNREACHABLE");
        assertThat(record.getHistory()).allSatisfy(e -> assertThat(e.getNode()).isEqualTo("kw-1"));
        assertThat(tracking.find(accepted.getMessageId()).orElseThrow().getTrackingId()).isEqualTo(accepted.getTrackingId());
    }

    @Test
    void messagesAboutOneVehicleLeaveOneAfterTheOtherAndOtherVehiclesDoNotWait() {
        SubmissionAccepted first = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-4a"), List.of()));
        SubmissionAccepted second = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-4b"), List.of()));
        SubmissionAccepted otherCar = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-4c", "DRS 9876"), List.of()));

        List<DueMessage> due = kuwait.claimDue(10);
        assertThat(due).extracting(DueMessage::trackingId).containsExactly(first.getTrackingId(), otherCar.getTrackingId());
        kuwait.delivered(due.get(0));
        assertThat(kuwait.claimDue(10)).extracting(DueMessage::trackingId).containsExactly(second.getTrackingId());
    }

    @Test
    void aDiscardedDeadLetterIsNeverSentAgainNorReplayed() {
        SubmissionAccepted accepted = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.BH, "KW-DISCARD"), List.of()));
        assertThatThrownBy(() -> tracking.discard(accepted.getTrackingId(), "not yet a dead letter"))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.NOT_A_DEAD_LETTER));
        kuwait.deadLettered(kuwait.claimDue(10).get(0), JisrError.SERVICE_NOT_GRANTED, "BH may not receive it");

        TrackingRecord discarded = tracking.discard(accepted.getTrackingId(), "duplicate of KW-6, sent by hand");

        assertThat(discarded.getStatus()).isEqualTo(TrackingStatus.DISCARDED);
        assertThat(discarded.getHistory()).extracting(e -> e.getEvent()).endsWith("DEAD_LETTER", "DISCARDED");
        assertThat(tracking.deadLetters(10)).isEmpty();
        assertThat(kuwait.claimDue(10)).isEmpty();
        assertThatThrownBy(() -> tracking.replay(accepted.getTrackingId(), "changed my mind"))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.NOT_A_DEAD_LETTER));
        assertThatThrownBy(() -> tracking.discard("no-such-id", "x"))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.NOT_FOUND));
    }

    @Test
    void aHeldPartnersMessagesWaitAndLeaveWhenReleased() {
        kuwaitIntake.submitNotice(new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.QA, "KW-5"), List.of()));
        held.add(GccState.QA);
        assertThat(kuwait.claimDue(10)).isEmpty();
        held.clear();
        assertThat(kuwait.claimDue(10)).hasSize(1);
    }

    @Test
    void aDeadLetterWaitsForAnOperatorsReplayAndOnlyADeadLetterCanBeReplayed() {
        SubmissionAccepted accepted = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.BH, "KW-6"), List.of()));
        DueMessage due = kuwait.claimDue(10).get(0);
        assertThatThrownBy(() -> tracking.replay(accepted.getTrackingId(), "too early"))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.NOT_A_DEAD_LETTER));
        kuwait.deadLettered(due, JisrError.SERVICE_NOT_GRANTED, "BH may not receive it");

        assertThat(tracking.deadLetters(10)).extracting(TrackingRecord::getTrackingId).containsExactly(accepted.getTrackingId());
        assertThat(kuwait.claimDue(10)).isEmpty();
        TrackingRecord replayed = tracking.replay(accepted.getTrackingId(), "grant fixed");

        assertThat(replayed.getStatus()).isEqualTo(TrackingStatus.ACCEPTED);
        assertThat(replayed.getHistory()).extracting(e -> e.getEvent()).endsWith("DEAD_LETTER", "REPLAYED");
        assertThat(kuwait.claimDue(10)).singleElement().satisfies(d -> assertThat(d.attempt()).isEqualTo(2));
        assertThatThrownBy(() -> tracking.replay("no-such-id", "x"))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.NOT_FOUND));
    }

    @Test
    void aNoticeReceivedTwiceIsKeptOnceAndItsNationalAcknowledgementLeavesForTheReportingState() {
        JdbcTrafficLedger saudi = new JdbcTrafficLedger(GccState.SA, tracked, new EvidenceFiles(store.jdbc), outbox,
                store.transactions, clock, "sa-1", Duration.ofMinutes(1), Set::of);
        ViolationNotice notice = TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-7");
        Envelope envelope = envelope("m-kw-7", GccServices.TRAFFIC_NOTICE, GccState.KW, GccState.SA,
                TrafficPayload.ofNotice(notice));

        Reception first = saudi.receive(envelope);
        Reception again = saudi.receive(envelope);

        assertThat(first.duplicate()).isFalse();
        assertThat(again).isEqualTo(new Reception(first.trackingId(), true));
        DueMessage national = saudi.claimDue(10).get(0);
        assertThat(national.destination()).isEqualTo(GccState.SA);
        TrafficAcknowledgement recorded = new TrafficAcknowledgement();
        recorded.setOutcome(AcknowledgementOutcome.RECORDED);
        recorded.setNationalReference("MUROOR-1");
        recorded.setAcknowledgedAt(OffsetDateTime.now(ZoneOffset.ofHours(3)));
        saudi.acknowledgedNationally(national, recorded);

        DueMessage back = saudi.claimDue(10).get(0);
        assertThat(back.service()).isEqualTo(GccServices.TRAFFIC_ACKNOWLEDGEMENT);
        assertThat(back.destination()).isEqualTo(GccState.KW);
        TrafficAcknowledgement sent = TrafficPayload.of(back.service(), back.payload()).acknowledgement();
        assertThat(sent.getMessageId()).isEqualTo("m-kw-7");
        assertThat(sent.getAcknowledgedBy().getState()).isEqualTo("SA");
        assertThat(tracking.find(first.trackingId()).orElseThrow().getStatus()).isEqualTo(TrackingStatus.DELIVERED);
    }

    @Test
    void aStatusChangeTheViolationCannotMakeIsRefused() {
        SubmissionAccepted accepted = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.OM, "KW-8"), List.of()));
        ViolationNotice notice = TrafficNotices.speeding(GccState.KW, GccState.OM, "KW-8");
        var cancelled = TrafficNotices.paid(GccState.KW, notice);
        cancelled.setPaid(null);
        cancelled.setCancelled(new gcc.jisr.contracts.traffic.v1.Cancellation());
        cancelled.getCancelled().setReason("issued in error");
        kuwaitIntake.submitStatusUpdate(accepted.getTrackingId(), cancelled);

        assertThatThrownBy(() -> kuwaitIntake.submitStatusUpdate(accepted.getTrackingId(), TrafficNotices.paid(GccState.KW, notice)))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.STATUS_TRANSITION));
        assertThat(tracking.find(accepted.getTrackingId()).orElseThrow().getHistory()).extracting(e -> e.getEvent())
                .contains("CANCELLED");
    }

    @Test
    void aStatusChangeResentToAnUnknownTrackingIdIsRefusedNotAnsweredAsARepeat() {
        SubmissionAccepted accepted = kuwaitIntake.submitNotice(
                new CheckedNotice(TrafficNotices.speeding(GccState.KW, GccState.OM, "KW-9"), List.of()));
        var paid = TrafficNotices.paid(GccState.KW, TrafficNotices.speeding(GccState.KW, GccState.OM, "KW-9"));
        kuwaitIntake.submitStatusUpdate(accepted.getTrackingId(), paid);

        assertThatThrownBy(() -> kuwaitIntake.submitStatusUpdate("no-such-tracking-id", paid))
                .isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(JisrError.NOT_FOUND));
    }

    static Envelope envelope(String messageId, String service, GccState from, GccState to, byte[] payload) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new Envelope(messageId, "c-" + messageId, null, service, new Envelope.Party(from.name(), "MOI-TRAFFIC"),
                new Envelope.Party(to.name(), "TRAFFIC"), now, now.plusMinutes(5), TrafficJson.tree(payload));
    }
}
