package gcc.jisr.gateway.soap;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.config.JisrProperties;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Optional;

/**
 * This gateway's signing key and the GCC trust anchors as WSS4J sees them: Merlin crypto over the PKCS#12 stores of
 * {@code jisr.trust}, loaded here rather than described in a properties file, so that there is one source of truth
 * for where the stores are and what their password is.
 */
public final class WsSecurityKeys {

    /** The alias of the private key entry in {@code <state>-signing.p12}. */
    public static final String SIGNING_ALIAS = "signing";

    private static final Logger LOG = LoggerFactory.getLogger(WsSecurityKeys.class);

    private final Crypto signing;
    private final Crypto verification;
    private final String password;

    private WsSecurityKeys(Crypto signing, Crypto verification, String password) {
        this.signing = signing;
        this.verification = verification;
        this.password = password;
    }

    /**
     * Reads the stores. A missing store is tolerated only while {@code create-development-pki} is on (the development
     * PKI may not be there yet): messages then go unsigned, signed requests cannot be verified, and a WARN says so.
     */
    public static WsSecurityKeys load(GccState state, JisrProperties.Trust trust) {
        char[] password = trust.password().toCharArray();
        KeyStore signingStore = read(trust.signingKeyStore(state), password, trust.createDevelopmentPki(),
                "SOAP responses leave this gateway unsigned");
        KeyStore trustStore = read(trust.trustStore(), password, trust.createDevelopmentPki(),
                "signed SOAP requests cannot be verified and are refused");
        Merlin signing = null;
        if (signingStore != null) {
            requirePrivateKey(signingStore, trust.signingKeyStore(state));
            signing = merlin(signingStore, null);
        }
        Merlin verification = null;
        if (trustStore != null) {
            requireCertificates(trustStore, trust.trustStore());
            verification = merlin(null, trustStore);
        }
        return new WsSecurityKeys(signing, verification, trust.password());
    }

    /** The crypto that signs this gateway's messages, if its signing key store exists. */
    public Optional<Crypto> signing() {
        return Optional.ofNullable(signing);
    }

    /** The crypto that checks a signer's certificate against the GCC trust anchors, if the trust store exists. */
    public Optional<Crypto> verification() {
        return Optional.ofNullable(verification);
    }

    /** Hands WSS4J the password of the signing key when it asks for it by alias. */
    public CallbackHandler signingKeyPassword() {
        return callbacks -> {
            for (var callback : callbacks) {
                if (!(callback instanceof WSPasswordCallback passwordCallback)) {
                    throw new UnsupportedCallbackException(callback);
                }
                if (SIGNING_ALIAS.equals(passwordCallback.getIdentifier())) {
                    passwordCallback.setPassword(password);
                }
            }
        };
    }

    private static Merlin merlin(KeyStore keyStore, KeyStore trustStore) {
        Merlin merlin = new Merlin();
        merlin.setKeyStore(keyStore);
        merlin.setTrustStore(trustStore);
        // Certificates of incoming signatures are parsed and chained by Bouncy Castle, as the signatures are checked.
        merlin.setCryptoProvider(BouncyCastleProvider.PROVIDER_NAME);
        return merlin;
    }

    private static KeyStore read(Path file, char[] password, boolean developmentPki, String consequence) {
        if (!Files.isRegularFile(file)) {
            if (developmentPki) {
                LOG.warn("no key store at {}: {} until the development PKI is created there", file, consequence);
                return null;
            }
            throw new IllegalStateException("the key store " + file + " is missing and jisr.trust.create-development-pki is false");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key store " + file + " with the password of jisr.trust.password", e);
        }
    }

    private static void requirePrivateKey(KeyStore store, Path file) {
        try {
            if (!store.isKeyEntry(SIGNING_ALIAS) || store.getCertificate(SIGNING_ALIAS) == null) {
                throw new IllegalStateException(file + " holds no private key with its certificate under the alias \"" + SIGNING_ALIAS + "\"");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key store " + file, e);
        }
    }

    private static void requireCertificates(KeyStore store, Path file) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias)) {
                    return;
                }
            }
            throw new IllegalStateException(file + " holds no trusted certificate");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key store " + file, e);
        }
    }
}
