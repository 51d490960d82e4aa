package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import javax.security.auth.x500.X500Principal;
import java.security.cert.CertificateParsingException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which agency system a national caller is, from the client certificate it presented: issued by its state's
 * agency CA, that CA by the GCC root, both within their validity and unrevoked (the agency CA on the GCC CRL, the agency
 * certificate on its CA's CRL), meant for TLS clients. The state is the certificate's {@code C}, the agency its
 * {@code OU}. Immutable: a new CRL or a new agency CA makes a new check.
 */
public final class AgencyCertificateCheck {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int REMEMBERED_PATHS = 4096;

    /** Who a valid agency certificate says the caller is. */
    public record CertifiedAgency(GccState state, String agency, String serial) {
    }

    private final X509Certificate root;
    private final Set<TrustAnchor> anchors;
    private final X509CRL rootCrl;
    private final Map<X500Principal, X509Certificate> authoritiesBySubject = new HashMap<>();
    private final Map<X500Principal, X509CRL> crlsByAuthority = new HashMap<>();
    /**
     * Paths PKIX accepted once, with whom they certify: signatures, names and key usages cannot change for the same
     * bytes, so neither is checked or parsed again; validity and revocation, which do change, are checked every time.
     */
    private final Map<List<X509Certificate>, CertifiedAgency> validatedPaths = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * @param root        the GCC root
     * @param rootCrl     the GCC root's CRL (it lists revoked agency CAs)
     * @param authorities the agency CA certificates installed at this gateway, by state
     * @param agencyCrls  each agency CA's CRL; an agency CA without one authenticates nobody (revocation unknown)
     */
    public AgencyCertificateCheck(X509Certificate root, X509CRL rootCrl, Map<GccState, X509Certificate> authorities,
                                  Map<GccState, X509CRL> agencyCrls, Clock clock) {
        this.root = Objects.requireNonNull(root, "root");
        this.anchors = Set.of(new TrustAnchor(root, null));
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!PartnerCertificateCheck.signedBy(rootCrl, root)) {
            throw new IllegalArgumentException("the GCC CRL is not signed by the GCC root");
        }
        this.rootCrl = rootCrl;
        authorities.forEach((state, authority) -> {
            authoritiesBySubject.put(authority.getSubjectX500Principal(), authority);
            X509CRL crl = agencyCrls.get(state);
            if (crl != null && PartnerCertificateCheck.signedBy(crl, authority)) {
                crlsByAuthority.put(authority.getSubjectX500Principal(), crl);
            }
        });
    }

    /** The agency a client certificate chain (as the caller presented it, its own certificate first) belongs to. */
    public CertifiedAgency check(List<X509Certificate> chain) {
        if (chain == null || chain.isEmpty() || chain.get(0) == null) {
            throw new JisrException(JisrError.CERTIFICATE_MISSING, "No client certificate was presented");
        }
        X509Certificate leaf = chain.get(0);
        X509Certificate authority = authoritiesBySubject.get(leaf.getIssuerX500Principal());
        if (authority == null) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate " + PartnerCertificateCheck.serialOf(leaf)
                    + " was not issued by an agency CA this gateway knows (" + leaf.getIssuerX500Principal().getName() + ")");
        }
        Instant now = clock.instant();
        List<X509Certificate> path = List.of(leaf, authority);
        CertifiedAgency certified = validatedPaths.get(path);
        if (certified == null) {
            PartnerCertificateCheck.validatePath(path, anchors, now);
            certified = certified(leaf, authority);
            if (validatedPaths.size() >= REMEMBERED_PATHS) {
                validatedPaths.clear();
            }
            validatedPaths.put(path, certified);
        } else {
            PartnerCertificateCheck.requireWithinValidity(leaf, now, "The certificate " + PartnerCertificateCheck.serialOf(leaf));
            PartnerCertificateCheck.requireWithinValidity(authority, now, "The agency CA " + PartnerCertificateCheck.serialOf(authority));
        }
        PartnerCertificateCheck.requireWithinValidity(root, now, "The GCC root");
        requireNotRevoked(authority, rootCrl, now);
        requireNotRevoked(leaf, crlsByAuthority.get(authority.getSubjectX500Principal()), now);
        return certified;
    }

    /** Who a path PKIX has just accepted certifies: an agency system's certificate, of its agency CA's state. */
    private static CertifiedAgency certified(X509Certificate leaf, X509Certificate authority) {
        requireAgencyCertificate(leaf);
        GccState state = PartnerCertificateCheck.stateOf(leaf);
        if (state != PartnerCertificateCheck.stateOf(authority)) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate " + PartnerCertificateCheck.serialOf(leaf)
                    + " names " + state + " but was issued by another state's agency CA");
        }
        return new CertifiedAgency(state, agencyOf(leaf), leaf.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT));
    }

    private static void requireAgencyCertificate(X509Certificate leaf) {
        try {
            List<String> usages = leaf.getExtendedKeyUsage();
            if (leaf.getBasicConstraints() >= 0 || usages == null || !usages.contains(CLIENT_AUTH)) {
                throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate "
                        + PartnerCertificateCheck.serialOf(leaf) + " is not an agency system's client certificate");
            }
        } catch (CertificateParsingException e) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate's key usages cannot be read", e);
        }
    }

    private static void requireNotRevoked(X509Certificate certificate, X509CRL crl, Instant now) {
        if (crl == null) {
            throw new JisrException(JisrError.REVOCATION_UNKNOWN, "No revocation list of "
                    + certificate.getIssuerX500Principal().getName() + " is held here: its certificates cannot be checked");
        }
        if (crl.getNextUpdate() == null || now.isAfter(crl.getNextUpdate().toInstant())) {
            throw new JisrException(JisrError.REVOCATION_UNKNOWN, "The revocation list of "
                    + certificate.getIssuerX500Principal().getName() + " is out of date (next update was due "
                    + (crl.getNextUpdate() == null ? "never" : crl.getNextUpdate().toInstant()) + ")");
        }
        if (crl.isRevoked(certificate)) {
            throw new JisrException(JisrError.CERTIFICATE_REVOKED, "The certificate " + PartnerCertificateCheck.serialOf(certificate)
                    + " was revoked at " + crl.getRevokedCertificate(certificate).getRevocationDate().toInstant());
        }
    }

    private static String agencyOf(X509Certificate leaf) {
        X500Name subject = X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded());
        RDN[] units = subject.getRDNs(BCStyle.OU);
        if (units.length != 1 || units[0].isMultiValued()) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate "
                    + PartnerCertificateCheck.serialOf(leaf) + " does not name exactly one agency (OU) in its subject");
        }
        try {
            return AgencyCode.require(IETFUtils.valueToString(units[0].getFirst().getValue()));
        } catch (IllegalArgumentException e) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate "
                    + PartnerCertificateCheck.serialOf(leaf) + " names no valid agency code", e);
        }
    }
}
