package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.URI;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static gcc.jisr.gateway.pki.TestPki.NOW;
import static gcc.jisr.gateway.pki.TestPki.daysFromNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GccCertificateAuthorityTest {

    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String DOCUMENT_SIGNING = "1.3.6.1.5.5.7.3.36";

    private final GccCertificateAuthority ca = TestPki.rootCa();

    @Test
    void theRootIsASelfSignedP256AuthorityThatSignsCertificatesAndCrlsOnly() throws Exception {
        X509Certificate root = ca.rootCertificate();

        root.verify(root.getPublicKey());
        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
        assertThat(root.getSubjectX500Principal().getName()).contains("CN=GCC Jisr Development Root CA");
        assertThat(root.getBasicConstraints()).as("a CA with one level of authorities below it: the states' agency CAs").isOne();
        assertThat(root.getKeyUsage()).containsExactly(false, false, false, false, false, true, true, false, false);
        assertThat(root.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(root.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(root.getPublicKey().toString()).containsAnyOf("secp256r1", "P-256", "1.2.840.10045.3.1.7");
        assertThat(root.getNotAfter().toInstant()).isEqualTo(daysFromNow(3650));
    }

    @Test
    void everyStatesTlsCertificateCarriesItsStateAndServesBothEndsOfMutualTls() throws Exception {
        for (GccState state : GccState.values()) {
            StateCredential tls = ca.issue(state, CertificateKind.TLS, TestPki.current());
            X509Certificate certificate = tls.certificate();
            String lower = state.code().toLowerCase();

            certificate.verify(ca.rootCertificate().getPublicKey());
            assertThat(PartnerCertificateCheck.stateOf(certificate)).isEqualTo(state);
            assertThat(certificate.getSubjectX500Principal().getName())
                    .isEqualTo("CN=jisr-" + lower + "-tls,OU=gateway,O=GCC Jisr,C=" + state.code());
            assertThat(certificate.getIssuerX500Principal()).isEqualTo(ca.rootCertificate().getSubjectX500Principal());
            assertThat(certificate.getBasicConstraints()).as("not a CA").isEqualTo(-1);
            assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
            assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isFalse();
            assertThat(certificate.getExtendedKeyUsage()).containsExactlyInAnyOrder(SERVER_AUTH, CLIENT_AUTH);
            assertThat(certificate.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                    List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(2, "jisr." + lower + ".gcc.example"));
            assertThat(tls.chain()).containsExactly(certificate, ca.rootCertificate());
        }
    }

    @Test
    void theSigningCertificateIsForNonRepudiableSignaturesAndNotForTls() throws Exception {
        StateCredential signing = ca.issue(GccState.SA, CertificateKind.SIGNING, TestPki.current());
        X509Certificate certificate = signing.certificate();

        certificate.verify(ca.rootCertificate().getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=jisr-sa-signing,OU=gateway,O=GCC Jisr,C=SA");
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(DOCUMENT_SIGNING).doesNotContain(SERVER_AUTH, CLIENT_AUTH);
        assertThat(certificate.getSubjectAlternativeNames()).isNull();

        byte[] envelope = "{\"service\":\"gcc.civil-id.verify.v1\"}".getBytes();
        Signature signer = Signature.getInstance("SHA256withECDSA", BouncyCastle.provider());
        signer.initSign(signing.privateKey());
        signer.update(envelope);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(certificate);
        verifier.update(envelope);
        assertThat(verifier.verify(signature)).as("the key pairs with the certificate, checked by the JDK's own ECDSA").isTrue();
    }

    @Test
    void eachCertificateHasItsOwnKeyAndARandomPositiveSerial() {
        Set<BigInteger> serials = new HashSet<>();
        Set<Object> keys = new HashSet<>();
        serials.add(ca.rootCertificate().getSerialNumber());
        for (GccState state : GccState.values()) {
            for (StateCredential credential : ca.issueGateway(state, TestPki.current()).values()) {
                assertThat(credential.serial().signum()).isPositive();
                assertThat(credential.serial().bitLength()).isLessThanOrEqualTo(159);
                serials.add(credential.serial());
                keys.add(credential.certificate().getPublicKey());
            }
        }
        assertThat(serials).hasSize(1 + 18);
        assertThat(keys).hasSize(18);
    }

    @Test
    void theAuthorityKeyIdentifierOfAnIssuedCertificateIsTheRootsSubjectKeyIdentifier() {
        X509Certificate certificate = ca.issue(GccState.QA, CertificateKind.TLS, TestPki.current()).certificate();

        byte[] rootKeyId = SubjectKeyIdentifier.getInstance(
                ASN1OctetString.getInstance(ca.rootCertificate().getExtensionValue(Extension.subjectKeyIdentifier.getId())).getOctets())
                .getKeyIdentifier();
        byte[] authorityKeyId = AuthorityKeyIdentifier.getInstance(
                ASN1OctetString.getInstance(certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId())).getOctets())
                .getKeyIdentifier();
        assertThat(authorityKeyId).isEqualTo(rootKeyId);
        assertThat(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId())).isNotNull();
    }

    @Test
    void aCrlDistributionPointIsNamedOnlyWhenOneIsConfigured() {
        URI where = URI.create("http://pki.gcc.example/gcc.crl");
        X509Certificate without = ca.issue(GccState.OM, CertificateKind.TLS, TestPki.current()).certificate();
        X509Certificate with = ca.withCrlDistributionPoint(where).issue(GccState.OM, CertificateKind.TLS, TestPki.current()).certificate();

        assertThat(without.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNull();
        CRLDistPoint points = CRLDistPoint.getInstance(
                ASN1OctetString.getInstance(with.getExtensionValue(Extension.cRLDistributionPoints.getId())).getOctets());
        assertThat(points.getDistributionPoints()[0].getDistributionPoint().toString()).contains(where.toString());
    }

    @Test
    void refusesToIssueACertificateThatWouldOutliveTheRoot() {
        CertificateValidity beyondRoot = new CertificateValidity(NOW, daysFromNow(3651));

        assertThatThrownBy(() -> ca.issue(GccState.KW, CertificateKind.TLS, beyondRoot))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the root");
    }

    @Test
    void eachNewCrlKeepsEarlierRevocationsAndCountsUp() throws Exception {
        BigInteger first = ca.issue(GccState.KW, CertificateKind.TLS, TestPki.current()).serial();
        BigInteger second = ca.issue(GccState.KW, CertificateKind.SIGNING, TestPki.current()).serial();

        X509CRL empty = ca.emptyCrl(NOW, daysFromNow(7));
        X509CRL one = ca.nextCrl(empty, List.of(new Revocation(first, NOW)), NOW, daysFromNow(7));
        X509CRL two = ca.nextCrl(one, List.of(new Revocation(second, daysFromNow(1)), new Revocation(first, daysFromNow(1))),
                daysFromNow(1), daysFromNow(8));

        two.verify(ca.rootCertificate().getPublicKey());
        assertThat(Revocation.listedIn(empty)).isEmpty();
        assertThat(Revocation.listedIn(two)).containsExactly(new Revocation(first, NOW), new Revocation(second, daysFromNow(1)));
        assertThat(List.of(empty, one, two)).extracting(GccCertificateAuthority::crlNumberOf)
                .containsExactly(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3));
        assertThat(two.getNextUpdate().toInstant()).isEqualTo(daysFromNow(8));
        assertThat(two.getIssuerX500Principal()).isEqualTo(ca.rootCertificate().getSubjectX500Principal());
    }

    @Test
    void aCrlOfAnotherAuthorityCannotBeContinued() {
        X509CRL foreign = TestPki.rootCa().emptyCrl(NOW, daysFromNow(7));

        assertThatThrownBy(() -> ca.nextCrl(foreign, List.of(), NOW, daysFromNow(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not signed by this authority");
    }

    @Test
    void anAuthorityRestoredFromItsKeyAndCertificateIssuesUnderTheSameRoot() throws Exception {
        GccCertificateAuthority restored = GccCertificateAuthority.of(ca.rootKey(), ca.rootCertificate());

        restored.issue(GccState.BH, CertificateKind.TLS, TestPki.current()).certificate().verify(ca.rootCertificate().getPublicKey());
        assertThatThrownBy(() -> GccCertificateAuthority.of(ca.rootKey(),
                ca.issue(GccState.BH, CertificateKind.TLS, TestPki.current()).certificate()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
