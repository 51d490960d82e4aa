package gcc.jisr.routes.trust;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.json.CanonicalJson;

import java.io.IOException;
import java.util.Objects;

/**
 * The sending side: accepts a receipt only if it is signed by a trusted gateway and states that the state the
 * envelope was sent to received exactly the bytes that were sent under that messageId. Whose certificate may sign
 * receipts of that state is the {@link SignerCertificateCheck}'s decision, made inside the signature check.
 */
public final class ReceiptCheck {

    private final EnvelopeSignatureCheck signatureCheck;

    public ReceiptCheck(EnvelopeSignatureCheck signatureCheck) {
        this.signatureCheck = Objects.requireNonNull(signatureCheck, "signatureCheck");
    }

    /**
     * @return the receipt, once its signature, message, receiver and digest all match
     * @throws JisrException {@link JisrError#SIGNATURE_MISSING} or {@link JisrError#SIGNATURE_INVALID} for the
     *                       receipt's own signature, the certificate check's code for its signer, and
     *                       {@link JisrError#PARTNER_PROTOCOL} for a readable, signed receipt that is not for
     *                       the envelope sent
     */
    public Receipt verify(SignedReceipt signed, SentEnvelope sent) {
        byte[] json = signed.json();
        signatureCheck.verify(json, signed.signature());
        Receipt receipt = read(json);
        if (!receipt.receiptFor().equals(sent.messageId())) {
            throw notForThis("it is for the message " + receipt.receiptFor() + ", not " + sent.messageId());
        }
        if (receipt.receivedBy() != sent.to()) {
            throw notForThis("it was issued by " + receipt.receivedBy() + ", the message went to " + sent.to());
        }
        if (!receipt.isFor(sent.exactBytes())) {
            throw notForThis("its digest " + receipt.digest() + " is not that of the bytes sent, "
                    + Receipt.digestOf(sent.exactBytes()));
        }
        return receipt;
    }

    private static Receipt read(byte[] json) {
        try {
            return CanonicalJson.mapper().readValue(json, Receipt.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new JisrException(JisrError.PARTNER_PROTOCOL, "The receipt is signed but cannot be read: " + e.getMessage());
        }
    }

    private static JisrException notForThis(String why) {
        return new JisrException(JisrError.PARTNER_PROTOCOL, "The receipt does not acknowledge the envelope sent: " + why);
    }
}
