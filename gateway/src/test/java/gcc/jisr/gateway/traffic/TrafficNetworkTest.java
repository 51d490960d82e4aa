package gcc.jisr.gateway.traffic;

import gcc.jisr.adapters.sim.TrafficSystemSimulator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.contracts.traffic.v1.TrackingEvent;
import gcc.jisr.contracts.traffic.v1.TrackingRecord;
import gcc.jisr.contracts.traffic.v1.TrackingStatus;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.contracts.traffic.v1.ViolationStatusUpdate;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.network.SharedGccNetwork;
import gcc.jisr.gateway.registries.SimulatedRegistries;
import gcc.jisr.gateway.store.ArchiveRecord;
import gcc.jisr.gateway.store.ChainVerification;
import gcc.jisr.gateway.store.MessageArchive;
import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import gcc.jisr.routes.partner.GccServices;
import gcc.jisr.routes.traffic.CheckedNotice;
import gcc.jisr.routes.traffic.EvidenceFile;
import gcc.jisr.routes.traffic.TrackingQuery;
import gcc.jisr.routes.traffic.TrafficIntake;
import gcc.jisr.routes.traffic.TrafficTracking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traffic violations between real gateways on loopback, over mutual TLS: a notice accepted at the reporting state's
 * gateway reaches the registering state's traffic system exactly once, in its national format, and its tracking ends
 * ACKNOWLEDGED with the history of every step; status changes travel back; a partner that is down holds nothing up
 * but its own messages, which leave when it is back, in order per vehicle.
 */
