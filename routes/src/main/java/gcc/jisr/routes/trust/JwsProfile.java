package gcc.jisr.routes.trust;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;
import java.security.PublicKey;
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

    private JwsProfile() {
    }

    static boolean isP256(PublicKey key) {
        return key instanceof ECPublicKey ec && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()));
    }
}
