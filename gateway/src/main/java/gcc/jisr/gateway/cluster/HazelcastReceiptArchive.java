package gcc.jisr.gateway.cluster;

import com.hazelcast.map.IMap;
import gcc.jisr.routes.partner.ReceiptArchive;
import gcc.jisr.routes.trust.Receipt;
import gcc.jisr.routes.trust.SentEnvelope;
import gcc.jisr.routes.trust.SignedReceipt;

import java.io.Serializable;
import java.util.Optional;

/**
 * The partners' signed receipts, by the message id they acknowledge, kept as received (bytes and signature) so that
 * they still verify later. Shared by the state's nodes; the durable, hash-chained message archive takes them over
 * when it exists.
 */
public final class HazelcastReceiptArchive implements ReceiptArchive {

    /** A receipt as stored: the partner's exact bytes and signature, and the bytes they acknowledge. */
    public record StoredReceipt(String partner, byte[] sentBytes, byte[] receiptJson, String signature) implements Serializable {
    }

    private final IMap<String, StoredReceipt> receipts;

    HazelcastReceiptArchive(IMap<String, StoredReceipt> receipts) {
        this.receipts = receipts;
    }

    @Override
    public void keep(SentEnvelope sent, Receipt receipt, SignedReceipt signed) {
        receipts.set(sent.messageId(), new StoredReceipt(sent.to().name(), sent.exactBytes(), signed.json(), signed.signature()));
    }

    public int size() {
        return receipts.size();
    }

    public Optional<StoredReceipt> receiptFor(String messageId) {
        return Optional.ofNullable(receipts.get(messageId));
    }
}
