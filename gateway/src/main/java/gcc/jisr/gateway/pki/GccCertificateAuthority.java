package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.security.auth.x500.X500Principal;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The development GCC root certificate authority: a self-signed ECDSA P-256 root that issues each state's
 * gateway a TLS and a signing certificate and signs the revocation list. A production root would live
 * offline or in an HSM; this one keeps its key in a PKCS#12 file so that a developer can run the whole
 * network on one machine.
 */
public final class GccCertificateAuthority {

    /** The root's subject. It names no country: the GCC is not one, and the C attribute of a gateway names its state. */
    public static final String DEFAULT_ROOT_SUBJECT = "CN=GCC Jisr Development Root CA,OU=Development only,O=GCC Jisr";

    static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    static final String CURVE = "secp256r1";
    static final String ORGANIZATION = "GCC Jisr";

    /** RFC 9336 id-kp-documentSigning: a signing certificate that names it cannot be accepted as a TLS certificate by JSSE. */
    static final KeyPurposeId DOCUMENT_SIGNING = KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey rootKey;
    private final X509Certificate root;
    private final URI crlDistributionPoint;

    private GccCertificateAuthority(PrivateKey rootKey, X509Certificate root, URI crlDistributionPoint) {
        this.rootKey = Objects.requireNonNull(rootKey, "rootKey");
        this.root = Objects.requireNonNull(root, "root");
        this.crlDistributionPoint = crlDistributionPoint;
    }

    /** A new root with {@link #DEFAULT_ROOT_SUBJECT}. */
    public static GccCertificateAuthority createRoot(CertificateValidity validity) {
        return createRoot(DEFAULT_ROOT_SUBJECT, validity);
    }

