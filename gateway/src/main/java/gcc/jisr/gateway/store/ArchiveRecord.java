package gcc.jisr.gateway.store;

import gcc.jisr.routes.partner.ArchivedEnvelope.Direction;
import gcc.jisr.routes.trust.SignedReceipt;

import java.time.Instant;
import java.util.Optional;

/**
 * One record of the message archive, as stored: an envelope as it crossed the border, its signature, the partner's
 * receipt for an envelope sent, and the two digests that chain it to the record before. States are kept as stored
 * (not parsed) so that the chain check hashes exactly what is in the table.
 */
public record ArchiveRecord(long sequenceNumber, String messageId, Direction direction, String service, String fromState,
                            String toState, Instant recordedAt, byte[] envelope, String signature, byte[] receipt,
                            String receiptSignature, byte[] previousDigest, byte[] recordDigest) {

    /** The partner's signed receipt, as received, for an envelope sent and receipted. */
    public Optional<SignedReceipt> signedReceipt() {
        return receipt == null ? Optional.empty() : Optional.of(new SignedReceipt(receipt, receiptSignature));
    }

    ArchiveRecord withRecordDigest(byte[] digest) {
        return new ArchiveRecord(sequenceNumber, messageId, direction, service, fromState, toState, recordedAt, envelope,
                signature, receipt, receiptSignature, previousDigest, digest);
    }

    @Override
    public String toString() {
        return "ArchiveRecord[" + sequenceNumber + " " + direction + " " + service + " " + messageId + " " + fromState
                + "->" + toState + " at " + recordedAt + "]";
    }
}
