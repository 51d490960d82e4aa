package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.AgencyAuthority;
import gcc.jisr.gateway.pki.AgencyCode;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.GccCertificateAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a gateway run with no set-up: when its key stores are missing and the operators allow it, a development GCC CA
 * and this state's certificates are created where the trust settings point. A real GCC CA's stores are never touched.
 */
final class DevelopmentPki {

    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentPki.class);

    private DevelopmentPki() {
    }

    static synchronized void ensure(GatewayCertificates certificates, GccState state, boolean allowed, Clock clock) {
        boolean complete = certificates.hasAuthority() || certificates.trustStoreFile().toFile().isFile();
        for (CertificateKind kind : CertificateKind.values()) {
            complete &= certificates.hasCredential(state, kind);
        }
        if (complete) {
            return;
        }
        if (!allowed) {
            throw new IllegalStateException("no key stores for " + state + " in " + certificates.directory()
                    + " and jisr.trust.create-development-pki is false: install the stores issued by the GCC CA"
                    + " (java -jar jisr-gateway.jar pki …)");
        }
        if (!certificates.hasAuthority()) {
            GccCertificateAuthority authority = GccCertificateAuthority.createRoot(CertificateValidity.forDays(clock, 3650));
            certificates.writeAuthority(authority);
            certificates.writeCrl(authority.emptyCrl(clock.instant(), clock.instant().plus(Duration.ofDays(30))));
            LOG.warn("created a DEVELOPMENT GCC root CA in {}: for demos and tests only", certificates.directory());
        }
        GccCertificateAuthority authority = certificates.loadAuthority();
        // Only the kinds missing: a directory from before the encryption certificate keeps its TLS and signing keys.
        for (CertificateKind kind : CertificateKind.values()) {
            if (!certificates.hasCredential(state, kind)) {
                certificates.writeCredential(authority.issue(state, kind, CertificateValidity.forDays(clock, 365)));
                LOG.warn("issued a DEVELOPMENT {} certificate for {} in {}", kind.alias(), state, certificates.directory());
            }
        }
    }

    /**
     * Every state's agency CA and the development agencies' credentials, so that the README's calls work at once: a
     * Saudi agency calling a Kuwaiti gateway directly holds a certificate of Saudi Arabia's agency CA. Only in a
     * development PKI this gateway made itself (its directory holds the root's key).
     */
    static synchronized void ensureAgencies(GatewayCertificates certificates, Map<String, List<String>> agencies,
                                            boolean allowed, Clock clock) {
        if (!allowed || !certificates.hasAuthority()) {
            return;
        }
        GccCertificateAuthority authority = certificates.loadAuthority();
        if (authority.rootCertificate().getBasicConstraints() < 1) {
            LOG.error("the development GCC root in {} predates agency CAs (its path length is 0): agencies cannot be"
                    + " authenticated; remove the directory and start again to have a new development PKI made",
                    certificates.directory());
            return;
        }
        Instant now = clock.instant();
        List<String> issued = new ArrayList<>();
        for (GccState state : GccState.values()) {
            if (!certificates.hasAgencyAuthority(state)) {
                // As long as the root, which bounds it.
                AgencyAuthority agencyAuthority = authority.issueAgencyAuthority(state,
                        new CertificateValidity(now.minus(CertificateValidity.BACKDATING), authority.rootCertificate().getNotAfter().toInstant()));
                certificates.writeAgencyAuthority(agencyAuthority, agencyAuthority.emptyCrl(now, now.plus(Duration.ofDays(30))));
            }
        }
        for (Map.Entry<String, List<String>> entry : agencies.entrySet()) {
            GccState state = GccState.fromCode(entry.getKey().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException("jisr.national.development-agencies: " + entry.getKey() + " is not a GCC state"));
            AgencyAuthority agencyAuthority = null;
            for (String agency : entry.getValue()) {
                if (certificates.hasAgencyCredential(state, agency)) {
                    continue;
                }
                if (agencyAuthority == null) {
                    agencyAuthority = certificates.loadAgencyAuthority(state);
                }
                certificates.writeAgencyCredential(agencyAuthority.issue(agency, CertificateValidity.forDays(clock, 365)));
                issued.add(state.code() + ":" + AgencyCode.require(agency));
            }
        }
        if (!issued.isEmpty()) {
            LOG.warn("issued DEVELOPMENT agency credentials for {} in {} (PEM for curl --cert, PKCS#12 for Java clients)",
                    issued, certificates.agencyDirectory());
        }
        // Every start, so that a newcomer finds them: the national API answers nobody without one.
        LOG.info("development agency credentials are in {}: e.g. curl --cacert {} --cert {} https://localhost:8080/api/v1/...",
                certificates.agencyDirectory(), certificates.rootCertificateFile(),
                certificates.agencyDirectory().resolve("sa-jawazat.pem"));
    }
}
