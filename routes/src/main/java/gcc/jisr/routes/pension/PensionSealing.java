package gcc.jisr.routes.pension;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;

import java.text.ParseException;
import java.util.Objects;
import java.util.zip.Deflater;

/**
 * Seals the content of a pension part to the receiving state's encryption key, and opens what was sealed to this
 * gateway: JWE (RFC 7516) in compact form, ECDH-ES+A256KW with A256GCM, so that any JOSE library opens it with the
 * receiver's key. The header names the message and the part ({@code jisr-of}, {@code jisr-part}); it is integrity-
 * protected with the content, so a sealed part cannot be moved into another message or place unnoticed.
 */
public final class PensionSealing {

    static final String OF = "jisr-of";
    static final String PART = "jisr-part";

    private final PensionKeys keys;

    public PensionSealing(PensionKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public String seal(byte[] content, GccState to, String of, int index) {
        PensionKeys.Recipient recipient = keys.recipient(to);
        // Compressed before it is encrypted (RFC 7516 "zip"): records repeat their field names and institutions, and
        // every byte saved is a byte less to encrypt, sign, archive, send and store on both sides. The content of a
        // part comes from one institution, so no secret of one party is compressed beside another's guesses. Level 1:
        // the fastest, and most of what DEFLATE saves on records is their repeated names, which any level finds.
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256GCM)
                .compressionAlgorithm(CompressionAlgorithm.DEF)
                .keyID(recipient.keyId())
                .customParam(OF, of)
                .customParam(PART, index)
                .build();
        JWEObject jwe = new JWEObject(header, new Payload(content));
        try {
            jwe.encrypt(new LevelledDeflateEncrypter(recipient.key(), Deflater.BEST_SPEED));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot seal to the " + to + " encryption key", e);
        }
        return jwe.serialize();
    }

    /**
     * @throws JisrException SCHEMA when the part was not sealed to this gateway's key, was altered, or names another
     *                       message or place than the one it travels as
     */
    public byte[] open(String sealed, String of, int index) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            JWEHeader header = jwe.getHeader();
            if (!JWEAlgorithm.ECDH_ES_A256KW.equals(header.getAlgorithm()) || !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())) {
                throw new JisrException(JisrError.SCHEMA, "a pension part is sealed with ECDH-ES+A256KW and A256GCM only");
            }
            if (!of.equals(header.getCustomParam(OF)) || !(header.getCustomParam(PART) instanceof Number part)
                    || part.intValue() != index) {
                throw new JisrException(JisrError.SCHEMA, "the sealed part names another message or place than " + of + "/" + index);
            }
            jwe.decrypt(new ECDHDecrypter(keys.ownKey()));
            return jwe.getPayload().toBytes();
        } catch (ParseException e) {
            throw new JisrException(JisrError.SCHEMA, "the sealed part is not a JWE in compact form");
        } catch (JOSEException e) {
            throw new JisrException(JisrError.SCHEMA, "the sealed part does not open with this gateway's encryption key");
        }
    }
}
