package gcc.jisr.gateway.store;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The outbox, its delivery attempts and the status history, run against every store the gateway supports: an entry
 * is held by one node at a time, every attempt is recorded in order, and a node's lost lease is another node's gain.
 */
abstract class DeliveryTrackingContract {

    private static final Duration LEASE = Duration.ofMinutes(1);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    FreshStore store;
    Outbox outbox;
    DeliveryAttempts attempts;
    StatusHistory history;

    abstract FreshStore openStore();

    @BeforeEach
    void openTheStore() {
        store = openStore();
        attempts = new DeliveryAttempts(store.jdbc);
        outbox = new Outbox(store.jdbc, store.transactions, attempts, clock);
        history = new StatusHistory(store.jdbc, clock);
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anEnqueuedEnvelopeIsDueAtOnceAndHeldByTheNodeThatClaimsIt() {
        OutboxEntry entry = enqueue("m-1");

        List<OutboxEntry> claimed = outbox.claimDue("node-a", LEASE, 10);

        assertThat(claimed).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(entry.id());
            assertThat(e.payload()).isEqualTo(entry.payload());
            assertThat(e.destination()).isEqualTo(GccState.SA);
            assertThat(e.leaseOwner()).isEqualTo("node-a");
            assertThat(e.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
            assertThat(e.attempts()).isZero();
        });
        assertThat(outbox.claimDue("node-b", LEASE, 10)).isEmpty();
    }