@ExtendWith(SharedGccNetwork.class)
class TrafficNetworkTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static LocalGccNetwork network;

    @BeforeAll
    static void joinTheNetwork() {
        network = SharedGccNetwork.network();
    }

    static Stream<Arguments> orderedPairs() {
        return Stream.of(GccState.values()).flatMap(reporting -> Stream.of(GccState.values())
                .filter(registering -> registering != reporting).map(registering -> Arguments.of(reporting, registering)));
    }

    @ParameterizedTest(name = "{0} reports a car registered in {1}")
    @MethodSource("orderedPairs")
    void aNoticeReachesTheRegisteringStatesTrafficSystemOnceAndIsAcknowledged(GccState reporting, GccState registering)
            throws Exception {
        String reference = reporting + "-TR-" + registering + "-" + System.nanoTime();
        ViolationNotice notice = TrafficNotices.speeding(reporting, registering, reference);
        EvidenceFile photo = TrafficNotices.photo(notice, ("radar photo of " + reference).getBytes());

        SubmissionAccepted accepted = intake(reporting).submitNotice(new CheckedNotice(notice, List.of(photo)));
        assertThat(accepted.getStatus()).isEqualTo(TrackingStatus.ACCEPTED);

        TrackingRecord record = awaitStatus(reporting, accepted.getTrackingId(), TrackingStatus.ACKNOWLEDGED);
        assertThat(events(record)).containsSubsequence("ACCEPTED", "FORWARDED", "DELIVERED", "ACKNOWLEDGED");
        assertThat(record.getHistory()).allSatisfy(event -> assertThat(event.getNode()).isNotBlank());
        assertThat(trafficSystem(registering).noticeDeliveries(reporting, reference)).isEqualTo(1);

        // Both gateways archived the notice as signed, evidence included; the sender holds the receiver's receipt.
        ArchiveRecord sent = archive(reporting).find(accepted.getMessageId(), Direction.SENT).orElseThrow();
        assertThat(sent.signedReceipt()).isPresent();
        assertThat(new String(sent.envelope())).contains(photo.sha256());
        assertThat(archive(registering).find(accepted.getMessageId(), Direction.RECEIVED)).isPresent();
        assertThat(network.context(reporting).getBean(ChainVerification.class).verify().valid()).isTrue();
    }

    @Test
    void theSameViolationSubmittedTwiceIsOneMessage() {
        ViolationNotice notice = TrafficNotices.speeding(GccState.QA, GccState.BH, "QA-TWICE-" + System.nanoTime());
        SubmissionAccepted first = intake(GccState.QA).submitNotice(new CheckedNotice(notice, List.of()));
        SubmissionAccepted second = intake(GccState.QA).submitNotice(new CheckedNotice(notice, List.of()));

        assertThat(second.getTrackingId()).isEqualTo(first.getTrackingId());
        awaitStatus(GccState.QA, first.getTrackingId(), TrackingStatus.ACKNOWLEDGED);
        assertThat(trafficSystem(GccState.BH).noticeDeliveries(GccState.QA, notice.getViolationReference())).isEqualTo(1);
    }

    @Test
    void aPaymentInTheRegisteringStateTravelsBackToTheReportingStatesTrafficSystem() {
        ViolationNotice notice = TrafficNotices.speeding(GccState.KW, GccState.SA, "KW-PAID-" + System.nanoTime());
        SubmissionAccepted accepted = intake(GccState.KW).submitNotice(new CheckedNotice(notice, List.of()));
        awaitStatus(GccState.KW, accepted.getTrackingId(), TrackingStatus.ACKNOWLEDGED);
        String saudiTracking = tracking(GccState.SA).search(new TrackingQuery(GccState.KW, GccServices.TRAFFIC_NOTICE,
                        null, null, null, TrackingQuery.MAX_LIMIT)).stream()
                .filter(r -> notice.getViolationReference().equals(r.getReference())).findFirst().orElseThrow().getTrackingId();
        int updatesBefore = trafficSystem(GccState.KW).statusUpdatesReceived();

        ViolationStatusUpdate firstPayment = TrafficNotices.paid(GccState.SA, notice);
        SubmissionAccepted paid = intake(GccState.SA).submitStatusUpdate(saudiTracking, firstPayment);

        awaitStatus(GccState.SA, paid.getTrackingId(), TrackingStatus.DELIVERED);
        TrackingRecord atKuwait = await(GccState.KW, accepted.getTrackingId(), r -> events(r).contains("PAID"));
        assertThat(events(atKuwait)).containsSubsequence("ACKNOWLEDGED", "PAID");
        awaitCondition(() -> trafficSystem(GccState.KW).statusUpdatesReceived() > updatesBefore);
        // The same payment submitted again is the same message; a second payment is not a change a paid fine can make.
        ViolationStatusUpdate samePayment = TrafficNotices.paid(GccState.SA, notice);
        samePayment.setChangedAt(firstPayment.getChangedAt());
        assertThat(intake(GccState.SA).submitStatusUpdate(saudiTracking, samePayment).getTrackingId())
                .isEqualTo(paid.getTrackingId());
        ViolationStatusUpdate secondPayment = TrafficNotices.paid(GccState.SA, notice);
        secondPayment.setChangedAt(firstPayment.getChangedAt().plusMinutes(1));
        assertThat(catchJisr(() -> intake(GccState.SA).submitStatusUpdate(saudiTracking, secondPayment)))
                .isEqualTo("JISR-409-STATUS-TRANSITION");
    }

    @Test
    void aPartnerThatIsDownHoldsItsMessagesUntilItIsBackAndThenReceivesThemInOrderPerVehicle() {
        network.stop(GccState.OM);
        List<SubmissionAccepted> accepted = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ViolationNotice notice = TrafficNotices.speeding(GccState.AE, GccState.OM, "AE-DOWN-" + i + "-" + System.nanoTime());
                accepted.add(intake(GccState.AE).submitNotice(new CheckedNotice(notice, List.of())));
            }
            // The first message keeps failing and is due again; the vehicle's later ones wait behind it, untouched.
            TrackingRecord first = awaitStatus(GccState.AE, accepted.get(0).getTrackingId(), TrackingStatus.FAILED);
            assertThat(first.getHistory()).filteredOn(e -> e.getError() != null)
                    .allSatisfy(e -> assertThat(e.getError().getCode()).startsWith("JISR-5")).isNotEmpty();
            assertThat(tracking(GccState.AE).find(accepted.get(4).getTrackingId()).orElseThrow().getStatus())
                    .isEqualTo(TrackingStatus.ACCEPTED);
        } finally {
            network.start(GccState.OM);
        }
        List<Instant> deliveredAt = new ArrayList<>();
        for (SubmissionAccepted one : accepted) {
            TrackingRecord record = awaitStatus(GccState.AE, one.getTrackingId(), TrackingStatus.ACKNOWLEDGED);
            deliveredAt.add(record.getHistory().stream().filter(e -> "DELIVERED".equals(e.getEvent()))
                    .map(e -> e.getAt().toInstant()).findFirst().orElseThrow());
        }
        assertThat(deliveredAt).isSorted();
    }

    static TrafficIntake intake(GccState state) {
        return network.context(state).getBean(TrafficIntake.class);
    }

    static TrafficTracking tracking(GccState state) {
        return network.context(state).getBean(TrafficTracking.class);
    }

    static MessageArchive archive(GccState state) {
        return network.context(state).getBean(MessageArchive.class);
    }

    static TrafficSystemSimulator trafficSystem(GccState state) {
        return network.context(state).getBean(SimulatedRegistries.class).trafficSimulator(state).orElseThrow();
    }

    static List<String> events(TrackingRecord record) {
        return record.getHistory().stream().map(TrackingEvent::getEvent).toList();
    }

    static TrackingRecord awaitStatus(GccState state, String trackingId, TrackingStatus status) {
        return await(state, trackingId, r -> r.getStatus() == status);
    }

    static TrackingRecord await(GccState state, String trackingId, Predicate<TrackingRecord> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        TrackingRecord record = null;
        while (Instant.now().isBefore(deadline)) {
            record = tracking(state).find(trackingId).orElseThrow();
            if (condition.test(record)) {
                return record;
            }
            sleep();
        }
        throw new AssertionError("tracking " + trackingId + " at " + state + " never got there; last: " + record.getStatus()
                + " " + events(record));
    }

    static void awaitCondition(java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + PATIENCE);
            }
            sleep();
        }
    }

    static String catchJisr(Runnable action) {
        try {
            action.run();
            return "no error";
        } catch (gcc.jisr.contracts.errors.JisrException e) {
            return e.error().code();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
