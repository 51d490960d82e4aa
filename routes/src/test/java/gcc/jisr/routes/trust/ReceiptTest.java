package gcc.jisr.routes.trust;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptTest {

    private static final TestCertificateAuthority GCC_ROOT = TestCertificateAuthority.named("GCC Jisr Test Root");
    private static final SigningIdentity SAUDI = GCC_ROOT.issueGateway(GccState.SA);
    private static final Instant RECEIVED = Instant.parse("2025-06-01T09:30:01.234567Z");
    private static final ReceiptIssuer SAUDI_RECEIPTS =
            new ReceiptIssuer(new EnvelopeSigner(SAUDI), GccState.SA, Clock.fixed(RECEIVED, ZoneOffset.UTC));
    private static final ReceiptCheck KUWAIT_RECEIPT_CHECK =
            new ReceiptCheck(new EnvelopeSignatureCheck(GCC_ROOT.trustingOnlyThisRoot()));

    private final byte[] sentBytes = SampleEnvelopes.civilIdVerification();
    private final SentEnvelope sent = new SentEnvelope(SampleEnvelopes.MESSAGE_ID, GccState.SA, sentBytes);

    @Test
    void aReceiptForTheBytesSentIsAcceptedBySender() {
        SignedReceipt signed = SAUDI_RECEIPTS.issue(SampleEnvelopes.MESSAGE_ID, sentBytes.clone());

        Receipt receipt = KUWAIT_RECEIPT_CHECK.verify(signed, sent);

        assertThat(receipt.receiptFor()).isEqualTo(SampleEnvelopes.MESSAGE_ID);
        assertThat(receipt.receivedBy()).isEqualTo(GccState.SA);
        assertThat(receipt.receivedAt()).isEqualTo(Instant.parse("2025-06-01T09:30:01.234Z"));
        assertThat(receipt.digest()).isEqualTo(Receipt.digestOf(sentBytes));
    }

    @Test
    void theReceiptIsJsonWithItsMembersInAFixedOrder() {
        SignedReceipt signed = SAUDI_RECEIPTS.issue(SampleEnvelopes.MESSAGE_ID, sentBytes);

        assertThat(new String(signed.json(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"receiptFor\":\"" + SampleEnvelopes.MESSAGE_ID + "\",\"digest\":\"" + Receipt.digestOf(sentBytes)
                        + "\",\"receivedAt\":\"2025-06-01T09:30:01.234Z\",\"receivedBy\":\"SA\"}");
        assertThat(HandMadeJws.decodeHeader(signed.signature())).containsEntry("alg", "ES256").containsKey("x5c");
    }

    @Test
    void theDigestIsSha256OfTheExactBytesInBase64url() {
        // FIPS 180-2 test vector: SHA-256("abc") = ba7816bf 8f01cfea ... f20015ad.
        assertThat(Receipt.digestOf("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha-256:ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }

    @Test
    void aReceiptForOtherBytesUnderTheSameMessageIdIsRefused() {
        byte[] otherBytes = new String(sentBytes, StandardCharsets.UTF_8).replace("1012345678", "1012345679")
                .getBytes(StandardCharsets.UTF_8);
        SignedReceipt forOtherBytes = SAUDI_RECEIPTS.issue(SampleEnvelopes.MESSAGE_ID, otherBytes);

        assertRefused(() -> KUWAIT_RECEIPT_CHECK.verify(forOtherBytes, sent), JisrError.PARTNER_PROTOCOL, "digest");
    }

    @Test
    void aReceiptForAnotherMessageIsRefused() {
        SignedReceipt forAnotherMessage = SAUDI_RECEIPTS.issue("01890a5d-ac96-774b-bcce-b302099a0000", sentBytes);

        assertRefused(() -> KUWAIT_RECEIPT_CHECK.verify(forAnotherMessage, sent), JisrError.PARTNER_PROTOCOL, "message");
    }

    @Test
    void aReceiptFromAnotherStateThanTheOneSentToIsRefused() {
        ReceiptIssuer bahrain = new ReceiptIssuer(new EnvelopeSigner(GCC_ROOT.issueGateway(GccState.BH)), GccState.BH, Clock.systemUTC());

        assertRefused(() -> KUWAIT_RECEIPT_CHECK.verify(bahrain.issue(SampleEnvelopes.MESSAGE_ID, sentBytes), sent),
                JisrError.PARTNER_PROTOCOL, "BH");
    }

    @Test
    void anAlteredReceiptIsRefusedByItsSignature() {
        SignedReceipt signed = SAUDI_RECEIPTS.issue(SampleEnvelopes.MESSAGE_ID, sentBytes);
        byte[] backdated = new String(signed.json(), StandardCharsets.UTF_8).replace("2025-06-01T09:30", "2025-05-01T09:30")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> KUWAIT_RECEIPT_CHECK.verify(new SignedReceipt(backdated, signed.signature()), sent),
                JisrError.SIGNATURE_INVALID, "does not verify");
    }

    @Test
    void anUnsignedReceiptIsRefusedAsMissingItsSignature() {
        SignedReceipt signed = SAUDI_RECEIPTS.issue(SampleEnvelopes.MESSAGE_ID, sentBytes);

        assertRefused(() -> KUWAIT_RECEIPT_CHECK.verify(new SignedReceipt(signed.json(), null), sent),
                JisrError.SIGNATURE_MISSING, "no");
    }

    @Test
    void aSignedDocumentThatIsNotAReceiptIsRefused() {
        byte[] notAReceipt = "{\"receiptFor\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        SignedReceipt signed = new SignedReceipt(notAReceipt, new EnvelopeSigner(SAUDI).sign(notAReceipt));

        assertRefused(() -> KUWAIT_RECEIPT_CHECK.verify(signed, sent), JisrError.PARTNER_PROTOCOL, "cannot be read");
    }

    private static void assertRefused(ThrowingCallable check, JisrError expected, String detail) {
        assertThatThrownBy(check).isInstanceOf(JisrException.class)
                .hasMessageContaining(detail)
                .satisfies(e -> assertThat(((JisrException) e).error()).isEqualTo(expected));
    }
}
