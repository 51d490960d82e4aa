package gcc.jisr.routes.trust;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningIdentityTest {

    private static final TestCertificateAuthority GCC_ROOT = TestCertificateAuthority.named("GCC Jisr Test Root");
    private static final char[] PASSWORD = "changeit-for-tests".toCharArray();

    @TempDir
    Path directory;

    @Test
    void aGatewayKeyIsLoadedFromItsPkcs12FileAndSignsWhatItsCertificateVerifies() throws Exception {
        SigningIdentity issued = GCC_ROOT.issueGateway(GccState.QA);
        Path file = pkcs12(issued, "jisr-qa");

        SigningIdentity loaded = SigningIdentity.fromPkcs12(file, "jisr-qa", PASSWORD);

        assertThat(loaded.chain()).containsExactlyElementsOf(issued.chain());
        byte[] envelope = SampleEnvelopes.civilIdVerification();
        String jws = new EnvelopeSigner(loaded).sign(envelope, SampleEnvelopes.MESSAGE_ID);
        assertThat(new EnvelopeSignatureCheck(GCC_ROOT.trustingOnlyThisRoot()).verify(envelope, jws)).isEqualTo(issued.certificate());
    }

    @Test
    void theKeyIdIsTheSha256ThumbprintOfTheCertificate() throws Exception {
        SigningIdentity identity = GCC_ROOT.issueGateway(GccState.AE);

        byte[] thumbprint = MessageDigest.getInstance("SHA-256").digest(identity.certificate().getEncoded());
        assertThat(identity.keyId()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(thumbprint));
    }

    @Test
    void anUnknownAliasOrAWrongPasswordSaysWhichFileAndAlias() throws Exception {
        Path file = pkcs12(GCC_ROOT.issueGateway(GccState.QA), "jisr-qa");

        assertThatThrownBy(() -> SigningIdentity.fromPkcs12(file, "jisr-bh", PASSWORD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("jisr-bh").hasMessageContaining(file.toString());
        assertThatThrownBy(() -> SigningIdentity.fromPkcs12(file, "jisr-qa", "wrong".toCharArray()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("jisr-qa");
    }

    @Test
    void aKeyPairedWithSomeoneElsesCertificateIsRefusedAtLoading() {
        SigningIdentity kuwait = GCC_ROOT.issueGateway(GccState.KW);
        KeyPair otherKeys = TestCertificateAuthority.newKeyPair("secp256r1");

        assertThatThrownBy(() -> new SigningIdentity(otherKeys.getPrivate(), kuwait.chain()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
    }

    @Test
    void aKeyOnAnotherCurveThanP256IsRefused() {
        KeyPair p384 = TestCertificateAuthority.newKeyPair("secp384r1");
        var certificate = GCC_ROOT.gatewayCertificate(GccState.KW, p384);

        assertThatThrownBy(() -> new SigningIdentity(p384.getPrivate(), List.of(certificate, GCC_ROOT.root())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-256");
    }

    private Path pkcs12(SigningIdentity identity, String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, identity.privateKey(), PASSWORD, identity.chain().toArray(Certificate[]::new));
        Path file = directory.resolve(alias + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }
}
