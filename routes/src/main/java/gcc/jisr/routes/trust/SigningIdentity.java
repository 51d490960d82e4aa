package gcc.jisr.routes.trust;

import com.nimbusds.jose.util.Base64URL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * What a gateway signs with: its P-256 private key and the certificate chain that names it, leaf first, as it
 * travels in the {@code x5c} header. The chain is sent so that a receiver learns who signed without a lookup;
 * the receiver still validates it against the GCC root.
 */
public final class SigningIdentity {

    private static final byte[] PROBE = "jisr signing identity probe".getBytes(StandardCharsets.US_ASCII);

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final String keyId;

    public SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {
        if (privateKey == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A signing identity needs a private key and at least its own certificate");
        }
        if (chain.size() > JwsProfile.MAX_CHAIN_LENGTH) {
            throw new IllegalArgumentException("A chain of " + chain.size() + " certificates is longer than receivers accept ("
                    + JwsProfile.MAX_CHAIN_LENGTH + ")");
        }
        X509Certificate leaf = chain.get(0);
        if (!JwsProfile.isP256(leaf.getPublicKey())) {
            throw new IllegalArgumentException("The certificate " + leaf.getSubjectX500Principal() + " does not hold a P-256 key");
        }
        // A key store whose alias pairs a key with someone else's certificate would sign messages that every
        // partner refuses; find that out when the gateway starts, not from the partners.
        if (!keyMatchesCertificate(privateKey, leaf)) {
            throw new IllegalArgumentException("The private key does not belong to the certificate " + leaf.getSubjectX500Principal());
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.keyId = thumbprint(leaf);
    }

    /** Loads the key entry {@code alias} of a PKCS#12 file; the key and the store share the one password. */
    public static SigningIdentity fromPkcs12(Path file, String alias, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("The key store " + file + " holds no key under the alias '" + alias + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            return new SigningIdentity(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the signing key '" + alias + "' from " + file + ": " + e.getMessage(), e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** The chain leaf first, as it is sent in {@code x5c}. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The {@code kid}: base64url SHA-256 of the leaf certificate's DER, the same value as an {@code x5t#S256}
     * thumbprint, so that an operator can tell which of a gateway's certificates signed while keys roll over.
     */
    public String keyId() {
        return keyId;
    }

    private static boolean keyMatchesCertificate(PrivateKey key, X509Certificate certificate) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA", JwsProfile.CRYPTO);
            signer.initSign(key);
            signer.update(PROBE);
            byte[] probeSignature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA", JwsProfile.CRYPTO);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(PROBE);
            return verifier.verify(probeSignature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String thumbprint(X509Certificate certificate) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())).toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot encode the certificate " + certificate.getSubjectX500Principal(), e);
        }
    }
}
