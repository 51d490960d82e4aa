package gcc.jisr.gateway.store;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.ArchivedEnvelope;
import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import gcc.jisr.routes.trust.SignedReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

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
