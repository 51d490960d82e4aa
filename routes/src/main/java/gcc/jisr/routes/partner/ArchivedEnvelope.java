package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.trust.SignedReceipt;

import java.util.Objects;

/**
 * An envelope as it crossed the border, for the archive: the exact bytes and the detached signature that travelled
 * with them, and for an envelope sent, the partner's signed receipt for those bytes when one came back.
 *
 * @param receipt {@code null} for an envelope received, and for one sent that the partner did not receipt
 */
public record ArchivedEnvelope(Direction direction, String messageId, String service, GccState from, GccState to,
                               byte[] exactBytes, String signature, SignedReceipt receipt) {

    /** Which way the envelope crossed this gateway's border. */
    public enum Direction { SENT, RECEIVED }

    public ArchivedEnvelope {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(signature, "signature");
        exactBytes = Objects.requireNonNull(exactBytes, "exactBytes").clone();
        if (receipt != null && direction == Direction.RECEIVED) {
            throw new IllegalArgumentException("a receipt is archived with the envelope it acknowledges, which this gateway sent");
        }
    }

    public static ArchivedEnvelope sent(Envelope envelope, byte[] exactBytes, String signature, SignedReceipt receipt) {
        return new ArchivedEnvelope(Direction.SENT, envelope.messageId(), envelope.service(), envelope.from().gccState(),
                envelope.to().gccState(), exactBytes, signature, receipt);
    }

    public static ArchivedEnvelope received(Envelope envelope, byte[] exactBytes, String signature) {
        return new ArchivedEnvelope(Direction.RECEIVED, envelope.messageId(), envelope.service(), envelope.from().gccState(),
                envelope.to().gccState(), exactBytes, signature, null);
    }

    @Override
    public byte[] exactBytes() {
        return exactBytes.clone();
    }

    @Override
    public String toString() {
        return "ArchivedEnvelope[" + direction + " " + service + " " + messageId + " " + from + "->" + to + ", "
                + exactBytes.length + " bytes" + (receipt == null ? "" : ", receipted") + "]";
    }
}
