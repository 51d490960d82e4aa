package gcc.jisr.routes.traffic.intake;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.errors.JisrException.FieldViolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The bytes of one evidence part as a face received them (a multipart part, an MTOM attachment), with their SHA-256
 * digest and size, before they are matched to an item of the notice.
 *
 * @param name        how the face calls the part, for error messages (a part's file name, an item's position)
 * @param contentType the media type the part was labelled with, or null when it was not labelled
 */
public record ReceivedEvidence(String name, String contentType, String sha256, byte[] content) {

    public ReceivedEvidence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    public long size() {
        return content.length;
    }

    /**
     * Reads a part to its end, or until it has proved larger than {@code maxBytes}: a part over the limit is refused
     * before it is held in memory whole.
     *
     * @throws JisrException ATTACHMENT_TOO_LARGE beyond maxBytes
     */
    public static ReceivedEvidence read(String name, String contentType, InputStream in, long maxBytes) {
        MessageDigest sha256 = newSha256();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(name, maxBytes);
                }
                sha256.update(buffer, 0, n);
                content.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence part " + name, e);
        }
        return new ReceivedEvidence(name, contentType, HexFormat.of().formatHex(sha256.digest()), content.toByteArray());
    }

    static JisrException tooLarge(String name, long maxBytes) {
        return new JisrException(JisrError.ATTACHMENT_TOO_LARGE, "evidence " + name + " is larger than " + maxBytes
                + " bytes, the most this gateway accepts for one item",
                List.of(new FieldViolation(name, "larger than " + maxBytes + " bytes")));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
