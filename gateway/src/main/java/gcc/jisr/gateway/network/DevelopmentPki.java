package gcc.jisr.gateway.network;

import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.CertificateValidity;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.pki.GccCertificateAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

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
}
