package gcc.jisr.gateway.traffic;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.contracts.traffic.v1.Evidence;
import gcc.jisr.contracts.traffic.v1.ViolationNotice;
import gcc.jisr.routes.traffic.EvidenceFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The evidence bytes of notices, by message id and SHA-256 digest (table evidence_file). */
public class EvidenceFiles {

    private final JdbcTemplate jdbc;

    public EvidenceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void keep(String messageId, EvidenceFile file) {
        jdbc.update("INSERT INTO evidence_file (message_id, sha256, content_type, content) VALUES (?, ?, ?, ?)",
                messageId, file.sha256(), file.contentType(), new SqlParameterValue(Types.BINARY, file.content()));
    }

    List<EvidenceFile> of(String messageId) {
        return jdbc.query("SELECT sha256, content_type, content FROM evidence_file WHERE message_id = ? ORDER BY sha256",
                (rs, row) -> new EvidenceFile(rs.getString("sha256"), rs.getString("content_type"), rs.getBytes("content")),
                messageId);
    }

    /**
     * The files in the order of the notice's evidence items, each checked against its item's digest and size: the
     * signature covers the notice, the digests tie the bytes to it.
     *
     * @throws JisrException ATTACHMENT_DIGEST for bytes that match no item, or an item without its bytes
     */
    static List<EvidenceFile> matching(ViolationNotice notice, List<EvidenceFile> files) {
        Map<String, EvidenceFile> byDigest = files.stream()
                .collect(Collectors.toMap(f -> f.sha256().toLowerCase(), Function.identity(), (a, b) -> a));
        List<EvidenceFile> matched = new ArrayList<>();
        for (Evidence item : notice.getEvidence()) {
            EvidenceFile file = byDigest.remove(item.getSha256().toLowerCase());
            if (file == null) {
                throw new JisrException(JisrError.ATTACHMENT_DIGEST, "no bytes came for evidence " + item.getSha256());
            }
            if (!sha256(file.content()).equals(item.getSha256().toLowerCase()) || file.content().length != item.getSize()) {
                throw new JisrException(JisrError.ATTACHMENT_DIGEST, "the bytes of evidence " + item.getSha256()
                        + " do not match its digest or size");
            }
            matched.add(file);
        }
        if (!byDigest.isEmpty()) {
            throw new JisrException(JisrError.ATTACHMENT_DIGEST, "evidence " + byDigest.keySet() + " belongs to no item of the notice");
        }
        return matched;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
