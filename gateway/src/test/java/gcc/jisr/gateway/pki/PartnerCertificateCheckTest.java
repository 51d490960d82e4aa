package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import javax.security.auth.x500.X500Principal;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import static gcc.jisr.gateway.pki.TestPki.CLOCK;
import static gcc.jisr.gateway.pki.TestPki.NOW;
import static gcc.jisr.gateway.pki.TestPki.daysFromNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerCertificateCheckTest {

    private final GccCertificateAuthority ca = TestPki.rootCa();
    private final X509CRL emptyCrl = ca.emptyCrl(NOW.minusSeconds(3600), daysFromNow(7));
    private final PartnerCertificateCheck check = new PartnerCertificateCheck(List.of(ca.rootCertificate()), List.of(emptyCrl), CLOCK);

    @Test
    void aCurrentCertificateOfTheGccRootIsAcceptedAndNamesItsState() {
        for (GccState state : GccState.values()) {
            for (CertificateKind kind : CertificateKind.values()) {
                StateCredential credential = ca.issue(state, kind, TestPki.current());

                assertThat(check.check(credential.certificate())).isEqualTo(state);
                assertThat(check.check(credential.chain())).as("with the root appended, as JSSE presents it").isEqualTo(state);
                assertThat(check.checkFrom(state, credential.chain())).isEqualTo(state);
            }
        }
    }

    @Test
    void noCertificateIsRefusedAsMissing() {
        assertRefused(() -> check.check(List.of()), JisrError.CERTIFICATE_MISSING);
        assertRefused(() -> check.check((X509Certificate[]) null), JisrError.CERTIFICATE_MISSING);
    }

    @Test
    void anExpiredCertificateIsRefusedWithItsOwnCode() {
        X509Certificate expired = ca.issue(GccState.KW, CertificateKind.TLS, TestPki.expired()).certificate();

        assertRefused(() -> check.check(expired), JisrError.CERTIFICATE_EXPIRED).hasMessageContaining("expired at " + daysFromNow(-1));
    }

    @Test
    void aCertificateNotValidYetIsRefusedWithItsOwnCode() {
        X509Certificate early = ca.issue(GccState.KW, CertificateKind.SIGNING, TestPki.notYetValid()).certificate();

        assertRefused(() -> check.check(early), JisrError.CERTIFICATE_NOT_YET_VALID).hasMessageContaining("not valid before");
    }

    @Test
    void aCertificateFromAnUnrelatedAuthorityIsRefusedAsWrongIssuer() {
        GccCertificateAuthority other = GccCertificateAuthority.createRoot("CN=Some Other Root,O=Elsewhere",
                new CertificateValidity(daysFromNow(-10), daysFromNow(1000)));
        StateCredential foreign = other.issue(GccState.KW, CertificateKind.TLS, TestPki.current());

        assertRefused(() -> check.check(foreign.certificate()), JisrError.CERTIFICATE_WRONG_ISSUER).hasMessageContaining("not trusted");
        assertRefused(() -> check.check(foreign.chain()), JisrError.CERTIFICATE_WRONG_ISSUER);
    }

    @Test
    void anImpostorRootWithTheGccRootsNameButAnotherKeyIsRefusedAsWrongIssuer() {
        GccCertificateAuthority impostor = TestPki.rootCa();
        assertThat(impostor.rootCertificate().getSubjectX500Principal()).isEqualTo(ca.rootCertificate().getSubjectX500Principal());
        StateCredential forged = impostor.issue(GccState.SA, CertificateKind.TLS, TestPki.current());

        assertRefused(() -> check.check(forged.certificate()), JisrError.CERTIFICATE_WRONG_ISSUER);
        assertRefused(() -> check.check(forged.chain()), JisrError.CERTIFICATE_WRONG_ISSUER);
    }

    @Test
    void aCertificateNamingTheGccRootAndItsKeyIdentifierButSignedByAnotherKeyIsRefusedAsWrongIssuer() throws Exception {
        GccCertificateAuthority impostor = TestPki.rootCa();
        X509Certificate forged = signedBy(impostor.rootKey(), ca.rootCertificate(), "C=SA,O=GCC Jisr,OU=gateway,CN=jisr-sa-tls",
                TestPki.current());

        assertRefused(() -> check.check(forged), JisrError.CERTIFICATE_WRONG_ISSUER).hasMessageContaining("signature is not the GCC root's");
    }

    @Test
    void anExpiredCertificateFromAnUnrelatedAuthorityIsRefusedAsWrongIssuerFirst() {
        GccCertificateAuthority impostor = TestPki.rootCa();
        X509Certificate forged = impostor.issue(GccState.SA, CertificateKind.TLS, TestPki.expired()).certificate();

        assertRefused(() -> check.check(forged), JisrError.CERTIFICATE_WRONG_ISSUER);
    }

    @Test
    void theRootItselfIsNotAPartnerCertificate() {
        assertRefused(() -> check.check(ca.rootCertificate()), JisrError.CERTIFICATE_WRONG_ISSUER);
    }

    @Test
    void aRevokedCertificateIsRefusedOnceTheNewCrlIsPublished() {
        StateCredential revoked = ca.issue(GccState.AE, CertificateKind.TLS, TestPki.current());
        StateCredential sibling = ca.issue(GccState.AE, CertificateKind.SIGNING, TestPki.current());
        assertThat(check.check(revoked.certificate())).isEqualTo(GccState.AE);

        X509CRL next = ca.nextCrl(emptyCrl, List.of(new Revocation(revoked.serial(), NOW)), NOW, daysFromNow(7));
        PartnerCertificateCheck afterRevocation = new PartnerCertificateCheck(List.of(ca.rootCertificate()), List.of(next), CLOCK);

        assertRefused(() -> afterRevocation.check(revoked.chain()), JisrError.CERTIFICATE_REVOKED)
                .hasMessageContaining(revoked.serial().toString(16).toUpperCase());
        assertThat(afterRevocation.check(sibling.certificate())).as("only the revoked serial").isEqualTo(GccState.AE);
    }

    @Test
    void theNewestOfSeveralCrlsOfTheRootDecides() {
        StateCredential revoked = ca.issue(GccState.AE, CertificateKind.TLS, TestPki.current());
        X509CRL next = ca.nextCrl(emptyCrl, List.of(new Revocation(revoked.serial(), NOW)), NOW, daysFromNow(7));

        PartnerCertificateCheck both = new PartnerCertificateCheck(List.of(ca.rootCertificate()), List.of(next, emptyCrl), CLOCK);

        assertRefused(() -> both.check(revoked.certificate()), JisrError.CERTIFICATE_REVOKED);
    }

    @Test
    void aCertificateOfAnotherStateThanExpectedIsRefusedAsStateMismatch() {
        StateCredential kuwait = ca.issue(GccState.KW, CertificateKind.TLS, TestPki.current());

        assertRefused(() -> PartnerCertificateCheck.requireState(kuwait.certificate(), GccState.SA), JisrError.CERTIFICATE_STATE_MISMATCH)
                .hasMessageContaining("belongs to KW, not to SA");
        assertRefused(() -> check.checkFrom(GccState.SA, kuwait.chain()), JisrError.CERTIFICATE_STATE_MISMATCH);
        PartnerCertificateCheck.requireState(kuwait.certificate(), GccState.KW);
    }

    @Test
    void aCertificateOfTheRootThatNamesNoGccStateIsRefused() throws Exception {
        X509Certificate american = signedByRoot("C=US,O=GCC Jisr,OU=gateway,CN=jisr-us-tls");
        X509Certificate stateless = signedByRoot("O=GCC Jisr,OU=gateway,CN=jisr-tls");

        assertRefused(() -> check.check(american), JisrError.CERTIFICATE_WRONG_ISSUER).hasMessageContaining("US, which is not a GCC state");
        assertRefused(() -> check.check(stateless), JisrError.CERTIFICATE_WRONG_ISSUER).hasMessageContaining("exactly one state");
    }

    @Test
    void aCrlNotSignedByTheTrustedRootIsRefusedWhenTheCheckIsBuilt() {
        X509CRL impostorCrl = TestPki.rootCa().emptyCrl(NOW, daysFromNow(7));

        assertThatThrownBy(() -> new PartnerCertificateCheck(List.of(ca.rootCertificate()), List.of(impostorCrl), CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not signed by a trusted root");
        assertThatThrownBy(() -> new PartnerCertificateCheck(List.of(ca.rootCertificate()), List.of(), CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no CRL");
    }

    @Test
    void aCrlPastItsNextUpdateFailsClosedAsTheGatewaysOwnFault() {
        X509CRL stale = ca.emptyCrl(daysFromNow(-8), daysFromNow(-1));
        PartnerCertificateCheck withStaleCrl = new PartnerCertificateCheck(List.of(ca.rootCertificate()), List.of(stale), CLOCK);
        X509Certificate good = ca.issue(GccState.BH, CertificateKind.TLS, TestPki.current()).certificate();

        assertRefused(() -> withStaleCrl.check(good), JisrError.REVOCATION_UNKNOWN).hasMessageContaining("out of date");
    }

    @Test
    void aCertificateIsJudgedAtTheClocksTime() {
        X509Certificate certificate = ca.issue(GccState.OM, CertificateKind.TLS, TestPki.current()).certificate();
        X509CRL longLived = ca.emptyCrl(NOW, daysFromNow(1000));
        PartnerCertificateCheck nextYear = new PartnerCertificateCheck(List.of(ca.rootCertificate()), List.of(longLived),
                Clock.offset(CLOCK, Duration.ofDays(366)));

        assertRefused(() -> nextYear.check(certificate), JisrError.CERTIFICATE_EXPIRED);
    }

    @Test
    void aChainAcceptedBeforeIsRefusedOnceItHasExpired() {
        // The check remembers chains it has validated; validity must still be judged at every message's time.
        X509Certificate certificate = ca.issue(GccState.BH, CertificateKind.SIGNING,
                new CertificateValidity(daysFromNow(-1), daysFromNow(2))).certificate();
        MutableTestClock clock = new MutableTestClock(CLOCK.instant());
        PartnerCertificateCheck moving = new PartnerCertificateCheck(List.of(ca.rootCertificate()),
                List.of(ca.emptyCrl(NOW, daysFromNow(30))), clock);
        assertThat(moving.check(certificate)).isEqualTo(GccState.BH);
        assertThat(moving.check(certificate)).as("again, from memory").isEqualTo(GccState.BH);

        clock.now = clock.now.plus(Duration.ofDays(3));

        assertRefused(() -> moving.check(certificate), JisrError.CERTIFICATE_EXPIRED)
                .hasMessageContaining("expired at " + daysFromNow(2));
    }

    /** A clock the test moves. */
    private static final class MutableTestClock extends Clock {

        private java.time.Instant now;

        MutableTestClock(java.time.Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void aCertificateOutlivingItsExpiredRootIsRefusedAsExpired() throws Exception {
        GccCertificateAuthority shortLived = GccCertificateAuthority.createRoot(new CertificateValidity(daysFromNow(-30), daysFromNow(1)));
        // Our authority would not issue this; another tool might, and the root's end must still hold.
        X509Certificate outliving = signedBy(shortLived, "C=QA,O=GCC Jisr,OU=gateway,CN=jisr-qa-tls", TestPki.current());
        PartnerCertificateCheck later = new PartnerCertificateCheck(List.of(shortLived.rootCertificate()),
                List.of(shortLived.emptyCrl(NOW, daysFromNow(30))), Clock.offset(CLOCK, Duration.ofDays(2)));

        assertRefused(() -> later.check(outliving), JisrError.CERTIFICATE_EXPIRED).hasMessageContaining("The GCC root expired");
    }

    private X509Certificate signedByRoot(String subject) throws Exception {
        return signedBy(ca, subject, new CertificateValidity(daysFromNow(-1), daysFromNow(30)));
    }

    private static X509Certificate signedBy(GccCertificateAuthority issuer, String subject, CertificateValidity validity) throws Exception {
        return signedBy(issuer.rootKey(), issuer.rootCertificate(), subject, validity);
    }

    /** A certificate naming {@code claimedIssuer} (its name and key identifier) but signed with {@code signingKey}. */
    private static X509Certificate signedBy(PrivateKey signingKey, X509Certificate claimedIssuer, String subject,
                                            CertificateValidity validity) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        var builder = new JcaX509v3CertificateBuilder(claimedIssuer, BigInteger.valueOf(4242),
                Date.from(validity.notBefore()), Date.from(validity.notAfter()),
                X500Name.getInstance(new X500Principal(subject).getEncoded()), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(claimedIssuer));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.provider()).build(signingKey)));
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call, JisrError code) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(JisrException.class, e -> assertThat(e.error()).isEqualTo(code));
    }
}
