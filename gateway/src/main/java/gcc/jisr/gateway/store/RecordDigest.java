package gcc.jisr.gateway.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The digest that chains archive records: SHA-256 over a version tag, the previous record's digest and every field of
 * the record. Each field goes in with its length in front (absent ones with length -1), so that no two different
 * records hash the same input by moving bytes from one field into the next.
 */
final class RecordDigest {

    /** The "previous digest" of the first record. */
    static final byte[] GENESIS = new byte[32];

    private static final byte[] VERSION = "jisr-archive-record-v1".getBytes(StandardCharsets.US_ASCII);

    private RecordDigest() {
    }

    static byte[] of(ArchiveRecord record) {
        Fields fields = new Fields()
                .add(VERSION)
                .add(record.previousDigest())
                .add(record.sequenceNumber())
                .add(record.messageId())
                .add(record.direction() == null ? null : record.direction().name())
                .add(record.service())
                .add(record.fromState())
                .add(record.toState())
                .add(record.recordedAt().toEpochMilli())
                .add(record.envelope())
                .add(record.signature())
                .add(record.receipt())
                .add(record.receiptSignature());
        try {
            return MessageDigest.getInstance("SHA-256").digest(fields.bytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static final class Fields {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Fields add(byte[] value) {
            if (value == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
                out.writeBytes(value);
            }
            return this;
        }

        Fields add(String value) {
            return add(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        Fields add(long value) {
            return add(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
