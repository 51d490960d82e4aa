package gcc.jisr.gateway.store;

import gcc.jisr.routes.partner.ArchivedEnvelope;
import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import gcc.jisr.routes.partner.EnvelopeArchive;
import gcc.jisr.routes.trust.SignedReceipt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The message archive: every envelope this gateway sent or received, as signed, with the partners' receipts, in one
 * hash chain. Appends lock the chain head row in their transaction, so that any number of gateway nodes sharing one
 * database write one chain, one record after the other. Within one node, appends from all threads go through one
 * {@link ArchiveWriter}, which takes that lock once for many of them (group commit).
 */
public class MessageArchive implements EnvelopeArchive, AutoCloseable {

    private static final String INSERT = "INSERT INTO archive_record (" + ArchiveRows.COLUMNS + ", node) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ArchiveWriter writer;
    private final String node;

    public MessageArchive(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, ArchiveProperties settings) {
        this(jdbc, transactions, clock, settings, null);
    }

    /** @param node this gateway node's name, kept beside each record it archives (not part of the chained digest) */
    public MessageArchive(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, ArchiveProperties settings,
                          String node) {
        this.node = node;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.writer = new ArchiveWriter(this::appendInOneTransaction, settings);
    }

    @Override
    public void keep(ArchivedEnvelope... envelopes) {
        append(envelopes);
    }

    /**
     * Appends the envelopes to the chain together, in the order given, all or none; returns once they are committed,
     * with the records written.
     */
    public List<ArchiveRecord> append(ArchivedEnvelope... envelopes) {
        if (envelopes.length == 0) {
            return List.of();
        }
        return writer.append(List.of(envelopes));
    }

    /** Commits the appends already handed over, then refuses any more. */
    @Override
    public void close() {
        writer.close();
    }

    private List<List<ArchiveRecord>> appendInOneTransaction(List<List<ArchivedEnvelope>> appends) {
        return transactions.execute(status -> {
            ChainHead head = jdbc.queryForObject(
                    "SELECT last_sequence, last_digest FROM archive_chain_head WHERE id = 1 FOR UPDATE",
                    (rs, row) -> new ChainHead(rs.getLong("last_sequence"), rs.getBytes("last_digest")));
            // Milliseconds: what every supported database keeps of a timestamp, so the digest survives the round trip.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<List<ArchiveRecord>> written = new ArrayList<>(appends.size());
            List<Object[]> rows = new ArrayList<>();
            long sequence = head.lastSequence();
            byte[] previous = head.lastDigest() == null ? RecordDigest.GENESIS : head.lastDigest();
            for (List<ArchivedEnvelope> envelopes : appends) {
                List<ArchiveRecord> records = new ArrayList<>(envelopes.size());
                for (ArchivedEnvelope envelope : envelopes) {
                    sequence++;
                    ArchiveRecord record = recordOf(envelope, sequence, now, previous);
                    record = record.withRecordDigest(RecordDigest.of(record));
                    rows.add(row(record));
                    records.add(record);
                    previous = record.recordDigest();
                }
                written.add(records);
            }
            jdbc.batchUpdate(INSERT, rows);
            jdbc.update("UPDATE archive_chain_head SET last_sequence = ?, last_digest = ? WHERE id = 1",
                    sequence, ArchiveRows.bytes(previous));
            return written;
        });
    }

    /** The record of the envelope with this id that crossed the border in this direction. */
    public Optional<ArchiveRecord> find(String messageId, Direction direction) {
        return jdbc.query("SELECT " + ArchiveRows.COLUMNS + " FROM archive_record WHERE message_id = ? AND direction = ? "
                + "ORDER BY sequence_number", ArchiveRows.RECORD, messageId, direction.name()).stream().findFirst();
    }

    /** Every record of the envelope with this id, both directions, in chain order, each with the node that wrote it. */
    public List<NodeRecord> recordsOf(String messageId) {
        return jdbc.query("SELECT " + ArchiveRows.COLUMNS + ", node FROM archive_record WHERE message_id = ? "
                + "ORDER BY sequence_number", (rs, row) -> new NodeRecord(ArchiveRows.RECORD.mapRow(rs, row),
                rs.getString("node")), messageId);
    }

    /** An archive record and the gateway node that archived it (null for records from before nodes were kept). */
    public record NodeRecord(ArchiveRecord record, String node) {
    }

    /** The end of the chain: the last record's sequence number and digest (null digest: an empty archive). */
    public record ChainHead(long lastSequence, byte[] lastDigest) {
    }

    /** One link of the chain, without the record's contents. */
    public record ChainLink(long sequenceNumber, byte[] previousDigest, byte[] recordDigest) {
    }

    public ChainHead head() {
        return jdbc.queryForObject("SELECT last_sequence, last_digest FROM archive_chain_head WHERE id = 1",
                (rs, row) -> new ChainHead(rs.getLong("last_sequence"), rs.getBytes("last_digest")));
    }

    /**
     * The links from record {@code from} to record {@code to}, in order, each handed over as read: between an old
     * record and the head there may be millions.
     */
    public void links(long from, long to, java.util.function.Consumer<ChainLink> each) {
        jdbc.query("SELECT sequence_number, previous_digest, record_digest FROM archive_record "
                        + "WHERE sequence_number >= ? AND sequence_number <= ? ORDER BY sequence_number",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(new ChainLink(
                        rs.getLong("sequence_number"), rs.getBytes("previous_digest"), rs.getBytes("record_digest"))),
                from, to);
    }

    public Optional<ArchiveRecord> record(long sequenceNumber) {
        return jdbc.query("SELECT " + ArchiveRows.COLUMNS + " FROM archive_record WHERE sequence_number = ?",
                ArchiveRows.RECORD, sequenceNumber).stream().findFirst();
    }

    public long size() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM archive_record", Long.class);
        return count == null ? 0 : count;
    }

    private Object[] row(ArchiveRecord r) {
        return new Object[] {r.sequenceNumber(), r.messageId(), r.direction().name(), r.service(), r.fromState(), r.toState(),
                ArchiveRows.timestamp(r.recordedAt()), ArchiveRows.bytes(r.envelope()), r.signature(),
                ArchiveRows.bytes(r.receipt()), ArchiveRows.text(r.receiptSignature()),
                ArchiveRows.bytes(r.previousDigest()), ArchiveRows.bytes(r.recordDigest()), ArchiveRows.text(node)};
    }

    private static ArchiveRecord recordOf(ArchivedEnvelope envelope, long sequence, Instant at, byte[] previous) {
        SignedReceipt receipt = envelope.receipt();
        return new ArchiveRecord(sequence, envelope.messageId(), envelope.direction(), envelope.service(),
                envelope.from().name(), envelope.to().name(), at, envelope.exactBytes(), envelope.signature(),
                receipt == null ? null : receipt.json(), receipt == null ? null : receipt.signature(), previous, null);
    }

}
