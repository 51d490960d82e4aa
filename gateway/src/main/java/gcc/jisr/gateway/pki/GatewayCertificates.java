package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.files.OwnerOnlyFiles;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The PKI directory: the files the {@code pki} command writes and a gateway reads. Key stores are PKCS#12,
 * all protected by one password.
 * <pre>
 * root-ca.p12            the root's key and certificate (alias {@code root}); only the pki command needs it
 * gcc-root.pem           the root certificate
 * gcc-trust.p12          trust store holding the root (alias {@code gcc-root})
 * gcc.crl.pem            the current revocation list
 * kw-tls.p12             Kuwait's TLS key and chain (alias {@code tls}), likewise for every state
 * kw-signing.p12         Kuwait's signing key and chain (alias {@code signing})
 * kw-encryption.p12      Kuwait's key-agreement key and chain (alias {@code encryption})
 * kw-encryption.pem      Kuwait's encryption certificate and the root, for the partners that encrypt to Kuwait
 * </pre>
 */
public final class GatewayCertificates {

    /** The development password. Anything beyond a developer's machine must pass its own. */
    public static final String DEFAULT_PASSWORD = "changeit";

    public static final String ROOT_ALIAS = "root";
    public static final String TRUSTED_ROOT_ALIAS = "gcc-root";

    private final Path directory;
    private final char[] password;

    public GatewayCertificates(Path directory, char[] password) {
        this.directory = directory;
        this.password = password.clone();
    }

    public Path directory() {
        return directory;
    }

    public Path rootKeyStoreFile() {
        return directory.resolve("root-ca.p12");
    }

    public Path rootCertificateFile() {
        return directory.resolve("gcc-root.pem");
    }

    public Path trustStoreFile() {
        return directory.resolve("gcc-trust.p12");
    }

    public Path crlFile() {
        return directory.resolve("gcc.crl.pem");
    }

    public Path keyStoreFile(GccState state, CertificateKind kind) {
        return directory.resolve(state.code().toLowerCase(Locale.ROOT) + "-" + kind.alias() + ".p12");
    }

    /** A state's encryption certificate chain in PEM: public, handed to the partners that encrypt to that state. */
    public Path encryptionCertificateFile(GccState state) {
        return directory.resolve(state.code().toLowerCase(Locale.ROOT) + "-" + CertificateKind.ENCRYPTION.alias() + ".pem");
    }

    /** The certificates of a PEM file, in order (leaf first). */
    public static List<X509Certificate> loadCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable certificates in " + file, e);
        }
    }

    public boolean hasAuthority() {
        return Files.exists(rootKeyStoreFile());
    }

    public boolean hasCredential(GccState state, CertificateKind kind) {
        return Files.exists(keyStoreFile(state, kind));
    }

    /** Writes the root's key store, its certificate in PEM and the trust store that holds it. */
    public void writeAuthority(GccCertificateAuthority authority) {
        X509Certificate root = authority.rootCertificate();
        KeyStore keys = emptyKeyStore();
        KeyStore trust = emptyKeyStore();
        try {
            keys.setKeyEntry(ROOT_ALIAS, authority.rootKey(), password, new Certificate[]{root});
            trust.setCertificateEntry(TRUSTED_ROOT_ALIAS, root);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the root", e);
        }
        store(keys, rootKeyStoreFile());
        store(trust, trustStoreFile());
        write(rootCertificateFile(), pem(root));
    }

    public GccCertificateAuthority loadAuthority() {
        KeyStore keys = load(rootKeyStoreFile());
        try {
            Key key = keys.getKey(ROOT_ALIAS, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new IllegalStateException(rootKeyStoreFile() + " holds no private key under alias " + ROOT_ALIAS);
            }
            return GccCertificateAuthority.of(privateKey, (X509Certificate) keys.getCertificate(ROOT_ALIAS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the root key from " + rootKeyStoreFile(), e);
        }
    }

    public void writeCredential(StateCredential credential) {
        KeyStore keys = emptyKeyStore();
        try {
            keys.setKeyEntry(credential.kind().alias(), credential.privateKey(), password,
                    credential.chain().toArray(Certificate[]::new));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the " + credential.kind().alias() + " key of " + credential.state(), e);
        }
        store(keys, keyStoreFile(credential.state(), credential.kind()));
        if (credential.kind() == CertificateKind.ENCRYPTION) {
            write(encryptionCertificateFile(credential.state()), pem(credential.certificate()) + pem(credential.root()));
        }
    }

    public StateCredential loadCredential(GccState state, CertificateKind kind) {
        Path file = keyStoreFile(state, kind);
        KeyStore keys = load(file);
        try {
            Key key = keys.getKey(kind.alias(), password);
            Certificate[] chain = keys.getCertificateChain(kind.alias());
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length < 2) {
                throw new IllegalStateException(file + " holds no key with its chain under alias " + kind.alias());
            }
            return new StateCredential(state, kind, privateKey, (X509Certificate) chain[0], (X509Certificate) chain[chain.length - 1]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key in " + file, e);
        }
    }

    /** The key store as the JDK (and Spring Boot's SSL bundles) read it: for TLS key managers and signers. */
    public KeyStore loadKeyStore(GccState state, CertificateKind kind) {
        return load(keyStoreFile(state, kind));
    }

    public KeyStore loadTrustStore() {
        return load(trustStoreFile());
    }

    public X509Certificate loadRootCertificate() {
        try (InputStream in = Files.newInputStream(rootCertificateFile())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable root certificate " + rootCertificateFile(), e);
        }
    }

    /** Replaces the CRL in one step, so that a gateway reading it never sees half a file. */
    public void writeCrl(X509CRL crl) {
        write(crlFile(), pem(crl));
    }

    public X509CRL loadCrl() {
        try (InputStream in = Files.newInputStream(crlFile())) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable CRL " + crlFile(), e);
        }
    }

    /** The partner check as of the files now on disk: the root of {@code gcc-root.pem} and the CRL of {@code gcc.crl.pem}. */
    public PartnerCertificateCheck partnerCheck(Clock clock) {
        return new PartnerCertificateCheck(List.of(loadRootCertificate()), List.of(loadCrl()), clock);
    }

    /** PEM text of a certificate or CRL, as openssl writes it. */
    public static String pem(Object certificateOrCrl) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificateOrCrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private KeyStore load(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("no such key store: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            // The JDK reports a wrong password as an IOException whose cause is an UnrecoverableKeyException.
            throw new IllegalStateException("cannot open " + file + " (wrong password?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    private static KeyStore emptyKeyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("no PKCS#12 key store", e);
        }
    }

    private void store(KeyStore keys, Path file) {
        try (var bytes = new java.io.ByteArrayOutputStream()) {
            keys.store(bytes, password);
            OwnerOnlyFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    /**
     * Certificates and the CRL are public, but the files that say which root to trust are this gateway's alone: another
     * user of the machine who could replace them could make it trust a CA of their own.
     */
    private static void write(Path file, String text) {
        OwnerOnlyFiles.write(file, text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "GatewayCertificates[" + directory + "]";
    }
}
