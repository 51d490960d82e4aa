package gcc.jisr.routes.trust;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.interfaces.ECPublicKey;

/**
 * The narrow slice of JWS that Jisr gateways produce and accept. One algorithm only (ES256): a verifier that
 * takes its algorithm from the header it is verifying is how "none" and HS256-with-the-public-key forgeries
 * get in. The payload is always detached and base64url-encoded in the signing input (no RFC 7797 {@code b64}),
 * and nothing is marked critical, so that every JOSE library and a shell with openssl can check a signature.
 */
public final class JwsProfile {

    /** The HTTP header that carries an envelope's or a receipt's detached JWS next to its body. */
    public static final String HTTP_HEADER = "Jisr-Signature";

    /** Protected header parameter naming the signed envelope's messageId, so that a JWS found alone in a log can be matched. */
    public static final String MESSAGE_ID_PARAMETER = "jisr.msg";

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;

    /** An x5c chain of three P-256 certificates is about 3 KB; anything far larger is not from a gateway. */
    static final int MAX_SIGNATURE_LENGTH = 16 * 1024;

    static final int MAX_CHAIN_LENGTH = 5;

    /**
     * ECDSA runs on Bouncy Castle's provider: on this hardware JDK 17's own P-256 is about 7x slower to sign and
     * 15x slower to verify (DESIGN.md). The provider is handed to each operation rather than registered, so that
     * loading this class changes nothing for the rest of the JVM.
     */
    static final Provider CRYPTO = new BouncyCastleProvider();

    /** Base64url without padding, as JWS wants it (RFC 7515 section 2). */
    static final java.util.Base64.Encoder BASE64URL = java.util.Base64.getUrlEncoder().withoutPadding();

    private JwsProfile() {
    }

    /**
     * The same key as one of Bouncy Castle's own. Handed a key of the JDK's provider, Bouncy Castle rebuilds the
     * curve for every operation and loses its precomputed tables: measured here, signing and verifying took about
     * 10x longer (0.6 ms instead of tens of microseconds).
     */
    static PrivateKey inProvider(PrivateKey key) {
        try {
            return KeyFactory.getInstance(key.getAlgorithm(), CRYPTO).generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The key cannot be used with Bouncy Castle: " + e.getMessage(), e);
        }
    }

    /** @see #inProvider(PrivateKey) */
    static ECPublicKey inProvider(PublicKey key) {
        try {
            return (ECPublicKey) KeyFactory.getInstance(key.getAlgorithm(), CRYPTO).generatePublic(new X509EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("The key cannot be used with Bouncy Castle: " + e.getMessage(), e);
        }
    }

    static boolean isP256(PublicKey key) {
        return key instanceof ECPublicKey ec && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()));
    }
}
