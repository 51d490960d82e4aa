package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

import javax.crypto.KeyAgreement;

import static gcc.jisr.gateway.pki.TestPki.NOW;
import static gcc.jisr.gateway.pki.TestPki.daysFromNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayCertificatesTest {

    private static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    Path directory;

    private final GccCertificateAuthority ca = TestPki.rootCa();

    @Test
    void aStatesKeyStoresOpenWithThePlainJdkKeyStoreApiUnderTheirAliases() throws Exception {
        GatewayCertificates files = new GatewayCertificates(directory, PASSWORD);
        files.writeAuthority(ca);
        ca.issueGateway(GccState.KW, TestPki.current()).values().forEach(files::writeCredential);

        for (CertificateKind kind : CertificateKind.values()) {
            Path file = directory.resolve("kw-" + kind.alias() + ".p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, PASSWORD);
            }
            assertThat(Collections.list(store.aliases())).containsExactly(kind.alias());
            Certificate[] chain = store.getCertificateChain(kind.alias());
            assertThat(chain).hasSize(2);
            assertThat(chain[1]).isEqualTo(ca.rootCertificate());
            chain[0].verify(ca.rootCertificate().getPublicKey());
            assertThat(PartnerCertificateCheck.stateOf((X509Certificate) chain[0])).isEqualTo(GccState.KW);

            PrivateKey key = (PrivateKey) store.getKey(kind.alias(), PASSWORD);
            if (kind == CertificateKind.ENCRYPTION) {
                // A key-agreement key: the certificate allows no signature, so the pair is proved by agreeing a secret.
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair other = generator.generateKeyPair();
                KeyAgreement ours = KeyAgreement.getInstance("ECDH");
                ours.init(key);
                ours.doPhase(other.getPublic(), true);
                KeyAgreement theirs = KeyAgreement.getInstance("ECDH");
                theirs.init(other.getPrivate());
                theirs.doPhase(chain[0].getPublicKey(), true);
                assertThat(ours.generateSecret()).as("the stored key belongs to the stored certificate")
                        .isEqualTo(theirs.generateSecret());
                assertThat(((X509Certificate) chain[0]).getKeyUsage()[4]).as("keyAgreement").isTrue();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
                continue;
            }
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(new byte[]{1, 2, 3});
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(chain[0]);
            verifier.update(new byte[]{1, 2, 3});
            assertThat(verifier.verify(signer.sign())).as("the stored key belongs to the stored certificate").isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void theTrustStoreAndThePemFilesHoldTheRoot() throws Exception {
        GatewayCertificates files = new GatewayCertificates(directory, PASSWORD);
        files.writeAuthority(ca);
        files.writeCrl(ca.emptyCrl(NOW, daysFromNow(7)));

        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(directory.resolve("gcc-trust.p12"))) {
            trust.load(in, PASSWORD);
        }
        assertThat(trust.isCertificateEntry("gcc-root")).isTrue();
        assertThat(trust.getCertificate("gcc-root")).isEqualTo(ca.rootCertificate());

        String rootPem = Files.readString(directory.resolve("gcc-root.pem"));
        assertThat(rootPem).startsWith("-----BEGIN CERTIFICATE-----");
        try (InputStream in = Files.newInputStream(directory.resolve("gcc-root.pem"))) {
            assertThat(CertificateFactory.getInstance("X.509").generateCertificate(in)).isEqualTo(ca.rootCertificate());
        }
        assertThat(Files.readString(directory.resolve("gcc.crl.pem"))).startsWith("-----BEGIN X509 CRL-----");
        try (InputStream in = Files.newInputStream(directory.resolve("gcc.crl.pem"))) {
            ((X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in)).verify(ca.rootCertificate().getPublicKey());
        }
    }

    @Test
    void everyFileThePkiWritesAndItsDirectoryAreTheOwnersOnly() throws Exception {
        // A directory left readable by everyone (an older gateway, a copy made by hand) is narrowed too.
        Path pki = directory.resolve("data").resolve("pki");
        Files.createDirectories(pki);
        Files.setPosixFilePermissions(pki, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        GatewayCertificates files = new GatewayCertificates(pki, PASSWORD);

        files.writeAuthority(ca);
        files.writeCrl(ca.emptyCrl(NOW, daysFromNow(7)));
        ca.issueGateway(GccState.KW, TestPki.current()).values().forEach(files::writeCredential);

        try (var written = Files.list(pki)) {
            assertThat(written.map(file -> file.getFileName() + " " + permissions(file)))
                    .containsExactlyInAnyOrder("root-ca.p12 rw-------", "gcc-trust.p12 rw-------",
                            "gcc-root.pem rw-------", "gcc.crl.pem rw-------", "kw-tls.p12 rw-------",
                            "kw-signing.p12 rw-------", "kw-encryption.p12 rw-------", "kw-encryption.pem rw-------");
        }
        assertThat(permissions(pki)).isEqualTo("rwx------");
        assertThat(permissions(directory)).as("a directory above it is not the gateway's to narrow").isEqualTo("rwxr-xr-x");
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theAuthorityAndCredentialsReadBackAsWritten() {
        GatewayCertificates files = new GatewayCertificates(directory, PASSWORD);
        files.writeAuthority(ca);
        StateCredential written = ca.issue(GccState.OM, CertificateKind.SIGNING, TestPki.current());
        files.writeCredential(written);

        GccCertificateAuthority restored = files.loadAuthority();
        StateCredential read = files.loadCredential(GccState.OM, CertificateKind.SIGNING);

        assertThat(restored.rootCertificate()).isEqualTo(ca.rootCertificate());
        assertThat(restored.rootKey().getEncoded()).isEqualTo(ca.rootKey().getEncoded());
        assertThat(read.certificate()).isEqualTo(written.certificate());
        assertThat(read.root()).isEqualTo(ca.rootCertificate());
        assertThat(read.privateKey().getEncoded()).isEqualTo(written.privateKey().getEncoded());
        assertThat(files.hasCredential(GccState.OM, CertificateKind.TLS)).isFalse();
    }

    @Test
    void aWrongPasswordOpensNothing() {
        new GatewayCertificates(directory, PASSWORD).writeAuthority(ca);

        assertThatThrownBy(() -> new GatewayCertificates(directory, "guess".toCharArray()).loadAuthority())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wrong password");
    }

    @Test
    void thePartnerCheckIsBuiltFromTheFilesOnDisk() {
        GatewayCertificates files = new GatewayCertificates(directory, PASSWORD);
        files.writeAuthority(ca);
        files.writeCrl(ca.emptyCrl(NOW, daysFromNow(7)));
        StateCredential saudi = ca.issue(GccState.SA, CertificateKind.TLS, TestPki.current());

        assertThat(files.partnerCheck(TestPki.CLOCK).check(saudi.chain())).isEqualTo(GccState.SA);
        assertThat(files.partnerCheck(TestPki.CLOCK).check(List.of(saudi.certificate()))).isEqualTo(GccState.SA);
    }
}
