package gcc.jisr.gateway.pki;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import javax.security.auth.x500.X500Principal;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a partner gateway's certificate (its mTLS client or server certificate, or the certificate
 * of a signature) may be trusted, and which state it belongs to. Each refusal carries its own code:
 * <ul>
 * <li>no certificate: {@link JisrError#CERTIFICATE_MISSING};</li>
 * <li>not issued by a trusted root (unknown issuer, an impostor with the root's name but another key, or a
 *     certificate that names no GCC state): {@link JisrError#CERTIFICATE_WRONG_ISSUER};</li>
 * <li>outside its validity (or the root outside its own): {@link JisrError#CERTIFICATE_EXPIRED},
 *     {@link JisrError#CERTIFICATE_NOT_YET_VALID};</li>
 * <li>listed in the CRL: {@link JisrError#CERTIFICATE_REVOKED};</li>
 * <li>another state than expected: {@link JisrError#CERTIFICATE_STATE_MISMATCH}.</li>
 * </ul>
 * The check fails closed on revocation. A CRL that no trusted root signed is refused when the check is built
 * (a misconfigured gateway must not start). A CRL past its nextUpdate makes every certificate of its issuer
 * refused with {@link JisrError#REVOCATION_UNKNOWN}: the fault is this gateway's stale list, not the partner's
 * certificate, and a 503 tells a sending gateway to retry later rather than give the message up.
 * <p>
 * Instances are thread-safe, and change only in what they remember of chains already validated; build a new one
 * when a new CRL is published.
 */
public final class PartnerCertificateCheck {

    /** Beyond this many distinct chains, the memory of validated ones starts again (six partners hold a few each). */
    private static final int REMEMBERED_PATHS = 256;

    private final Set<TrustAnchor> anchors;
    /**
     * Paths whose signatures, names and CA constraints PKIX has accepted. None of that can change for the same bytes,
     * and the PKIX run (an ECDSA verification of the leaf by the root, each message) was a tenth of a cross-border
     * request's time (JFR); validity and revocation, which do change, are still checked for every message.
     */
    private final Set<List<X509Certificate>> validatedPaths = ConcurrentHashMap.newKeySet();
    private final Map<X500Principal, X509Certificate> rootsBySubject = new HashMap<>();
    private final Map<X500Principal, X509CRL> crlsByIssuer = new HashMap<>();
    private final Clock clock;

    /**
     * @param trustedRoots the roots whose certificates are accepted (in the GCC network: the one GCC root)
     * @param crls         the current CRL of every trusted root, each signed by its root
     * @param clock        the time against which validity and CRL freshness are judged
     * @throws IllegalArgumentException if a CRL is not signed by a trusted root, or a root has no CRL
     */
    public PartnerCertificateCheck(Collection<X509Certificate> trustedRoots, Collection<X509CRL> crls, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (trustedRoots.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted root is needed");
        }
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        for (X509Certificate root : trustedRoots) {
            anchors.add(new TrustAnchor(root, null));
            rootsBySubject.put(root.getSubjectX500Principal(), root);
        }
        this.anchors = Set.copyOf(anchors);
        for (X509CRL crl : crls) {
            X509Certificate root = rootsBySubject.get(crl.getIssuerX500Principal());
            if (root == null || !signedBy(crl, root)) {
                throw new IllegalArgumentException("the CRL of " + crl.getIssuerX500Principal() + " is not signed by a trusted root");
            }
            crlsByIssuer.merge(crl.getIssuerX500Principal(), crl, (a, b) -> b.getThisUpdate().after(a.getThisUpdate()) ? b : a);
        }
        for (X500Principal root : rootsBySubject.keySet()) {
            if (!crlsByIssuer.containsKey(root)) {
                throw new IllegalArgumentException("no CRL for the trusted root " + root + ": revocation could not be checked");
            }
        }
    }

    /** Checks a chain as a peer presents it (its own certificate first; the root may or may not follow). */
    public GccState check(X509Certificate... chain) {
        return check(chain == null ? List.of() : Arrays.asList(chain));
    }

    /** Checks a chain as a peer presents it (its own certificate first; the root may or may not follow). */
    public GccState check(List<X509Certificate> chain) {
        if (chain == null || chain.isEmpty() || chain.get(0) == null) {
            throw new JisrException(JisrError.CERTIFICATE_MISSING, "No certificate was presented");
        }
        Instant now = clock.instant();
        List<X509Certificate> path = withoutTrustedRoots(chain);
        X509Certificate leaf = chain.get(0);
        if (path.isEmpty()) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The GCC root itself is not a gateway certificate");
        }
        if (path.size() > 1) {
            // Below the root only agency CAs issue certificates, and theirs authenticate agencies, never a gateway.
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate " + serialOf(leaf)
                    + " is not a gateway certificate: it was issued by " + leaf.getIssuerX500Principal().getName()
                    + ", not by the GCC root");
        }
        if (validatedPaths.contains(path)) {
            for (X509Certificate certificate : path) {
                requireWithinValidity(certificate, now, "The certificate " + serialOf(certificate));
            }
        } else {
            validatePath(path, now);
            if (validatedPaths.size() >= REMEMBERED_PATHS) {
                validatedPaths.clear();
            }
            validatedPaths.add(List.copyOf(path));
        }
        X509Certificate root = rootsBySubject.get(path.get(path.size() - 1).getIssuerX500Principal());
        requireWithinValidity(root, now, "The GCC root");
        for (X509Certificate certificate : path) {
            requireNotRevoked(certificate, now);
        }
        return stateOf(leaf);
    }

    /** Checks a chain and that it belongs to the state a message claims to come from. */
    public GccState checkFrom(GccState expectedState, List<X509Certificate> chain) {
        GccState state = check(chain);
        requireState(chain.get(0), expectedState);
        return state;
    }

    /** Refuses a certificate that does not belong to the expected state (e.g. the sender named in an envelope). */
    public static void requireState(X509Certificate certificate, GccState expectedState) {
        GccState state = stateOf(certificate);
        if (state != expectedState) {
            throw new JisrException(JisrError.CERTIFICATE_STATE_MISMATCH,
                    "The certificate " + serialOf(certificate) + " belongs to " + state + ", not to " + expectedState);
        }
    }

    /** The state a gateway certificate belongs to: the ISO 3166 code in its subject's C attribute. */
    public static GccState stateOf(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] countries = subject.getRDNs(BCStyle.C);
        if (countries.length != 1 || countries[0].isMultiValued()) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER,
                    "The certificate " + serialOf(certificate) + " does not name exactly one state in its subject");
        }
        String code = IETFUtils.valueToString(countries[0].getFirst().getValue()).toUpperCase(Locale.ROOT);
        return GccState.fromCode(code).orElseThrow(() -> new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER,
                "The certificate " + serialOf(certificate) + " names " + code + ", which is not a GCC state"));
    }

    private List<X509Certificate> withoutTrustedRoots(List<X509Certificate> chain) {
        List<X509Certificate> path = new ArrayList<>(chain);
        while (!path.isEmpty() && isTrustedRoot(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        return path;
    }

    private boolean isTrustedRoot(X509Certificate certificate) {
        return certificate.equals(rootsBySubject.get(certificate.getSubjectX500Principal()));
    }

    /** Signatures, names, validity and CA constraints, by the JDK's PKIX validator with Bouncy Castle verifying. */
    private void validatePath(List<X509Certificate> path, Instant now) {
        validatePath(path, anchors, now);
    }

    static void validatePath(List<X509Certificate> path, Set<TrustAnchor> anchors, Instant now) {
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(Date.from(now));
            // Revocation is checked below against the CRLs verified at construction, so that a stale CRL has its own outcome.
            parameters.setRevocationEnabled(false);
            parameters.setSigProvider(BouncyCastle.provider().getName());
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (CertPathValidatorException e) {
            throw refusal(e, path);
        } catch (GeneralSecurityException e) {
            throw new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, "The certificate chain cannot be read", e);
        }
    }

    private static JisrException refusal(CertPathValidatorException e, List<X509Certificate> path) {
        X509Certificate failed = e.getIndex() >= 0 && e.getIndex() < path.size() ? path.get(e.getIndex()) : path.get(0);
        String which = "The certificate " + serialOf(failed);
        if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
            return new JisrException(JisrError.CERTIFICATE_EXPIRED, which + " expired at " + failed.getNotAfter().toInstant(), e);
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return new JisrException(JisrError.CERTIFICATE_NOT_YET_VALID,
                    which + " is not valid before " + failed.getNotBefore().toInstant(), e);
        }
        String why = e.getReason() == PKIXReason.NO_TRUST_ANCHOR ? "its issuer " + failed.getIssuerX500Principal() + " is not trusted"
                : e.getReason() == CertPathValidatorException.BasicReason.INVALID_SIGNATURE ? "its signature is not the GCC root's"
                : String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).replace('_', ' ');
        return new JisrException(JisrError.CERTIFICATE_WRONG_ISSUER, which + " was not issued by the GCC authority: " + why, e);
    }

    static void requireWithinValidity(X509Certificate certificate, Instant now, String which) {
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new JisrException(JisrError.CERTIFICATE_EXPIRED, which + " expired at " + certificate.getNotAfter().toInstant());
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new JisrException(JisrError.CERTIFICATE_NOT_YET_VALID, which + " is not valid before " + certificate.getNotBefore().toInstant());
        }
    }

    private void requireNotRevoked(X509Certificate certificate, Instant now) {
        X509CRL crl = crlsByIssuer.get(certificate.getIssuerX500Principal());
        if (crl == null) {
            throw new JisrException(JisrError.INTERNAL, "No revocation list of " + certificate.getIssuerX500Principal() + " is held");
        }
        if (crl.getNextUpdate() == null || now.isAfter(crl.getNextUpdate().toInstant())) {
            throw new JisrException(JisrError.REVOCATION_UNKNOWN, "The revocation list of " + certificate.getIssuerX500Principal()
                    + " is out of date (next update was due " + (crl.getNextUpdate() == null ? "never" : crl.getNextUpdate().toInstant())
                    + "); revocation cannot be checked");
        }
        if (crl.isRevoked(certificate)) {
            throw new JisrException(JisrError.CERTIFICATE_REVOKED, "The certificate " + serialOf(certificate) + " was revoked at "
                    + crl.getRevokedCertificate(certificate).getRevocationDate().toInstant());
        }
    }

    static boolean signedBy(X509CRL crl, X509Certificate root) {
        try {
            crl.verify(root.getPublicKey(), BouncyCastle.provider());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT)
                + " (" + certificate.getSubjectX500Principal().getName() + ")";
    }
}
