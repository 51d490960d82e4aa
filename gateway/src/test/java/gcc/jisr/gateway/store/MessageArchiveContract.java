package gcc.jisr.gateway.store;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.ArchivedEnvelope;
import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import gcc.jisr.routes.trust.SignedReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The message archive's behaviour, run against every store the gateway supports: what is appended reads back as it
 * was signed, the records form one hash chain, and any change made behind the archive's back (an altered byte, a
 * removed or reordered record) is found by the chain check and named.
 */
abstract class MessageArchiveContract {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30.123456Z"), ZoneOffset.UTC);
    FreshStore store;
    MessageArchive archive;

    abstract FreshStore openStore();

    @BeforeEach
    void openTheStore() {
        store = openStore();
        archive = store.archive(clock);
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anEmptyArchiveIsAValidChain() {
        ChainReport report = store.verification().verify();

        assertThat(report.valid()).isTrue();
        assertThat(report.records()).isZero();
        assertThat(report.firstBroken()).isNull();
    }

    @Test
    void aSentEnvelopeReadsBackWithItsSignatureAndThePartnersReceipt() {
        SignedReceipt receipt = new SignedReceipt("{\"receiptFor\":\"m-1\"}".getBytes(StandardCharsets.UTF_8), "eyJ.receipt.sig");
        ArchivedEnvelope sent = new ArchivedEnvelope(Direction.SENT, "m-1", "gcc.civil-id.verify.v1", GccState.KW,
                GccState.SA, new byte[] {'{', 0, (byte) 0xff, '}'}, "eyJ.envelope.sig", receipt);

        archive.keep(sent);

        ArchiveRecord record = archive.find("m-1", Direction.SENT).orElseThrow();
        assertThat(record.sequenceNumber()).isEqualTo(1);
        assertThat(record.envelope()).isEqualTo(new byte[] {'{', 0, (byte) 0xff, '}'});
        assertThat(record.signature()).isEqualTo("eyJ.envelope.sig");
        assertThat(record.signedReceipt()).contains(receipt);
        assertThat(record.fromState()).isEqualTo("KW");
        assertThat(record.toState()).isEqualTo("SA");
        assertThat(record.recordedAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123Z"));
        assertThat(record.previousDigest()).isEqualTo(RecordDigest.GENESIS);
        assertThat(record.recordDigest()).isEqualTo(RecordDigest.of(record));
        assertThat(archive.find("m-1", Direction.RECEIVED)).isEmpty();
    }

    @Test
    void eachRecordHoldsTheDigestOfTheOneBefore() {
        appendRecords(4);

        for (long sequence = 2; sequence <= 4; sequence++) {
            assertThat(archive.record(sequence).orElseThrow().previousDigest())
                    .isEqualTo(archive.record(sequence - 1).orElseThrow().recordDigest());
        }
        ChainReport report = store.verification().verify();
        assertThat(report.valid()).isTrue();
        assertThat(report.records()).isEqualTo(4);
    }

    @Test
    void oneAlteredByteOfAnArchivedEnvelopeIsFoundAndTheRecordNamed() {
        appendRecords(5);
        byte[] envelope = archive.record(3).orElseThrow().envelope();
        envelope[envelope.length / 2] ^= 1;
        store.jdbc.update("UPDATE archive_record SET envelope = ? WHERE sequence_number = 3", (Object) envelope);

        ChainReport report = store.verification().verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.records()).isEqualTo(5);
        assertThat(report.firstBroken().sequence()).isEqualTo(3);
        assertThat(report.firstBroken().reason()).contains("altered");
    }

    @Test
    void anAlteredReceiptIsFound() {
        appendRecords(3);
        store.jdbc.update("UPDATE archive_record SET receipt_signature = 'forged' WHERE sequence_number = 2");

        assertThat(store.verification().verify().firstBroken().sequence()).isEqualTo(2);
    }

    @Test
    void anAlteredRecordWithARecomputedDigestBreaksTheLinkToTheNextRecord() {
        appendRecords(5);
        ArchiveRecord original = archive.record(3).orElseThrow();
        ArchiveRecord forged = new ArchiveRecord(3, original.messageId(), original.direction(), original.service(), "QA",
                original.toState(), original.recordedAt(), original.envelope(), original.signature(), original.receipt(),
                original.receiptSignature(), original.previousDigest(), null);
        store.jdbc.update("UPDATE archive_record SET from_state = 'QA', record_digest = ? WHERE sequence_number = 3",
                (Object) RecordDigest.of(forged));

        ChainReport report = store.verification().verify();

        assertThat(report.firstBroken().sequence()).isEqualTo(4);
        assertThat(report.firstBroken().reason()).contains("does not follow record 3");
    }

    @Test
    void aDeletedRecordIsFound() {
        appendRecords(5);
        store.jdbc.update("DELETE FROM archive_record WHERE sequence_number = 3");

        ChainReport report = store.verification().verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.records()).isEqualTo(4);
        assertThat(report.firstBroken().sequence()).isEqualTo(3);
        assertThat(report.firstBroken().reason()).contains("missing");
    }

