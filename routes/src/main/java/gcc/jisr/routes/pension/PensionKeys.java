package gcc.jisr.routes.pension;

import gcc.jisr.contracts.GccState;

import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * The keys pension payloads are sealed with: each partner state's encryption key (from its certificate, issued by the
 * GCC CA for key agreement) and this gateway's own, to open what partners sealed to it. Held by the gateway.
 */
public interface PensionKeys {

    /** A partner's encryption key and the id that names it in a JWE header. */
    record Recipient(String keyId, ECPublicKey key) {
    }

    /**
     * @throws gcc.jisr.contracts.errors.JisrException STATE_NOT_SERVED when this gateway holds no encryption certificate
     *         of that state
     */
    Recipient recipient(GccState state);

    /** This gateway's own key-agreement key. */
    ECPrivateKey ownKey();
}
