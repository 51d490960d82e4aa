package gcc.jisr.gateway.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.traffic.v1.SubmissionAccepted;
import gcc.jisr.gateway.network.SharedGccNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static gcc.jisr.gateway.traffic.MessageTimelineNetworkTest.acknowledgedNotice;
import static gcc.jisr.gateway.traffic.MessageTimelineNetworkTest.admin;
import static gcc.jisr.gateway.traffic.MessageTimelineNetworkTest.adminRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The evidence bundle of a notice from Oman to Bahrain, exported by the Omani gateway's auditor, verified twice
 * without our code: once with the JDK's own Signature and MessageDigest, once with the openssl script of
 * docs/evidence.md, run as documented. Altering any file of the bundle makes verification fail.
 */
@ExtendWith(SharedGccNetwork.class)
class EvidenceBundleTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HexFormat HEX = HexFormat.of();
    static final Path DOCUMENTED = Path.of("..", "docs", "evidence.md");

    static SubmissionAccepted notice;
    static Map<String, byte[]> bundle;

    @BeforeAll
    static void anAuditorExportsTheEvidenceOfAnAcknowledgedNotice() throws Exception {
        MessageTimelineNetworkTest.network = SharedGccNetwork.network();
        notice = acknowledgedNotice(GccState.OM, GccState.BH, "OM-EVIDENCE-" + System.nanoTime());
        HttpResponse<byte[]> zip = SharedGccNetwork.operators().send(adminRequest(GccState.OM, "auditor",
                "/messages/" + notice.getTrackingId() + "/evidence").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).as(new String(zip.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        bundle = unzip(zip.body());
    }

    @Test
    void theBundleHoldsTheSignedEnvelopeTheReceiptAndTheChainProof() throws Exception {
        JsonNode manifest = JSON.readTree(bundle.get("manifest.json"));
        assertThat(manifest.path("messageId").asText()).isEqualTo(notice.getMessageId());
        assertThat(manifest.path("gateway").asText()).isEqualTo("OM");
        assertThat(bundle).containsKeys("manifest.jws", "gateway-signing-chain.pem", "gcc-root.pem", "gcc.crl.pem",
                "chain-links.txt");
        JsonNode sent = null;
        for (JsonNode name : manifest.path("records")) {
            JsonNode record = JSON.readTree(bundle.get(name.asText()));
            if (record.path("direction").asText().equals("SENT") && !record.path("receiptFile").isNull()) {
                sent = record;
            }
        }
        assertThat(sent).as("the envelope sent, with Bahrain's receipt").isNotNull();
        assertThat(JSON.readTree(bundle.get(sent.path("receiptFile").asText())).path("receivedBy").asText()).isEqualTo("BH");
        assertThat(new String(bundle.get(sent.path("envelopeFile").asText()), StandardCharsets.UTF_8))
                .contains(notice.getMessageId());
        verifyWithTheJdk(bundle);
    }

    @Test
    void alteringAnyFileOfTheBundleFailsVerification() {
        for (String name : bundle.keySet()) {
            Map<String, byte[]> tampered = new LinkedHashMap<>(bundle);
            tampered.put(name, flipped(bundle.get(name)));
            assertThatThrownBy(() -> verifyWithTheJdk(tampered)).as("altered " + name).isInstanceOf(Throwable.class);
        }
    }

    @Test
    void theDocumentedOpensslStepsVerifyTheBundleAndCatchTampering() throws Exception {
        assumeTrue(onPath("openssl") && onPath("jq") && onPath("sha256sum"), "openssl, jq or sha256sum is not installed");
        String script = documentedScript();
        Path intact = unpack(bundle, "intact");
        Run run = run(script, intact);
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("bundle verified");

        JsonNode manifest = JSON.readTree(bundle.get("manifest.json"));
        JsonNode record = JSON.readTree(bundle.get(manifest.path("records").get(0).asText()));
        String envelope = record.path("envelopeFile").asText();
        for (String name : List.of(envelope, "manifest.json", "chain-links.txt", "gcc.crl.pem",
                record.path("signatureFile").asText())) {
            Map<String, byte[]> tampered = new LinkedHashMap<>(bundle);
            tampered.put(name, flipped(bundle.get(name)));
            Run refused = run(script, unpack(tampered, "tampered-" + name));
            assertThat(refused.status()).as("altered " + name + ": " + refused.output()).isNotZero();
            assertThat(refused.output()).doesNotContain("bundle verified");
        }
        // An altered envelope with its digest updated in the manifest: the manifest's signature no longer holds.
        Map<String, byte[]> rehashed = new LinkedHashMap<>(bundle);
        byte[] altered = flipped(bundle.get(envelope));
        rehashed.put(envelope, altered);
        ObjectNode newManifest = (ObjectNode) manifest.deepCopy();
        for (JsonNode file : newManifest.path("files")) {
            if (file.path("name").asText().equals(envelope)) {
                ((ObjectNode) file).put("sha256", HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(altered)));
            }
        }
        rehashed.put("manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(newManifest));
        assertThat(run(script, unpack(rehashed, "rehashed")).status()).isNotZero();
    }

    @Test
    void anOperatorMayNotExportEvidenceAndTheExportIsAudited() throws Exception {
        HttpResponse<String> refused = admin(GccState.OM, "operator", "/messages/" + notice.getTrackingId() + "/evidence");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("JISR-403-ROLE");
        JsonNode audit = JSON.readTree(admin(GccState.OM, "auditor", "/audit?action=EVIDENCE_EXPORT").body());
        assertThat(audit.findValuesAsText("target")).contains(notice.getTrackingId());
        assertThat(audit.findValuesAsText("username")).contains("auditor");
    }

    // ------------------------------------------------------------------ verification with the JDK alone

    /** Throws unless every check of docs/evidence.md holds, done with java.security only. */
    static void verifyWithTheJdk(Map<String, byte[]> files) throws Exception {
        X509Certificate root = certificates(files.get("gcc-root.pem")).get(0);
        root.verify(root.getPublicKey());
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(files.get("gcc.crl.pem")));
        crl.verify(root.getPublicKey());
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        check(manifest.path("format").asText().equals("jisr-evidence-bundle-v1"), "format");
        String gateway = manifest.path("gateway").asText();
        List<X509Certificate> gatewayChain = verifyJws(files.get("manifest.json"), text(files, "manifest.jws"), root, crl, gateway);
        check(gatewayChain.equals(certificates(files.get("gateway-signing-chain.pem"))), "gateway chain file is the x5c");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            String name = file.path("name").asText();
            listed.add(name);
            check(files.containsKey(name), "listed file present: " + name);
            check(HEX.formatHex(sha256.digest(files.get(name))).equals(file.path("sha256").asText()), "sha256 of " + name);
        }
        for (String name : files.keySet()) {
            check(listed.contains(name) || List.of("manifest.json", "manifest.jws", "gateway-signing-chain.pem").contains(name),
                    "unlisted file " + name);
        }
        String message = manifest.path("messageId").asText();
        List<String> links = List.of(text(files, "chain-links.txt").split("\n"));
        long first = Long.MAX_VALUE;
        for (JsonNode recordName : manifest.path("records")) {
            JsonNode record = JSON.readTree(files.get(recordName.asText()));
            check(record.path("messageId").asText().equals(message), "record of the message");
            byte[] envelope = files.get(record.path("envelopeFile").asText());
            String signature = text(files, record.path("signatureFile").asText());
            List<X509Certificate> signer = verifyJws(envelope, signature, root, crl, record.path("fromState").asText());
            check(signer.equals(certificates(files.get(record.path("signerChainFile").asText()))), "envelope chain file");
            byte[] receipt = null;
            String receiptSignature = null;
            if (!record.path("receiptFile").isNull()) {
                receipt = files.get(record.path("receiptFile").asText());
                receiptSignature = text(files, record.path("receiptSignatureFile").asText());
                String receiver = record.path("toState").asText();
                check(verifyJws(receipt, receiptSignature, root, crl, receiver)
                        .equals(certificates(files.get(record.path("receiptSignerChainFile").asText()))), "receipt chain file");
                JsonNode receiptJson = JSON.readTree(receipt);
                check(receiptJson.path("receiptFor").asText().equals(message), "receipt names the message");
                check(receiptJson.path("digest").asText().equals("sha-256:" + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(sha256.digest(envelope))), "receipt digest is the envelope's");
            }
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            DataOutputStream fields = new DataOutputStream(input);
            field(fields, "jisr-archive-record-v1".getBytes(StandardCharsets.US_ASCII));
            field(fields, HEX.parseHex(record.path("previousDigest").asText()));
            fields.writeInt(8);
            fields.writeLong(record.path("sequenceNumber").asLong());
            for (String name : List.of("messageId", "direction", "service", "fromState", "toState")) {
                field(fields, record.path(name).asText().getBytes(StandardCharsets.UTF_8));
            }
            fields.writeInt(8);
            fields.writeLong(record.path("recordedAtEpochMillis").asLong());
            field(fields, envelope);
            field(fields, signature.getBytes(StandardCharsets.US_ASCII));
            field(fields, receipt);
            field(fields, receiptSignature == null ? null : receiptSignature.getBytes(StandardCharsets.US_ASCII));
            String digest = HEX.formatHex(sha256.digest(input.toByteArray()));
            check(digest.equals(record.path("recordDigest").asText()), "record digest recomputed");
            check(links.contains(record.path("sequenceNumber").asLong() + " " + record.path("previousDigest").asText()
                    + " " + digest), "record in the links");
            first = Math.min(first, record.path("sequenceNumber").asLong());
        }
        String previous = null;
        long expected = first;
        for (String link : links) {
            String[] parts = link.split(" ");
            check(Long.parseLong(parts[0]) == expected++, "links without a gap");
            check(previous == null || previous.equals(parts[1]), "each link follows the one before");
            previous = parts[2];
        }
        check(expected - 1 == manifest.path("chainHead").path("sequenceNumber").asLong()
                && manifest.path("chainHead").path("digest").asText().equals(previous), "links end at the head");
    }

    /** Verifies a detached ES256 JWS with the JDK; returns its x5c chain, checked up to the root and the CRL. */
    static List<X509Certificate> verifyJws(byte[] payload, String jws, X509Certificate root, X509CRL crl, String state)
            throws Exception {
        Matcher parts = Pattern.compile("([A-Za-z0-9_-]+)\\.\\.([A-Za-z0-9_-]+)").matcher(jws);
        check(parts.matches(), "a detached compact JWS");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts.group(1)));
        check(header.path("alg").asText().equals("ES256") && header.path("crit").isMissingNode(), "ES256, nothing critical");
        List<X509Certificate> chain = new ArrayList<>();
        for (JsonNode der : header.path("x5c")) {
            chain.add((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(der.asText()))));
        }
        X509Certificate leaf = chain.get(0);
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate issuer = i + 1 < chain.size() ? chain.get(i + 1) : root;
            chain.get(i).verify(issuer.getPublicKey());
            chain.get(i).checkValidity();
            check(!crl.isRevoked(chain.get(i)), "not revoked");
        }
        check(chain.get(chain.size() - 1).equals(root) || chain.get(chain.size() - 1).getIssuerX500Principal()
                .equals(root.getSubjectX500Principal()), "issued under the GCC root");
        check(leaf.getSubjectX500Principal().getName().matches("(^|.*,)C=" + state + "(,.*|$)"), "a certificate of " + state);
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(leaf.getPublicKey());
        es256.update((parts.group(1) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload))
                .getBytes(StandardCharsets.US_ASCII));
        check(es256.verify(Base64.getUrlDecoder().decode(parts.group(2))), "the signature verifies");
        return chain;
    }

    static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }

    static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError("does not hold: " + what);
        }
    }

    // ------------------------------------------------------------------ helpers

    static List<X509Certificate> certificates(byte[] pem) throws Exception {
        return CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem)).stream()
                .map(X509Certificate.class::cast).toList();
    }

    static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.US_ASCII);
    }

    /** The file with one byte changed: a base64 or text character near the middle, so that parsers still read it. */
    static byte[] flipped(byte[] content) {
        byte[] copy = content.clone();
        int middle = copy.length / 2;
        for (int i = middle; i < copy.length; i++) {
            if (Character.isLetterOrDigit(copy[i])) {
                copy[i] = (byte) (Character.isDigit(copy[i]) ? (copy[i] == '9' ? '8' : copy[i] + 1)
                        : (copy[i] == 'z' || copy[i] == 'Z' ? copy[i] - 1 : copy[i] + 1));
                return copy;
            }
        }
        copy[middle] ^= 1;
        return copy;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static Path unpack(Map<String, byte[]> files, String name) throws IOException {
        Path directory = Path.of("target", "evidence-bundle-test", name.replaceAll("[^A-Za-z0-9.-]", "_"));
        if (Files.exists(directory)) {
            try (var old = Files.list(directory)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(directory);
        for (var file : files.entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }
        return directory;
    }

    /** The bash block between the verify-evidence markers of docs/evidence.md, exactly as an auditor copies it. */
    static String documentedScript() throws IOException {
        String doc = Files.readString(DOCUMENTED);
        Matcher block = Pattern.compile("<!-- verify-evidence:begin -->\\s*```bash\\n(.*?)```\\s*<!-- verify-evidence:end -->",
                Pattern.DOTALL).matcher(doc);
        check(block.find(), "docs/evidence.md holds the verification script");
        return block.group(1);
    }

    record Run(int status, String output) {
    }

    static Run run(String script, Path directory) throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", script).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = bash.getInputStream().readAllBytes();
        check(bash.waitFor(60, TimeUnit.SECONDS), "the script ends");
        return new Run(bash.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
