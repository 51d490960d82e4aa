package gcc.jisr.gateway.soap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * A GCC root CA and the ECDSA P-256 certificates it issues, made with Bouncy Castle for tests, written as the PKCS#12
 * stores a gateway reads ({@code gcc-trust.p12}, {@code <state>-signing.p12}).
 */
final class TestGccPki {

    static final String PASSWORD = "test-pki-password";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final X500Name rootName;
    private final KeyPair rootKeys;
    private final X509Certificate root;

    private TestGccPki(String rootName) {
        this.rootName = new X500Name(rootName);
        rootKeys = p256();
        root = certificate(this.rootName, rootKeys, this.rootName, rootKeys.getPrivate(), true);
    }

    /** A root named like the GCC one; a second call makes an unrelated root with the same kind of name. */
    static TestGccPki create() {
        return new TestGccPki("CN=GCC Jisr Test Root CA,O=GCC,C=SA");
    }

    X509Certificate root() {
        return root;
    }

    String rootPem() {
        return pem(root);
    }

    /** A gateway signing key and its certificate, as {@code <state>-signing.p12} holds them. */
    Signer issueSigner(String state) {
        KeyPair keys = p256();
        X509Certificate certificate = certificate(new X500Name("CN=jisr-signing." + state.toLowerCase() + ",O=Jisr gateway,C=" + state),
                keys, rootName, rootKeys.getPrivate(), false);
        return new Signer(keys.getPrivate(), new X509Certificate[]{certificate, root});
    }

    /** Writes the trust store and the given state's signing store into {@code directory}; returns the directory. */
    String writeStores(Path directory, Signer signer, String state) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("gcc-root", root);
            store(trust, directory.resolve("gcc-trust.p12"));
            store(signer.keyStore(), directory.resolve(state.toLowerCase() + "-signing.p12"));
            return directory.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Signer(PrivateKey key, X509Certificate[] chain) {
        X509Certificate certificate() {
            return chain[0];
        }

        KeyStore keyStore() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("signing", key, PASSWORD.toCharArray(), chain.clone());
                return store;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String pem(Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void store(KeyStore store, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey, boolean ca) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(30))), subject, subjectKeys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