    /** A new root; the subject is an RFC 2253 name, most specific attribute first, as the JDK and openssl print it. */
    public static GccCertificateAuthority createRoot(String subject, CertificateValidity validity) {
        X500Name name = X500Name.getInstance(new X500Principal(subject).getEncoded());
        KeyPair keys = newKeyPair();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, newSerial(),
                    Date.from(validity.notBefore()), Date.from(validity.notAfter()), name, keys.getPublic())
                    // Path length 1: below the root, each state's agency CA issues its agencies' systems their
                    // certificates, so that a state certifies its own agencies without the GCC root's key.
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new GccCertificateAuthority(keys.getPrivate(), sign(builder, keys.getPrivate()), null);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the root certificate", e);
        }
    }

    /** The authority whose key and certificate were kept, e.g. in {@code root-ca.p12}. */
    public static GccCertificateAuthority of(PrivateKey rootKey, X509Certificate root) {
        try {
            root.verify(root.getPublicKey(), BouncyCastle.provider());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a self-signed root certificate: " + root.getSubjectX500Principal(), e);
        }
        return new GccCertificateAuthority(rootKey, root, null);
    }

    /** The same authority, naming where its CRL is published in every certificate it issues from now on. */
    public GccCertificateAuthority withCrlDistributionPoint(URI uri) {
        return new GccCertificateAuthority(rootKey, root, Objects.requireNonNull(uri, "uri"));
    }

    public X509Certificate rootCertificate() {
        return root;
    }

    public PrivateKey rootKey() {
        return rootKey;
    }

    public Optional<URI> crlDistributionPoint() {
        return Optional.ofNullable(crlDistributionPoint);
    }

    /** Every certificate of a state's gateway (TLS, signing, encryption), each with its own new key pair. */
    public Map<CertificateKind, StateCredential> issueGateway(GccState state, CertificateValidity validity) {
        Map<CertificateKind, StateCredential> issued = new LinkedHashMap<>();
        for (CertificateKind kind : CertificateKind.values()) {
            issued.put(kind, issue(state, kind, validity));
        }
        return issued;
    }

    /**
     * A new key pair and certificate for a state's gateway. The validity is taken as given, so that tests and
     * demonstrations can issue certificates that are already expired or not yet valid; it must lie within the
     * root's own validity.
     */
    public StateCredential issue(GccState state, CertificateKind kind, CertificateValidity validity) {
        CertificateValidity rootValidity = new CertificateValidity(root.getNotBefore().toInstant(), root.getNotAfter().toInstant());
        if (!rootValidity.encloses(validity)) {
            throw new IllegalArgumentException("the certificate's validity " + validity.notBefore() + " – " + validity.notAfter()
                    + " lies outside the root's " + rootValidity.notBefore() + " – " + rootValidity.notAfter());
        }
        KeyPair keys = newKeyPair();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, newSerial(),
                    Date.from(validity.notBefore()), Date.from(validity.notAfter()), subjectOf(state, kind), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root));
            switch (kind) {
                case TLS -> builder
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .addExtension(Extension.extendedKeyUsage, false,
                                new ExtendedKeyUsage(new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                        .addExtension(Extension.subjectAlternativeName, false, tlsNames(state));
                case SIGNING -> builder
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(DOCUMENT_SIGNING));
                case ENCRYPTION -> builder
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyAgreement));
            }
            if (crlDistributionPoint != null) {
                GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlDistributionPoint.toString()));
                builder.addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[]{new DistributionPoint(new DistributionPointName(where), null, null)}));
            }
            return new StateCredential(state, kind, keys.getPrivate(), sign(builder, rootKey), root);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the " + kind.alias() + " certificate of " + state, e);
        }
    }

    /** The first CRL of this authority: nothing revoked yet. */
    public X509CRL emptyCrl(Instant thisUpdate, Instant nextUpdate) {
        return crl(List.of(), BigInteger.ONE, thisUpdate, nextUpdate);
    }

    /**
     * The CRL that follows {@code previous}: its entries and the newly revoked ones (a serial already listed
     * keeps its first revocation date), with the next CRL number. The CRL itself is the record of what was
     * revoked, so no other revocation database has to be kept beside it.
     */
    public X509CRL nextCrl(X509CRL previous, Collection<Revocation> newlyRevoked, Instant thisUpdate, Instant nextUpdate) {
        try {
            previous.verify(root.getPublicKey(), BouncyCastle.provider());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the previous CRL was not signed by this authority", e);
        }
        Map<BigInteger, Revocation> entries = new LinkedHashMap<>();
        for (Revocation revocation : Revocation.listedIn(previous)) {
            entries.put(revocation.serial(), revocation);
        }
        for (Revocation revocation : newlyRevoked) {
            entries.putIfAbsent(revocation.serial(), revocation);
        }
        return crl(entries.values(), crlNumberOf(previous).add(BigInteger.ONE), thisUpdate, nextUpdate);
    }

    /** The subject of a state's gateway certificate; its C attribute is the state's ISO 3166 code. */
    static X500Name subjectOf(GccState state, CertificateKind kind) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, state.code())
                .addRDN(BCStyle.O, ORGANIZATION)
                .addRDN(BCStyle.OU, "gateway")
                .addRDN(BCStyle.CN, "jisr-" + lower(state) + "-" + kind.alias())
                .build();
    }

    /** The host name of a state's gateway on the GCC network; {@code gcc.example} until the network has a real domain. */
    public static String gatewayHostName(GccState state) {
        return "jisr." + lower(state) + ".gcc.example";
    }

    private static GeneralNames tlsNames(GccState state) {
        return new GeneralNames(new GeneralName[]{
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, gatewayHostName(state))});
    }

    private X509CRL crl(Collection<Revocation> revoked, BigInteger number, Instant thisUpdate, Instant nextUpdate) {
        return crl(root, rootKey, revoked, number, thisUpdate, nextUpdate);
    }

    /**
     * A state's agency CA: the authority, below this root, that issues that state's agency systems their client
     * certificates for the national API. Its key is the state's; the root only vouches for it.
     */
    public AgencyAuthority issueAgencyAuthority(GccState state, CertificateValidity validity) {
        CertificateValidity rootValidity = new CertificateValidity(root.getNotBefore().toInstant(), root.getNotAfter().toInstant());
        if (!rootValidity.encloses(validity)) {
            throw new IllegalArgumentException("the agency CA's validity lies outside the root's");
        }
        KeyPair keys = newKeyPair();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, newSerial(),
                    Date.from(validity.notBefore()), Date.from(validity.notAfter()), AgencyAuthority.subjectOf(state), keys.getPublic())
                    // Path length 0: an agency CA issues agency systems only, never another authority.
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root));
            return new AgencyAuthority(state, keys.getPrivate(), sign(builder, rootKey), root);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the agency CA of " + state, e);
        }
    }

    static X509CRL crl(X509Certificate issuer, PrivateKey issuerKey, Collection<Revocation> revoked, BigInteger number,
                       Instant thisUpdate, Instant nextUpdate) {
        if (!nextUpdate.isAfter(thisUpdate)) {
            throw new IllegalArgumentException("nextUpdate " + nextUpdate + " is not after thisUpdate " + thisUpdate);
        }
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer, Date.from(thisUpdate)).setNextUpdate(Date.from(nextUpdate));
            for (Revocation revocation : revoked) {
                // Reason 0 leaves the reason code out, as RFC 5280 asks for "unspecified".
                builder.addCRLEntry(revocation.serial(), Date.from(revocation.revokedAt()), 0);
            }
            builder.addExtension(Extension.cRLNumber, false, new ASN1Integer(number))
                    .addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer));
            X509CRLHolder holder = builder.build(signer(issuerKey));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot sign the CRL", e);
        }
    }

    static BigInteger crlNumberOf(X509CRL crl) {
        try {
            Extension number = new JcaX509CRLHolder(crl).getExtension(Extension.cRLNumber);
            return number == null ? BigInteger.ZERO : ASN1Integer.getInstance(number.getParsedValue()).getValue();
        } catch (CRLException e) {
            throw new IllegalArgumentException("unreadable CRL", e);
        }
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws CertificateException {
        // Converted by the JDK's own factory, so the certificate behaves like any other in key stores and JSSE.
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
    }

    static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(BouncyCastle.provider()).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no " + SIGNATURE_ALGORITHM + " signer", e);
        }
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
            generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC P-256 key pair generator", e);
        }
    }

    /** A positive random serial of at most 20 octets (RFC 5280, 4.1.2.2): unique without a register of issued serials. */
    static BigInteger newSerial() {
        BigInteger serial;
        do {
            serial = new BigInteger(159, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }

    static String lower(GccState state) {
        return state.code().toLowerCase(Locale.ROOT);
    }
}
