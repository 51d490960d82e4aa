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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    public static final String AGENCY_CA_ALIAS = "agency-ca";
    public static final String AGENCY_ALIAS = "agency";

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

    /** The certificates of a PEM file, in order (leaf first); other blocks (an agency credential's key) are passed over. */
    public static List<X509Certificate> loadCertificates(Path file) {
        List<X509Certificate> certificates = new java.util.ArrayList<>();
        try (org.bouncycastle.openssl.PEMParser pem = new org.bouncycastle.openssl.PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
            org.bouncycastle.cert.jcajce.JcaX509CertificateConverter converter = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter();
            Object read;
            while ((read = pem.readObject()) != null) {
                if (read instanceof org.bouncycastle.cert.X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable certificates in " + file, e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("no certificate in " + file);
        }
        return certificates;
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

    /** A state's agency CA: its key and chain (only the pki command and a development gateway need this file). */
    public Path agencyAuthorityKeyStoreFile(GccState state) {
        return directory.resolve(lower(state) + "-agency-ca.p12");
    }

    /** A state's agency CA certificate in PEM: public, installed at every gateway that takes that state's agencies. */
    public Path agencyAuthorityCertificateFile(GccState state) {
        return directory.resolve(lower(state) + "-agency-ca.pem");
    }

    /** The CRL of a state's agency CA, published beside its certificate. */
    public Path agencyCrlFile(GccState state) {
        return directory.resolve(lower(state) + "-agency-ca.crl.pem");
    }

    /** Where agency credentials are written: {@code agencies/sa-jawazat.p12} and {@code .pem} (certificate chain and key). */
    public Path agencyDirectory() {
        return directory.resolve("agencies");
    }

    public Path agencyKeyStoreFile(GccState state, String agency) {
        return agencyDirectory().resolve(lower(state) + "-" + AgencyCode.require(agency).toLowerCase(Locale.ROOT) + ".p12");
    }

    /** The same credential as PEM (certificate chain, then the unencrypted key): what curl's {@code --cert} takes. */
    public Path agencyPemFile(GccState state, String agency) {
        return agencyDirectory().resolve(lower(state) + "-" + AgencyCode.require(agency).toLowerCase(Locale.ROOT) + ".pem");
    }

    public boolean hasAgencyAuthority(GccState state) {
        return Files.exists(agencyAuthorityKeyStoreFile(state)) || Files.exists(agencyAuthorityCertificateFile(state));
    }

    public boolean hasAgencyCredential(GccState state, String agency) {
        return Files.exists(agencyKeyStoreFile(state, agency));
    }

    /** Writes a state's agency CA: key store, certificate, and its first CRL when it has none. */
    public void writeAgencyAuthority(AgencyAuthority authority, X509CRL firstCrl) {
        KeyStore keys = emptyKeyStore();
        try {
            keys.setKeyEntry(AGENCY_CA_ALIAS, authority.key(), password,
                    new Certificate[]{authority.certificate(), authority.root()});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the agency CA of " + authority.state(), e);
        }
        store(keys, agencyAuthorityKeyStoreFile(authority.state()));
        write(agencyAuthorityCertificateFile(authority.state()), pem(authority.certificate()));
        writeAgencyCrl(authority.state(), firstCrl);
    }

    public AgencyAuthority loadAgencyAuthority(GccState state) {
        Path file = agencyAuthorityKeyStoreFile(state);
        KeyStore keys = load(file);
        try {
            Key key = keys.getKey(AGENCY_CA_ALIAS, password);
            Certificate[] chain = keys.getCertificateChain(AGENCY_CA_ALIAS);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length < 2) {
                throw new IllegalStateException(file + " holds no key with its chain under alias " + AGENCY_CA_ALIAS);
            }
            return AgencyAuthority.of(state, privateKey, (X509Certificate) chain[0], (X509Certificate) chain[chain.length - 1]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key in " + file, e);
        }
    }

    /** The agency CA certificates installed here, by state: the states whose agencies this gateway can authenticate. */
    public Map<GccState, X509Certificate> loadAgencyAuthorityCertificates() {
        Map<GccState, X509Certificate> authorities = new EnumMap<>(GccState.class);
        for (GccState state : GccState.values()) {
            Path file = agencyAuthorityCertificateFile(state);
            if (Files.exists(file)) {
                authorities.put(state, loadCertificates(file).get(0));
            }
        }
        return authorities;
    }

    public void writeAgencyCrl(GccState state, X509CRL crl) {
        write(agencyCrlFile(state), pem(crl));
    }

    public Optional<X509CRL> loadAgencyCrl(GccState state) {
        Path file = agencyCrlFile(state);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(loadCrlFrom(file));
    }

    /** Writes an agency credential twice: as PKCS#12 (Java clients) and as PEM with the key (curl, openssl). */
    public void writeAgencyCredential(AgencyCredential credential) {
        KeyStore keys = emptyKeyStore();
        try {
            keys.setKeyEntry(AGENCY_ALIAS, credential.privateKey(), password, credential.chain().toArray(Certificate[]::new));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the key of " + credential.state() + ":" + credential.agency(), e);
        }
        store(keys, agencyKeyStoreFile(credential.state(), credential.agency()));
        StringBuilder text = new StringBuilder();
        credential.chain().subList(0, 2).forEach(certificate -> text.append(pem(certificate)));
        text.append(pem(credential.privateKey()));
        write(agencyPemFile(credential.state(), credential.agency()), text.toString());
    }

    /** An agency credential as a key store (alias {@code agency}): for Java clients' key managers. */
    public KeyStore loadAgencyKeyStore(GccState state, String agency) {
        return load(agencyKeyStoreFile(state, agency));
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
        return loadCrlFrom(crlFile());
    }

    private static X509CRL loadCrlFrom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable CRL " + file, e);
        }
    }

    private static String lower(GccState state) {
        return state.code().toLowerCase(Locale.ROOT);
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
