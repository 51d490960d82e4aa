package gcc.jisr.routes.traffic;

import java.util.Objects;

/**
 * The bytes of one evidence item of a notice (a photo, a video, a document), named by the SHA-256 digest the notice
 * gives for it: the notice's signature vouches for the digest, and the digest for the bytes.
 */
public record EvidenceFile(String sha256, String contentType, byte[] content) {

    public EvidenceFile {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
