package gcc.jisr.gateway.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Walks the archive from its first record to the chain head and reports the first record where the chain breaks: a
 * record whose contents no longer match its digest (altered), a sequence number that is skipped (removed), a record
 * that does not follow the one before it (reordered or replaced), or records missing at, or added beyond, the end.
 *
 * <p>What it cannot see is an archive rewritten from the altered record to the head with new digests, which only
 * someone with write access to the database can do; anchoring the head's digest outside the database closes that.
 */
public class ChainVerification {

    /** Records are streamed, not loaded: an archive holds every envelope a state ever exchanged. */
    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate newTransaction;

    public ChainVerification(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        // One snapshot for the head and the records, so that appends running meanwhile are either wholly seen or not.
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.newTransaction.setReadOnly(true);
    }

    public ChainReport verify() {
        return snapshot.execute(status -> {
            Head head = head();
            Walk walk = new Walk();
            jdbc.query("SELECT " + ArchiveRows.COLUMNS + " FROM archive_record ORDER BY sequence_number",
                    (RowCallbackHandler) rs -> walk.visit(ArchiveRows.RECORD.mapRow(rs, 0)));
            if (walk.broken == null && walk.last() > head.sequence()) {
                // PostgreSQL's repeatable read is a snapshot; H2's is not: it shows records appended (and committed)
                // after the head was read. Those are the archive's if the head, read afresh, has moved past them.
                Head now = newTransaction.execute(fresh -> head());
                if (now != null && now.sequence() >= walk.last()) {
                    return walk.end(walk.last(), now.sequence() == walk.last() ? now.digest() : walk.previousDigest);
                }
            }
            return walk.end(head.sequence(), head.digest());
        });
    }

    private record Head(long sequence, byte[] digest) {
    }

    private Head head() {
        long[] sequence = new long[1];
        byte[][] digest = new byte[1][];
        jdbc.query("SELECT last_sequence, last_digest FROM archive_chain_head WHERE id = 1", (RowCallbackHandler) rs -> {
            sequence[0] = rs.getLong("last_sequence");
            digest[0] = rs.getBytes("last_digest");
        });
        return new Head(sequence[0], digest[0]);
    }

    /** The walk along the chain, record by record. */
    private static final class Walk {

        private long records;
        private long expected = 1;

        /** The last record of the unbroken chain walked so far. */
        long last() {
            return expected - 1;
        }

        private byte[] previousDigest = RecordDigest.GENESIS;
        private ChainReport.BrokenRecord broken;

        void visit(ArchiveRecord record) {
            records++;
            if (broken != null) {
                return;
            }
            long sequence = record.sequenceNumber();
            if (sequence != expected) {
                breakAt(expected, expected == 1
                        ? "the archive starts at record " + sequence + ": records 1 to " + (sequence - 1) + " are missing"
                        : "record " + expected + " is missing: record " + (expected - 1) + " is followed by record " + sequence);
            } else if (!MessageDigest.isEqual(record.previousDigest(), previousDigest)) {
                breakAt(sequence, sequence == 1
                        ? "it does not start the chain: its previous digest is " + hex(record.previousDigest())
                        : "it does not follow record " + (sequence - 1) + ": its previous digest "
                        + hex(record.previousDigest()) + " is not that record's digest " + hex(previousDigest));
            } else if (!MessageDigest.isEqual(RecordDigest.of(record), record.recordDigest())) {
                breakAt(sequence, "its contents no longer match its digest " + hex(record.recordDigest())
                        + ": the record was altered");
            } else {
                previousDigest = record.recordDigest();
                expected++;
            }
        }

        ChainReport end(long headSequence, byte[] headDigest) {
            if (broken == null) {
                long last = expected - 1;
                if (headSequence > last) {
                    breakAt(last + 1, "the chain head names record " + headSequence + " but the archive ends at record "
                            + last + ": records " + (last + 1) + " to " + headSequence + " are missing");
                } else if (headSequence < last) {
                    breakAt(headSequence + 1, "the chain head names record " + headSequence + " as the last, but the archive "
                            + "goes on to record " + last + ": records were added outside the archive");
                } else if (last > 0 && (headDigest == null || !MessageDigest.isEqual(headDigest, previousDigest))) {
                    breakAt(last, "the chain head's digest " + hex(headDigest) + " is not the digest of record " + last);
                }
            }
            return broken == null ? ChainReport.intact(records) : new ChainReport(false, records, broken);
        }

        private void breakAt(long sequence, String reason) {
            broken = new ChainReport.BrokenRecord(sequence, reason);
        }

        private static String hex(byte[] digest) {
            if (digest == null) {
                return "(none)";
            }
            String hex = HexFormat.of().formatHex(digest);
            return hex.length() > 16 ? hex.substring(0, 16) + "…" : hex;
        }
    }
}