    @Test
    void deletedRecordsAtTheEndAreFoundThroughTheChainHead() {
        appendRecords(5);
        store.jdbc.update("DELETE FROM archive_record WHERE sequence_number >= 4");

        ChainReport report = store.verification().verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.firstBroken().sequence()).isEqualTo(4);
        assertThat(report.firstBroken().reason()).contains("records 4 to 5 are missing");
    }

    @Test
    void reorderedRecordsAreFound() {
        appendRecords(5);
        store.jdbc.update("UPDATE archive_record SET sequence_number = -1 WHERE sequence_number = 2");
        store.jdbc.update("UPDATE archive_record SET sequence_number = 2 WHERE sequence_number = 3");
        store.jdbc.update("UPDATE archive_record SET sequence_number = 3 WHERE sequence_number = -1");

        ChainReport report = store.verification().verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.firstBroken().sequence()).isEqualTo(2);
    }

    @Test
    void aWellChainedRecordAddedBehindTheArchivesBackIsFoundBeyondTheChainHead() {
        appendRecords(2);
        ArchiveRecord last = archive.record(2).orElseThrow();
        ArchiveRecord smuggled = new ArchiveRecord(3, "smuggled", Direction.RECEIVED, last.service(), "SA", "KW",
                last.recordedAt(), new byte[] {1, 2, 3}, "sig", null, null, last.recordDigest(), null);
        smuggled = smuggled.withRecordDigest(RecordDigest.of(smuggled));
        store.jdbc.update("INSERT INTO archive_record (" + ArchiveRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                smuggled.sequenceNumber(), smuggled.messageId(), smuggled.direction().name(), smuggled.service(),
                smuggled.fromState(), smuggled.toState(), ArchiveRows.timestamp(smuggled.recordedAt()),
                ArchiveRows.bytes(smuggled.envelope()), smuggled.signature(), ArchiveRows.bytes(null), ArchiveRows.text(null),
                ArchiveRows.bytes(smuggled.previousDigest()), ArchiveRows.bytes(smuggled.recordDigest()));

        ChainReport report = store.verification().verify();

        assertThat(report.valid()).isFalse();
        assertThat(report.records()).isEqualTo(3);
        assertThat(report.firstBroken().sequence()).isEqualTo(3);
        assertThat(report.firstBroken().reason()).contains("added outside the archive");
    }

    @Test
    void theArchiveVerifiesAsOneValidChainWhileEnvelopesAreBeingAppended() throws Exception {
        // Under H2 a verification sees records committed after it read the chain head; they must not count as forged.
        appendRecords(20);
        java.util.concurrent.atomic.AtomicBoolean appending = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int i = 0;
            while (appending.get()) {
                archive.keep(received("during-" + i++));
            }
        });
        writer.start();
        try {
            for (int round = 0; round < 30; round++) {
                ChainReport report = store.verification().verify();
                assertThat(report.valid()).as("round " + round + ": " + report.describe()).isTrue();
            }
        } finally {
            appending.set(false);
            writer.join();
        }
        ChainReport settled = store.verification().verify();
        assertThat(settled.valid()).as(settled.describe()).isTrue();
    }

    @Test
    void eightThreadsAppendingAtOnceWriteOneValidChain() throws Exception {
        int threads = 8;
        int perThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        archive.keep(received("w" + writer + "-" + i));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ChainReport report = store.verification().verify();
        assertThat(report.valid()).as(report.describe()).isTrue();
        assertThat(report.records()).isEqualTo(threads * perThread);
        Set<String> ids = new HashSet<>(store.jdbc.queryForList("SELECT message_id FROM archive_record", String.class));
        assertThat(ids).hasSize(threads * perThread);
    }

    @Test
    void envelopesKeptTogetherAreChainedInTheOrderGiven() {
        archive.keep(received("first"), received("second"));

        assertThat(archive.find("first", Direction.RECEIVED).orElseThrow().sequenceNumber()).isEqualTo(1);
        assertThat(archive.find("second", Direction.RECEIVED).orElseThrow().sequenceNumber()).isEqualTo(2);
        assertThat(store.verification().verify().valid()).isTrue();
    }

    @Test
    void sixteenThreadsAppendingSeveralEnvelopesEachGetTheirOwnRecordsTogetherInOrderInOneGapFreeChain() throws Exception {
        int threads = 16;
        int callsPerThread = 10;
        int perCall = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<Long> sequences = ConcurrentHashMap.newKeySet();
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(() -> {
                    for (int call = 0; call < callsPerThread; call++) {
                        ArchivedEnvelope[] envelopes = new ArchivedEnvelope[perCall];
                        for (int k = 0; k < perCall; k++) {
                            envelopes[k] = received("w" + writer + "-c" + call + "-e" + k);
                        }
                        List<ArchiveRecord> records = archive.append(envelopes);
                        assertThat(records).extracting(ArchiveRecord::messageId)
                                .containsExactly(envelopes[0].messageId(), envelopes[1].messageId(), envelopes[2].messageId());
                        for (int k = 1; k < perCall; k++) {
                            assertThat(records.get(k).sequenceNumber()).isEqualTo(records.get(0).sequenceNumber() + k);
                            assertThat(records.get(k).previousDigest()).isEqualTo(records.get(k - 1).recordDigest());
                        }
                        records.forEach(record -> sequences.add(record.sequenceNumber()));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int total = threads * callsPerThread * perCall;
        ChainReport report = store.verification().verify();
        assertThat(report.valid()).as(report.describe()).isTrue();
        assertThat(report.records()).isEqualTo(total);
        assertThat(sequences).hasSize(total).allMatch(sequence -> sequence >= 1 && sequence <= total);
        ArchiveRecord last = archive.record(total).orElseThrow();
        assertThat(last.recordDigest()).isEqualTo(RecordDigest.of(last));
    }

    @Test
    void anEnvelopeTheDatabaseRefusesFailsOnlyItsOwnCallerAmongAppendsCommittedTogether() throws Exception {
        archive.keep(received("before"));
        String refusedId = "x".repeat(101);
        Caller first;
        List<Caller> wave = new ArrayList<>();
        try (HeldChainHead held = new HeldChainHead(store)) {
            // The writer takes the first append and waits for the head; everything after it queues into one batch.
            first = Caller.start(archive, received("a"));
            first.awaitWaiting();
            for (String id : List.of("b", refusedId, "c", "d")) {
                wave.add(Caller.start(archive, received(id)));
            }
            wave.forEach(Caller::awaitWaiting);
        }

        assertThat(first.outcome.get(30, TimeUnit.SECONDS)).extracting(ArchiveRecord::messageId).containsExactly("a");
        for (Caller caller : wave) {
            if (caller.envelope.messageId().equals(refusedId)) {
                assertThat(caller.outcome).failsWithin(30, TimeUnit.SECONDS)
                        .withThrowableOfType(ExecutionException.class)
                        .withCauseInstanceOf(DataAccessException.class);
            } else {
                assertThat(caller.outcome.get(30, TimeUnit.SECONDS)).singleElement()
                        .satisfies(record -> assertThat(record.messageId()).isEqualTo(caller.envelope.messageId()));
            }
        }
        ChainReport report = store.verification().verify();
        assertThat(report.valid()).as(report.describe()).isTrue();
        assertThat(report.records()).isEqualTo(5);
        assertThat(store.jdbc.queryForList("SELECT message_id FROM archive_record", String.class))
                .containsExactlyInAnyOrder("before", "a", "b", "c", "d");
    }

    @Test
    void closingTheArchiveCommitsWhatIsQueuedThenRefusesMoreAndStopsItsWriter() throws Exception {
        Set<String> writersBefore = liveArchiveWriters();
        MessageArchive closing = store.archive(clock);
        assertThat(liveArchiveWriters()).hasSize(writersBefore.size() + 1);
        List<Caller> queued = new ArrayList<>();
        Thread closer;
        try (HeldChainHead held = new HeldChainHead(store)) {
            for (int i = 0; i < 5; i++) {
                queued.add(Caller.start(closing, received("queued-" + i)));
            }
            queued.forEach(Caller::awaitWaiting);
            closer = new Thread(closing::close, "closer");
            closer.start();
            Caller.awaitWaiting(closer);
        }
        closer.join(30_000);

        assertThat(closer.isAlive()).isFalse();
        for (Caller caller : queued) {
            assertThat(caller.outcome.get(30, TimeUnit.SECONDS)).singleElement()
                    .satisfies(record -> assertThat(record.messageId()).isEqualTo(caller.envelope.messageId()));
        }
        assertThat(store.verification().verify().records()).isEqualTo(5);
        assertThatThrownBy(() -> closing.keep(received("too-late"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(liveArchiveWriters()).isEqualTo(writersBefore);
    }

    private static Set<String> liveArchiveWriters() {
        Set<String> names = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && thread.getName().startsWith("jisr-archive-writer-")) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    /** The chain head locked by another connection, as another gateway node appending would, until closed. */
    private static final class HeldChainHead implements AutoCloseable {

        private final Connection connection;

        HeldChainHead(FreshStore store) throws SQLException {
            connection = store.dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT last_sequence FROM archive_chain_head WHERE id = 1 FOR UPDATE").close();
            }
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    /** A thread appending one envelope, as a request thread does, and what came of it. */
    private static final class Caller {

        final ArchivedEnvelope envelope;
        final CompletableFuture<List<ArchiveRecord>> outcome = new CompletableFuture<>();
        final Thread thread;

        private Caller(MessageArchive archive, ArchivedEnvelope envelope) {
            this.envelope = envelope;
            this.thread = new Thread(() -> {
                try {
                    outcome.complete(archive.append(envelope));
                } catch (Throwable failure) {
                    outcome.completeExceptionally(failure);
                }
            }, "caller-" + envelope.messageId().substring(0, Math.min(8, envelope.messageId().length())));
        }

        static Caller start(MessageArchive archive, ArchivedEnvelope envelope) {
            Caller caller = new Caller(archive, envelope);
            caller.thread.start();
            return caller;
        }

        /** Until the caller has handed its envelope over and waits for the commit. */
        void awaitWaiting() {
            awaitWaiting(thread);
        }

        static void awaitWaiting(Thread thread) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (thread.getState() != Thread.State.WAITING) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(thread.getName() + " never came to wait: " + thread.getState());
                }
                Thread.onSpinWait();
            }
        }
    }

    void appendRecords(int count) {
        append(archive, count);
    }

    /** Alternately an envelope sent with a receipt and one received, so every column of the record is exercised. */
    static void append(MessageArchive archive, int count) {
        for (int i = 1; i <= count; i++) {
            String id = "message-" + i;
            if (i % 2 == 0) {
                archive.keep(new ArchivedEnvelope(Direction.SENT, id, "gcc.civil-id.verify.v1", GccState.KW, GccState.OM,
                        ("{\"messageId\":\"" + id + "\",\"payload\":{\"civilId\":\"28501010001" + i + "\"}}").getBytes(StandardCharsets.UTF_8),
                        "eyJhbGciOiJFUzI1NiJ9..sig-" + i,
                        new SignedReceipt(("{\"receiptFor\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8), "eyJ..receipt-" + i)));
            } else {
                archive.keep(received(id));
            }
        }
    }

    static ArchivedEnvelope received(String id) {
        return new ArchivedEnvelope(Direction.RECEIVED, id, "gcc.civil-id.verify.v1", GccState.SA, GccState.KW,
                ("{\"messageId\":\"" + id + "\",\"payload\":{}}").getBytes(StandardCharsets.UTF_8), "eyJhbGciOiJFUzI1NiJ9..sig-" + id, null);
    }
}
