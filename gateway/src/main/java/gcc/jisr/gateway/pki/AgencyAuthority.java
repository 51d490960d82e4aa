package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A state's agency CA, below the GCC root: it certifies the information systems of that state's agencies (the
 * traffic department's, the passport office's, ...) for the national API, and revokes them in a CRL of its own.
 * An agency certificate names its state in {@code C} and its agency code in {@code OU}; it serves TLS clients only,
 * so it can neither run a gateway nor sign envelopes.
 */
public final class AgencyAuthority {

    /** The OU of an agency CA's own subject; an agency code may never take this value. */
    static final String AUTHORITY_UNIT = "agency-ca";

    private final GccState state;
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final X509Certificate root;

    AgencyAuthority(GccState state, PrivateKey key, X509Certificate certificate, X509Certificate root) {
        this.state = Objects.requireNonNull(state, "state");
        this.key = Objects.requireNonNull(key, "key");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.root = Objects.requireNonNull(root, "root");
    }

    public static AgencyAuthority of(GccState state, PrivateKey key, X509Certificate certificate, X509Certificate root) {
        return new AgencyAuthority(state, key, certificate, root);
    }

    public GccState state() {
        return state;
    }

    public PrivateKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public X509Certificate root() {
        return root;
    }

    /** A new key pair and client certificate for one agency system of this state. */
    public AgencyCredential issue(String agency, CertificateValidity validity) {
        String code = AgencyCode.require(agency);
        CertificateValidity own = new CertificateValidity(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
        if (!own.encloses(validity)) {
            throw new IllegalArgumentException("the agency certificate's validity lies outside its CA's ("
                    + own.notBefore() + " – " + own.notAfter() + ")");
        }
        KeyPair keys = GccCertificateAuthority.newKeyPair();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, GccCertificateAuthority.newSerial(),
                    Date.from(validity.notBefore()), Date.from(validity.notAfter()), agencySubject(state, code), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(certificate));
            return new AgencyCredential(state, code, keys.getPrivate(), GccCertificateAuthority.sign(builder, key), certificate, root);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the certificate of " + state + ":" + code, e);
        }
    }

    /** The first CRL of this agency CA: nothing revoked yet. */
    public X509CRL emptyCrl(Instant thisUpdate, Instant nextUpdate) {
        return GccCertificateAuthority.crl(certificate, key, List.of(), BigInteger.ONE, thisUpdate, nextUpdate);
    }

    /** The CRL that follows {@code previous}, with the newly revoked agency certificates added. */
    public X509CRL nextCrl(X509CRL previous, Collection<Revocation> newlyRevoked, Instant thisUpdate, Instant nextUpdate) {
        try {
            previous.verify(certificate.getPublicKey(), BouncyCastle.provider());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the previous CRL was not signed by the agency CA of " + state, e);
        }
        Map<BigInteger, Revocation> entries = new LinkedHashMap<>();
        Revocation.listedIn(previous).forEach(r -> entries.put(r.serial(), r));
        newlyRevoked.forEach(r -> entries.putIfAbsent(r.serial(), r));
        return GccCertificateAuthority.crl(certificate, key, entries.values(),
                GccCertificateAuthority.crlNumberOf(previous).add(BigInteger.ONE), thisUpdate, nextUpdate);
    }

    static X500Name subjectOf(GccState state) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, state.code())
                .addRDN(BCStyle.O, GccCertificateAuthority.ORGANIZATION)
                .addRDN(BCStyle.OU, AUTHORITY_UNIT)
                .addRDN(BCStyle.CN, "jisr-" + GccCertificateAuthority.lower(state) + "-agency-ca")
                .build();
    }

    static X500Name agencySubject(GccState state, String agency) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, state.code())
                .addRDN(BCStyle.O, GccCertificateAuthority.ORGANIZATION)
                .addRDN(BCStyle.OU, agency)
                .addRDN(BCStyle.CN, "jisr-agency-" + GccCertificateAuthority.lower(state) + "-" + agency.toLowerCase(java.util.Locale.ROOT))
                .build();
    }
}
