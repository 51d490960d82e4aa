package gcc.jisr.routes.trust;

import gcc.jisr.contracts.GccState;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Jisr signature must verify with standard tools, not only with our own code (DESIGN.md). These tests check
 * ours with nothing but RFC 7515 and the JDK: no JOSE library, no Bouncy Castle.
 */
class IndependentVerificationTest {

    private static final TestCertificateAuthority GCC_ROOT = TestCertificateAuthority.named("GCC Jisr Test Root");
    private static final SigningIdentity OMAN = GCC_ROOT.issueGateway(GccState.OM);

    private final byte[] envelope = SampleEnvelopes.civilIdVerification();
    private final String jws = new EnvelopeSigner(OMAN).sign(envelope, SampleEnvelopes.MESSAGE_ID);

    @Test
    void theJdkAloneVerifiesOurSignatureWithTheKeyOfTheX5cLeaf() throws Exception {
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        jdk.initVerify(leafPublicKeyFromX5c(jws));
        jdk.update(HandMadeJws.signingInput(HandMadeJws.parts(jws).get(0), envelope));

        assertThat(jdk.verify(HandMadeJws.signatureBytes(jws))).isTrue();
    }

    @Test
    void theJdkRefusesOurSignatureOverOtherBytes() throws Exception {
        byte[] other = envelope.clone();
        other[other.length - 2] ^= 0x01;
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        jdk.initVerify(leafPublicKeyFromX5c(jws));
        jdk.update(HandMadeJws.signingInput(HandMadeJws.parts(jws).get(0), other));

        assertThat(jdk.verify(HandMadeJws.signatureBytes(jws))).isFalse();
    }

    @Test
    void theSignatureConvertedToDerVerifiesAsOpensslChecksIt() throws Exception {
        // openssl dgst -verify wants ASN.1 DER, not R || S: the conversion the auditor's guide describes.
        Signature plainEcdsa = Signature.getInstance("SHA256withECDSA", "SunEC");
        plainEcdsa.initVerify(leafPublicKeyFromX5c(jws));
        plainEcdsa.update(HandMadeJws.signingInput(HandMadeJws.parts(jws).get(0), envelope));

        assertThat(plainEcdsa.verify(HandMadeJws.rawToDer(HandMadeJws.signatureBytes(jws)))).isTrue();
    }

    @Test
    void aSignatureMadeByTheJdkAloneIsAcceptedByOurCheck() {
        Map<String, Object> header = HandMadeJws.header("ES256", OMAN.certificate(), GCC_ROOT.root());
        header.put("kid", OMAN.keyId());
        String handMade = HandMadeJws.es256(OMAN.privateKey(), header, envelope);

        X509Certificate signer = new EnvelopeSignatureCheck(GCC_ROOT.trustingOnlyThisRoot()).verify(envelope, handMade);

        assertThat(signer).isEqualTo(OMAN.certificate());
    }

    private static PublicKey leafPublicKeyFromX5c(String jws) throws Exception {
        List<?> x5c = (List<?>) HandMadeJws.decodeHeader(jws).get("x5c");
        byte[] leafDer = Base64.getDecoder().decode((String) x5c.get(0));
        X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509", "SUN")
                .generateCertificate(new ByteArrayInputStream(leafDer));
        return leaf.getPublicKey();
    }
}
