package gcc.jisr.routes.trust;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SignatureTamperingProperties {

    private static final TestCertificateAuthority GCC_ROOT = TestCertificateAuthority.named("GCC Jisr Test Root");
    private static final EnvelopeSigner QATAR = new EnvelopeSigner(GCC_ROOT.issueGateway(GccState.QA));
    private static final EnvelopeSignatureCheck CHECK = new EnvelopeSignatureCheck(GCC_ROOT.trustingOnlyThisRoot());
    private static final byte[] ENVELOPE = SampleEnvelopes.civilIdVerification();
    private static final String ENVELOPE_JWS = QATAR.sign(ENVELOPE, SampleEnvelopes.MESSAGE_ID);

    @Property(tries = 300)
    void anyBitFlippedAnywhereInTheEnvelopeBreaksTheSignature(@ForAll("positionsInTheEnvelope") int position,
                                                             @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] tampered = ENVELOPE.clone();
        tampered[position] ^= (byte) flip;

        assertRefusedAsInvalid(tampered, ENVELOPE_JWS);
    }

    @Property(tries = 200)
    void anyBodyVerifiesAsSignedAndNotWithOneByteChanged(@ForAll @Size(min = 1, max = 2048) byte[] body,
                                                       @ForAll @IntRange(min = 0, max = 2047) int at,
                                                       @ForAll @IntRange(min = 1, max = 255) int flip) {
        String jws = QATAR.sign(body, "property-message");
        assertThat(CHECK.verify(body, jws)).isEqualTo(QATAR.certificate());

        byte[] tampered = body.clone();
        tampered[at % body.length] ^= (byte) flip;
        assertRefusedAsInvalid(tampered, jws);
    }

    @Property(tries = 100)
    void addingOrDroppingBytesBreaksTheSignature(@ForAll("lengthChanges") byte[] changed) {
        assertRefusedAsInvalid(changed, ENVELOPE_JWS);
    }

    @Property(tries = 300)
    void anyCharacterChangedInTheSignatureIsRefused(@ForAll("positionsInTheSignature") int position,
                                                                           @ForAll @IntRange(min = 1, max = 127) int flip) {
        char[] header = ENVELOPE_JWS.toCharArray();
        header[position] = (char) (header[position] ^ flip);
        String tampered = new String(header);

        JisrException refusal = catchThrowableOfType(() -> CHECK.verify(ENVELOPE, tampered), JisrException.class);
        assertThat(refusal).as("refusal of a tampered signature").isNotNull();
        assertThat(refusal.error()).isEqualTo(JisrError.SIGNATURE_INVALID);
    }

    @Property(tries = 300)
    void arbitraryTextAsASignatureIsRefusedWithASignatureCodeAndNothingElse(@ForAll String junk) {
        JisrException refusal = catchThrowableOfType(() -> CHECK.verify(ENVELOPE, junk), JisrException.class);

        assertThat(refusal).isNotNull();
        assertThat(refusal.error()).isIn(JisrError.SIGNATURE_INVALID, JisrError.SIGNATURE_MISSING);
    }

    @Provide
    Arbitrary<Integer> positionsInTheEnvelope() {
        return Arbitraries.integers().between(0, ENVELOPE.length - 1);
    }

    @Provide
    Arbitrary<Integer> positionsInTheSignature() {
        return Arbitraries.integers().between(0, ENVELOPE_JWS.length() - 1);
    }

    @Provide
    Arbitrary<byte[]> lengthChanges() {
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, ENVELOPE.length - 1)
                .map(length -> Arrays.copyOf(ENVELOPE, length));
        Arbitrary<byte[]> extended = Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
                Arbitraries.of(true, false)).as((extra, atEnd) -> {
                    byte[] longer = new byte[ENVELOPE.length + extra.length];
                    System.arraycopy(atEnd ? ENVELOPE : extra, 0, longer, 0, atEnd ? ENVELOPE.length : extra.length);
                    System.arraycopy(atEnd ? extra : ENVELOPE, 0, longer, atEnd ? ENVELOPE.length : extra.length,
                            atEnd ? extra.length : ENVELOPE.length);
                    return longer;
                });
        return Arbitraries.oneOf(truncated, extended);
    }

    private static void assertRefusedAsInvalid(byte[] body, String jws) {
        assertThatThrownBy(() -> CHECK.verify(body, jws))
                .isInstanceOf(JisrException.class)
                .satisfies(e -> assertThat(((JisrException) e).error()).isEqualTo(JisrError.SIGNATURE_INVALID));
    }
}
