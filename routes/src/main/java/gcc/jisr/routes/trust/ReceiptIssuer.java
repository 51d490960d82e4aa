package gcc.jisr.routes.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.json.CanonicalJson;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The receiving side: once an envelope is verified and stored, states that these exact bytes arrived here,
 * signed with this gateway's key so that the sender can hold it up as proof of delivery.
 */
public final class ReceiptIssuer {

    private final EnvelopeSigner signer;
    private final GccState receiver;
    private final Clock clock;

    public ReceiptIssuer(EnvelopeSigner signer, GccState receiver, Clock clock) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param messageId     the messageId of the envelope received
     * @param bytesReceived the envelope's bytes exactly as received (not as re-serialized after parsing)
     */
    public SignedReceipt issue(String messageId, byte[] bytesReceived) {
        Receipt receipt = new Receipt(messageId, Receipt.digestOf(bytesReceived),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), receiver);
        byte[] json;
        try {
            json = CanonicalJson.mapper().writeValueAsBytes(receipt);
        } catch (JsonProcessingException e) {
            throw new JisrException(JisrError.INTERNAL, "The receipt could not be written", e);
        }
        return new SignedReceipt(json, signer.sign(json));
    }
}
