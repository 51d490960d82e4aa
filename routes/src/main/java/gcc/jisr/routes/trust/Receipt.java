package gcc.jisr.routes.trust;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import gcc.jisr.contracts.GccState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * The receiving gateway's statement that it received exactly these bytes for this message. Signed by the
 * receiver, it is the sender's proof of delivery: the digest binds the receipt to the bytes, so a receipt cannot
 * be reused for another message or for other bytes under the same messageId.
 *
 * @param receiptFor the messageId of the envelope received
 * @param digest     {@code sha-256:} and the base64url (unpadded) SHA-256 of the exact bytes received
 * @param receivedAt when the receiving gateway accepted the bytes
 * @param receivedBy the receiving gateway's state
 */
@JsonPropertyOrder({"receiptFor", "digest", "receivedAt", "receivedBy"})
public record Receipt(String receiptFor, String digest, Instant receivedAt, GccState receivedBy) {

    static final String DIGEST_PREFIX = "sha-256:";

    public Receipt {
        if (receiptFor == null || receiptFor.isBlank() || digest == null || !digest.startsWith(DIGEST_PREFIX)
                || receivedAt == null || receivedBy == null) {
            throw new IllegalArgumentException("A receipt names the message, the sha-256 digest of its bytes, when and by whom");
        }
    }

    public static String digestOf(byte[] exactBytes) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(exactBytes);
            return DIGEST_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether these are the bytes the receipt was issued for. */
    public boolean isFor(byte[] exactBytes) {
        return MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII),
                digestOf(exactBytes).getBytes(StandardCharsets.US_ASCII));
    }
}
