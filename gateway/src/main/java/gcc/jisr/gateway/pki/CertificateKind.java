package gcc.jisr.gateway.pki;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The two certificates each state's gateway holds. They are kept apart so that a key which signs evidence
 * (envelopes, receipts) is never exposed in TLS handshakes, and can be revoked on its own.
 */
public enum CertificateKind {
    /** Mutual TLS between gateways: serves as server and as client certificate. */
    TLS,
    /** Signatures over envelopes and receipts (JWS, WS-Security). */
    SIGNING,
    /**
     * Key agreement only (ECDH-ES): partners encrypt confidential payloads (pension records) to it, so that a hop
     * between the two gateways, or a log or archive on the way, sees ciphertext. Its own key, since neither the TLS
     * nor the signing certificate's key usage allows key agreement.
     */
    ENCRYPTION;

    /** The key-store alias, and the name used on the command line and in file names: {@code tls}, {@code signing}. */
    public String alias() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CertificateKind> fromAlias(String alias) {
        return Arrays.stream(values()).filter(k -> k.alias().equals(alias)).findFirst();
    }
}
