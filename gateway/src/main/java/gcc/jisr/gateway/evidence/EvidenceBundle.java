package gcc.jisr.gateway.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.problems.LogMasking;
import gcc.jisr.gateway.store.ArchiveRecord;
import gcc.jisr.gateway.store.MessageArchive;
import gcc.jisr.routes.trust.EnvelopeSigner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence of one message for an auditor, as a zip that verifies offline with standard tools (docs/evidence.md):
 * every archive record of the message with the exact envelope bytes, their detached JWS and its signer's chain, the
 * partner's receipt with its JWS and chain, the links of the hash chain from the message's first record to the head,
 * the GCC root certificate and the CRL in force, and a manifest of every file's SHA-256 signed by this gateway.
 */
public class EvidenceBundle {

    public static final String FORMAT = "jisr-evidence-bundle-v1";
    public static final String MANIFEST = "manifest.json";
    public static final String MANIFEST_SIGNATURE = "manifest.jws";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final GccState ownState;
    private final MessageArchive archive;
    private final GatewayCertificates certificates;
    private final EnvelopeSigner signer;
    private final Clock clock;

    public EvidenceBundle(GccState ownState, MessageArchive archive, GatewayCertificates certificates,
                          EnvelopeSigner signer, Clock clock) {
        this.ownState = ownState;
        this.archive = archive;
        this.certificates = certificates;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * The bundle of the envelope with this message id (both directions, every record of it).
     *
     * @throws JisrException NOT_FOUND when the archive holds no envelope with this id
     */
    public byte[] of(String messageId) {
        // The head before the records: every record up to it is committed, so the links below reach it unbroken.
        MessageArchive.ChainHead head = archive.head();
        List<MessageArchive.NodeRecord> records = archive.recordsOf(messageId).stream()
                .filter(r -> r.record().sequenceNumber() <= head.lastSequence()).toList();
        if (records.isEmpty()) {
            throw new JisrException(JisrError.NOT_FOUND, "the archive holds no envelope " + LogMasking.mask(messageId));
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("messageId", messageId);
        manifest.put("gateway", ownState.name());
        manifest.put("createdAt", clock.instant().toString());
        ObjectNode headJson = manifest.putObject("chainHead");
        headJson.put("sequenceNumber", head.lastSequence());
        headJson.put("digest", HEX.formatHex(head.lastDigest()));
        ArrayNode recordNames = manifest.putArray("records");
        ArrayNode files = JSON.createArrayNode();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            Files out = new Files(zip, files);
            out.add("gcc-root.pem", GatewayCertificates.pem(certificates.loadRootCertificate()).getBytes(StandardCharsets.US_ASCII));
            out.add("gcc.crl.pem", GatewayCertificates.pem(certificates.loadCrl()).getBytes(StandardCharsets.US_ASCII));
            for (MessageArchive.NodeRecord stored : records) {
                ArchiveRecord record = stored.record();
                String prefix = "record-" + record.sequenceNumber();
                recordNames.add(prefix + ".json");
                ObjectNode json = JSON.createObjectNode();
                json.put("sequenceNumber", record.sequenceNumber());
                json.put("messageId", record.messageId());
                json.put("direction", record.direction() == null ? null : record.direction().name());
                json.put("service", record.service());
                json.put("fromState", record.fromState());
                json.put("toState", record.toState());
                json.put("recordedAt", record.recordedAt().toString());
                json.put("recordedAtEpochMillis", record.recordedAt().toEpochMilli());
                json.put("node", stored.node());
                json.put("envelopeFile", prefix + "-envelope.json");
                json.put("signatureFile", prefix + "-envelope.jws");
                json.put("signerChainFile", prefix + "-envelope-chain.pem");
                out.add(prefix + "-envelope.json", record.envelope());
                out.add(prefix + "-envelope.jws", record.signature().getBytes(StandardCharsets.US_ASCII));
                out.add(prefix + "-envelope-chain.pem", chainPem(record.signature()));
                if (record.receipt() != null) {
                    json.put("receiptFile", prefix + "-receipt.json");
                    json.put("receiptSignatureFile", prefix + "-receipt.jws");
                    json.put("receiptSignerChainFile", prefix + "-receipt-chain.pem");
                    out.add(prefix + "-receipt.json", record.receipt());
                    out.add(prefix + "-receipt.jws", record.receiptSignature().getBytes(StandardCharsets.US_ASCII));
                    out.add(prefix + "-receipt-chain.pem", chainPem(record.receiptSignature()));
                } else {
                    json.putNull("receiptFile");
                }
                json.put("previousDigest", HEX.formatHex(record.previousDigest()));
                json.put("recordDigest", HEX.formatHex(record.recordDigest()));
                out.add(prefix + ".json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
            }
            out.add("chain-links.txt", links(records.get(0).record().sequenceNumber(), head));
            manifest.set("files", files);
            byte[] manifestBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
            String manifestSignature = signer.sign(manifestBytes);
            out.raw(MANIFEST, manifestBytes);
            out.raw(MANIFEST_SIGNATURE, manifestSignature.getBytes(StandardCharsets.US_ASCII));
            out.raw("gateway-signing-chain.pem", chainPem(manifestSignature));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence bundle of " + messageId, e);
        }
        return zipped.toByteArray();
    }

    /** One link per line ("sequence previous-digest record-digest"), so that an old record's bundle stays plain text. */
    private byte[] links(long from, MessageArchive.ChainHead head) {
        StringBuilder text = new StringBuilder();
        archive.links(from, head.lastSequence(), link -> text.append(link.sequenceNumber()).append(' ')
                .append(HEX.formatHex(link.previousDigest())).append(' ')
                .append(HEX.formatHex(link.recordDigest())).append('\n'));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The signer's chain named in the JWS's x5c header, as PEM, leaf first: what the signature claims to be by. */
    static byte[] chainPem(String detachedJws) {
        try {
            String header = detachedJws.substring(0, detachedJws.indexOf('.'));
            JsonNode json = JSON.readTree(Base64.getUrlDecoder().decode(header));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            StringBuilder pem = new StringBuilder();
            for (JsonNode der : json.path("x5c")) {
                X509Certificate certificate = (X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(der.asText())));
                pem.append(GatewayCertificates.pem(certificate));
            }
            return pem.toString().getBytes(StandardCharsets.US_ASCII);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // An archived signature was verified before it was archived; one that no longer reads was altered.
            throw new JisrException(JisrError.INTERNAL, "an archived signature names no readable signer chain: "
                    + e.getClass().getSimpleName());
        }
    }

    /** The zip's entries, each listed with its SHA-256 in the manifest, but for the manifest's own files. */
    private static final class Files {

        private final ZipOutputStream zip;
        private final ArrayNode listed;

        Files(ZipOutputStream zip, ArrayNode listed) {
            this.zip = zip;
            this.listed = listed;
        }

        void add(String name, byte[] content) throws IOException {
            listed.addObject().put("name", name).put("sha256", sha256(content)).put("size", content.length);
            raw(name, content);
        }

        void raw(String name, byte[] content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
    }

    static String sha256(byte[] content) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
