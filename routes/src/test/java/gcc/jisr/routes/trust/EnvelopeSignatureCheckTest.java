package gcc.jisr.routes.trust;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeSignatureCheckTest {

    private static final TestCertificateAuthority GCC_ROOT = TestCertificateAuthority.named("GCC Jisr Test Root");
    private static final SigningIdentity KUWAIT = GCC_ROOT.issueGateway(GccState.KW);
    private static final EnvelopeSigner KUWAIT_SIGNER = new EnvelopeSigner(KUWAIT);
    private static final EnvelopeSignatureCheck SAUDI_CHECK = new EnvelopeSignatureCheck(GCC_ROOT.trustingOnlyThisRoot());

    private final byte[] envelope = SampleEnvelopes.civilIdVerification();

    @Test
    void aSignedEnvelopeVerifiesOverItsExactBytesAndNamesItsSigner() {
        String jws = KUWAIT_SIGNER.sign(envelope, SampleEnvelopes.MESSAGE_ID);

        X509Certificate signer = SAUDI_CHECK.verify(envelope, jws);

        assertThat(signer).isEqualTo(KUWAIT.certificate());
        assertThat(signer.getSubjectX500Principal().getName()).contains("C=KW");
    }

    @Test
    void theSignatureIsADetachedCompactJwsWhoseHeaderNamesAlgorithmChainKeyAndMessage() throws Exception {
        String jws = KUWAIT_SIGNER.sign(envelope, SampleEnvelopes.MESSAGE_ID);

        List<String> parts = HandMadeJws.parts(jws);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(1)).as("payload part of a detached JWS").isEmpty();
        assertThat(HandMadeJws.signatureBytes(jws)).as("ES256 R || S").hasSize(64);
        Map<String, Object> header = HandMadeJws.decodeHeader(jws);
        assertThat(header).containsOnlyKeys("alg", "x5c", "kid", "jisr.msg");
        assertThat(header.get("alg")).isEqualTo("ES256");
        assertThat(header.get("jisr.msg")).isEqualTo(SampleEnvelopes.MESSAGE_ID);
        assertThat(header.get("kid")).isEqualTo(KUWAIT.keyId());
        assertThat(header.get("x5c")).isEqualTo(List.of(
                java.util.Base64.getEncoder().encodeToString(KUWAIT.certificate().getEncoded()),
                java.util.Base64.getEncoder().encodeToString(GCC_ROOT.root().getEncoded())));
    }

    @Test
    void bytesThatAreNotAnEnvelopeAreSignedWithoutAMessageId() {
        byte[] receiptLike = "{\"receiptFor\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        String jws = KUWAIT_SIGNER.sign(receiptLike);

        assertThat(HandMadeJws.decodeHeader(jws)).containsOnlyKeys("alg", "x5c", "kid");
        assertThat(SAUDI_CHECK.verify(receiptLike, jws)).isEqualTo(KUWAIT.certificate());
    }

    @Test
    void oneChangedByteInTheBodyIsRefusedAsAnInvalidSignature() {
        String jws = KUWAIT_SIGNER.sign(envelope, SampleEnvelopes.MESSAGE_ID);
        byte[] tampered = envelope.clone();
        int civilIdDigit = new String(envelope, StandardCharsets.UTF_8).indexOf("1012345678") + 9;
        tampered[civilIdDigit] = '9';

        assertRefused(() -> SAUDI_CHECK.verify(tampered, jws), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void theSameJsonReformattedIsNoLongerWhatWasSigned() {
        String jws = KUWAIT_SIGNER.sign(envelope, SampleEnvelopes.MESSAGE_ID);
        byte[] reformatted = new String(envelope, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> SAUDI_CHECK.verify(reformatted, jws), JisrError.SIGNATURE_INVALID);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingOrBlankSignatureIsRefusedAsMissing(String signatureHeader) {
        assertRefused(() -> SAUDI_CHECK.verify(envelope, signatureHeader), JisrError.SIGNATURE_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jws", "a.b", "..", "a..b..c", "e30..c2ln", "eyJhbGciOiJFUzI1NiJ9..", "!!!..###",
            "e30=..c2ln", "e30...c2ln", "e30..c2l n", "e3+/..c2ln", "..c2ln"})
    void somethingThatIsNotADetachedJwsIsRefusedAsInvalid(String signatureHeader) {
        assertRefused(() -> SAUDI_CHECK.verify(envelope, signatureHeader), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void aJwsThatCarriesAPayloadOfItsOwnIsRefused() {
        String detached = KUWAIT_SIGNER.sign(envelope, SampleEnvelopes.MESSAGE_ID);
        List<String> parts = HandMadeJws.parts(detached);
        String attached = parts.get(0) + "." + HandMadeJws.base64url(envelope) + "." + parts.get(2);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, attached), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void algNoneIsRefused() {
        Map<String, Object> header = HandMadeJws.header("none", KUWAIT.certificate(), GCC_ROOT.root());
        String unsecured = HandMadeJws.encodeHeader(header) + "..";
        String unsecuredWithJunk = HandMadeJws.encodeHeader(header) + ".." + HandMadeJws.base64url(new byte[64]);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, unsecured), JisrError.SIGNATURE_INVALID);
        assertRefused(() -> SAUDI_CHECK.verify(envelope, unsecuredWithJunk), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void hs256KeyedWithTheSignersPublicCertificateIsRefused() throws Exception {
        // The classic key confusion: a verifier that trusts the header's alg would take the public key as an HMAC secret.
        Map<String, Object> header = HandMadeJws.header("HS256", KUWAIT.certificate(), GCC_ROOT.root());
        String withPublicKey = HandMadeJws.hs256(KUWAIT.certificate().getPublicKey().getEncoded(), header, envelope);
        String withCertificate = HandMadeJws.hs256(KUWAIT.certificate().getEncoded(), header, envelope);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, withPublicKey), JisrError.SIGNATURE_INVALID);
        assertRefused(() -> SAUDI_CHECK.verify(envelope, withCertificate), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void anotherEcdsaAlgorithmThanEs256IsRefused() {
        KeyPair p384 = TestCertificateAuthority.newKeyPair("secp384r1");
        Map<String, Object> header = HandMadeJws.header("ES384", KUWAIT.certificate(), GCC_ROOT.root());
        String es384 = HandMadeJws.es256(p384.getPrivate(), header, envelope);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, es384), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureByAnotherKeyUnderTheSignersCertificateIsRefused() {
        SigningIdentity impostor = GCC_ROOT.issueGateway(GccState.KW);
        // Signed by the impostor's key, but claiming Kuwait's genuine, trusted certificate chain.
        Map<String, Object> header = HandMadeJws.header("ES256", KUWAIT.certificate(), GCC_ROOT.root());
        String forged = HandMadeJws.es256(impostor.privateKey(), header, envelope);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, forged), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureWithTheChainOfAnotherSignatureIsRefused() {
        SigningIdentity bahrain = GCC_ROOT.issueGateway(GccState.BH);
        String byBahrain = new EnvelopeSigner(bahrain).sign(envelope, SampleEnvelopes.MESSAGE_ID);
        String byKuwait = KUWAIT_SIGNER.sign(envelope, SampleEnvelopes.MESSAGE_ID);
        String bahrainsSignatureUnderKuwaitsHeader = HandMadeJws.parts(byKuwait).get(0) + ".." + HandMadeJws.parts(byBahrain).get(2);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, bahrainsSignatureUnderKuwaitsHeader), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureWithoutACertificateChainIsRefused() {
        Map<String, Object> header = new java.util.LinkedHashMap<>(Map.of("alg", "ES256", "kid", KUWAIT.keyId()));
        String withoutChain = HandMadeJws.es256(KUWAIT.privateKey(), header, envelope);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, withoutChain), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void anUnencodedPayloadOrACriticalParameterIsRefusedEvenWhenCorrectlySigned() {
        Map<String, Object> unencoded = HandMadeJws.header("ES256", KUWAIT.certificate(), GCC_ROOT.root());
        unencoded.put("b64", false);
        unencoded.put("crit", List.of("b64"));
        Map<String, Object> critical = HandMadeJws.header("ES256", KUWAIT.certificate(), GCC_ROOT.root());
        critical.put("jisr.msg", SampleEnvelopes.MESSAGE_ID);
        critical.put("crit", List.of("jisr.msg"));

        assertRefused(() -> SAUDI_CHECK.verify(envelope, HandMadeJws.es256(KUWAIT.privateKey(), unencoded, envelope)),
                JisrError.SIGNATURE_INVALID);
        assertRefused(() -> SAUDI_CHECK.verify(envelope, HandMadeJws.es256(KUWAIT.privateKey(), critical, envelope)),
                JisrError.SIGNATURE_INVALID);
    }

    @Test
    void aChainTheCertificateCheckDoesNotTrustIsRefusedWithTheChecksOwnCode() {
        TestCertificateAuthority rogue = TestCertificateAuthority.named("Rogue Root");
        String byRogue = new EnvelopeSigner(rogue.issueGateway(GccState.KW)).sign(envelope, SampleEnvelopes.MESSAGE_ID);

        assertRefused(() -> SAUDI_CHECK.verify(envelope, byRogue), JisrError.CERTIFICATE_WRONG_ISSUER);
    }

    @Test
    void aCheckThatAcceptsAnotherCertificateThanTheSignersRefusesTheSignature() {
        // A check that pins Bahrain's certificate: Kuwait's signature, though genuine and from a trusted chain, is not Bahrain's.
        X509Certificate bahrain = GCC_ROOT.issueGateway(GccState.BH).certificate();
        EnvelopeSignatureCheck pinnedToBahrain = new EnvelopeSignatureCheck(chain -> bahrain);

        assertRefused(() -> pinnedToBahrain.verify(envelope, KUWAIT_SIGNER.sign(envelope, SampleEnvelopes.MESSAGE_ID)),
                JisrError.SIGNATURE_INVALID);
    }

    @Test
    void anOversizedSignatureHeaderIsRefusedBeforeParsing() {
        String huge = "e".repeat(JwsProfile.MAX_SIGNATURE_LENGTH) + "..AAAA";

        assertRefused(() -> SAUDI_CHECK.verify(envelope, huge), JisrError.SIGNATURE_INVALID);
    }

    @Test
    void oneSignerAndOneCheckServeManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String messageId = "m-" + i;
                byte[] body = ("{\"messageId\":\"" + messageId + "\",\"payload\":{\"n\":" + i + "}}").getBytes(StandardCharsets.UTF_8);
                work.add(() -> KUWAIT.certificate().equals(SAUDI_CHECK.verify(body, KUWAIT_SIGNER.sign(body, messageId))));
            }
            for (Future<Boolean> result : pool.invokeAll(work)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable verification, JisrError expected) {
        assertThatThrownBy(verification)
                .isInstanceOf(JisrException.class)
                .satisfies(e -> assertThat(((JisrException) e).error()).isEqualTo(expected));
    }
}
