package gcc.jisr.routes.trust;

import gcc.jisr.contracts.GccState;

import java.util.Arrays;
import java.util.Objects;

/** What a sender remembers of an envelope it sent, to hold a receipt against. */
public record SentEnvelope(String messageId, GccState to, byte[] exactBytes) {

    public SentEnvelope {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(to, "to");
        exactBytes = Objects.requireNonNull(exactBytes, "exactBytes").clone();
    }

    @Override
    public byte[] exactBytes() {
        return exactBytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentEnvelope that && messageId.equals(that.messageId) && to == that.to
                && Arrays.equals(exactBytes, that.exactBytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, to, Arrays.hashCode(exactBytes));
    }

    @Override
    public String toString() {
        return "SentEnvelope[" + messageId + " to " + to + ", " + exactBytes.length + " bytes]";
    }
}
