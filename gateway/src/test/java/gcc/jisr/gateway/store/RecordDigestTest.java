package gcc.jisr.gateway.store;

import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The chaining digest covers every field, each with its length, so that no edit of a record keeps its digest. */
class RecordDigestTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123Z");

    private static ArchiveRecord record(String messageId, String service, byte[] receipt, String receiptSignature) {
        return new ArchiveRecord(7, messageId, Direction.SENT, service, "KW", "SA", AT, new byte[] {1, 2}, "sig",
                receipt, receiptSignature, RecordDigest.GENESIS, null);
    }

    @Test
    void bytesMovedFromOneFieldIntoTheNextChangeTheDigest() {
        assertThat(RecordDigest.of(record("ab", "c", null, null)))
                .isNotEqualTo(RecordDigest.of(record("a", "bc", null, null)));
    }

    @Test
    void anAbsentReceiptIsNotAnEmptyOne() {
        assertThat(RecordDigest.of(record("a", "b", null, null)))
                .isNotEqualTo(RecordDigest.of(record("a", "b", new byte[0], "")));
    }

    @Test
    void theSameRecordHasTheSameDigest() {
        assertThat(RecordDigest.of(record("a", "b", new byte[] {9}, "r")))
                .isEqualTo(RecordDigest.of(record("a", "b", new byte[] {9}, "r")))
                .hasSize(32);
    }

    @Test
    void theDigestDependsOnThePreviousRecordsDigest() {
        ArchiveRecord first = record("a", "b", null, null);
        byte[] other = new byte[32];
        other[31] = 1;
        ArchiveRecord relinked = new ArchiveRecord(7, "a", Direction.SENT, "b", "KW", "SA", AT, new byte[] {1, 2}, "sig",
                null, null, other, null);
        assertThat(RecordDigest.of(first)).isNotEqualTo(RecordDigest.of(relinked));
    }
}
