package gcc.jisr.gateway.pki;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;
import java.security.Security;

/**
 * The Bouncy Castle provider, registered once for the whole JVM. Jisr signs and verifies with it rather than
 * with the JDK's own ECDSA, which measured about seven times slower on P-256 (DESIGN.md). It is appended, not
 * preferred, so JSSE and everything else keep their default providers.
 */
public final class BouncyCastle {

    public static final String PROVIDER = BouncyCastleProvider.PROVIDER_NAME;

    private BouncyCastle() {
    }

    public static synchronized Provider provider() {
        Provider registered = Security.getProvider(PROVIDER);
        if (registered != null) {
            return registered;
        }
        Provider provider = new BouncyCastleProvider();
        Security.addProvider(provider);
        return provider;
    }
}