    @Test
    void aMessageIsEnqueuedOnceOnly() {
        enqueue("m-1");

        assertThatThrownBy(() -> enqueue("m-1")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aFailedAttemptIsRecordedAndTheEntryIsDueAgainOnlyAtItsNextAttempt() {
        OutboxEntry entry = enqueue("m-1");
        outbox.claimDue("node-a", LEASE, 10);

        assertThat(outbox.failed(entry.id(), "node-a", "JISR-504-PARTNER-UNREACHABLE", "no answer in 10 s",
                clock.instant().plusSeconds(30))).isTrue();

        assertThat(outbox.claimDue("node-a", LEASE, 10)).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(outbox.claimDue("node-b", LEASE, 10)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(attempts.of(entry.id())).singleElement().satisfies(a -> {
            assertThat(a.attempt()).isEqualTo(1);
            assertThat(a.outcome()).isEqualTo(DeliveryAttempt.Outcome.FAILED);
            assertThat(a.errorCode()).isEqualTo("JISR-504-PARTNER-UNREACHABLE");
            assertThat(a.node()).isEqualTo("node-a");
        });
    }

    @Test
    void attemptsAreRecordedInOrderAndADeliveredEntryIsNeverClaimedAgain() {
        OutboxEntry entry = enqueue("m-1");
        outbox.claimDue("node-a", LEASE, 10);
        outbox.failed(entry.id(), "node-a", "JISR-504-PARTNER-UNREACHABLE", null, clock.instant().plusSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        outbox.claimDue("node-a", LEASE, 10);

        assertThat(outbox.delivered(entry.id(), "node-a")).isTrue();

        assertThat(attempts.of(entry.id())).extracting(DeliveryAttempt::attempt, DeliveryAttempt::outcome)
                .containsExactly(tuple(1, DeliveryAttempt.Outcome.FAILED),
                        tuple(2, DeliveryAttempt.Outcome.DELIVERED));
        assertThat(outbox.find(entry.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
        clock.advance(Duration.ofHours(1));
        assertThat(outbox.claimDue("node-b", LEASE, 10)).isEmpty();
    }

    @Test
    void anEntryWhoseLeaseRanOutGoesToAnotherNodeAndTheFirstNodesOutcomeNoLongerCounts() {
        OutboxEntry entry = enqueue("m-1");
        outbox.claimDue("node-a", LEASE, 10);
        clock.advance(LEASE.plusSeconds(1));

        assertThat(outbox.claimDue("node-b", LEASE, 10)).singleElement()
                .satisfies(e -> assertThat(e.leaseOwner()).isEqualTo("node-b"));
        assertThat(outbox.delivered(entry.id(), "node-a")).isFalse();
        assertThat(outbox.delivered(entry.id(), "node-b")).isTrue();
        assertThat(attempts.of(entry.id())).singleElement().satisfies(a -> assertThat(a.node()).isEqualTo("node-b"));
    }

    @Test
    void aDeadLetteredEntryWaitsForAnOperator() {
        OutboxEntry entry = enqueue("m-1");
        outbox.claimDue("node-a", LEASE, 10);

        outbox.deadLettered(entry.id(), "node-a", "JISR-403-SERVICE-NOT-GRANTED", "the partner refuses this service");

        assertThat(outbox.find(entry.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DEAD_LETTER);
        clock.advance(Duration.ofDays(1));
        assertThat(outbox.claimDue("node-a", LEASE, 10)).isEmpty();
    }

    @Test
    void dueEntriesAreClaimedOldestFirstUpToTheLimit() {
        for (int i = 1; i <= 5; i++) {
            enqueue("m-" + i);
            clock.advance(Duration.ofMillis(10));
        }

        assertThat(outbox.claimDue("node-a", LEASE, 3)).extracting(OutboxEntry::messageId).containsExactly("m-1", "m-2", "m-3");
        assertThat(outbox.claimDue("node-b", LEASE, 3)).extracting(OutboxEntry::messageId).containsExactly("m-4", "m-5");
    }

    @Test
    void nodesClaimingAtTheSameTimeNeverHoldTheSameEntry() throws Exception {
        int entries = 60;
        for (int i = 0; i < entries; i++) {
            enqueue("m-" + i);
        }
        int nodes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Void>> claimers = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                String node = "node-" + n;
                claimers.add(() -> {
                    List<OutboxEntry> got;
                    // A claim may come back short while other nodes hold rows; stop only once nothing is left at all.
                    int emptyRounds = 0;
                    while (emptyRounds < 3) {
                        got = outbox.claimDue(node, LEASE, 4);
                        got.forEach(e -> claimed.add(e.id()));
                        emptyRounds = got.isEmpty() ? emptyRounds + 1 : 0;
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(claimers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Set<Long> distinct = new HashSet<>(claimed);
        assertThat(claimed).hasSize(entries);
        assertThat(distinct).hasSize(entries);
    }

    @Test
    void aMessagesStatusesReadBackInTheOrderRecorded() {
        history.record("m-1", MessageStatus.ACCEPTED, null);
        history.record("m-2", MessageStatus.ACCEPTED, null);
        history.record("m-1", MessageStatus.FORWARDED, null);
        history.record("m-1", MessageStatus.FAILED, "JISR-504-PARTNER-UNREACHABLE");
        clock.advance(Duration.ofSeconds(2));
        history.record("m-1", MessageStatus.DELIVERED, null);
        history.record("m-1", MessageStatus.ACKNOWLEDGED, null);

        assertThat(history.of("m-1")).extracting(StatusChange::status).containsExactly(MessageStatus.ACCEPTED,
                MessageStatus.FORWARDED, MessageStatus.FAILED, MessageStatus.DELIVERED, MessageStatus.ACKNOWLEDGED);
        assertThat(history.of("m-1").get(2).detail()).isEqualTo("JISR-504-PARTNER-UNREACHABLE");
        assertThat(history.of("m-1").get(3).changedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:02Z"));
        assertThat(history.current("m-1")).map(StatusChange::status).contains(MessageStatus.ACKNOWLEDGED);
        assertThat(history.of("m-2")).extracting(StatusChange::status).containsExactly(MessageStatus.ACCEPTED);
        assertThat(history.current("m-3")).isEmpty();
    }

    private OutboxEntry enqueue(String messageId) {
        return outbox.enqueue(messageId, GccState.SA, "gcc.traffic.violation.notify.v1",
                ("{\"messageId\":\"" + messageId + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
