package gcc.jisr.gateway.admin.partners;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.admin.AdminProperties;
import gcc.jisr.gateway.admin.PartnerSuspensions;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The partner states of this gateway (those named in jisr.partners.gateways or grants, or held) with what operators
 * need about each, and this gateway's own certificates. A partner's certificate is shown when this gateway holds it
 * (the local development network keeps every state's stores in one directory); across a real border, a partner's
 * certificate is only met at the handshake and checked against the GCC root and CRL, so it is not listed.
 */
public class PartnerOverview {

    public record PartnerView(GccState state, URI gatewayUrl, Set<String> grantedServices, boolean held,
                              CertificateView certificate) {
    }

    private final JisrProperties jisr;
    private final PartnerSuspensions suspensions;
    private final GatewayCertificates certificates;
    private final AdminProperties.CertificateWarnings warnings;
    private final Clock clock;

    public PartnerOverview(JisrProperties jisr, PartnerSuspensions suspensions, GatewayCertificates certificates,
                           AdminProperties.CertificateWarnings warnings, Clock clock) {
        this.jisr = jisr;
        this.suspensions = suspensions;
        this.certificates = certificates;
        this.warnings = warnings;
        this.clock = clock;
    }

    public List<PartnerView> partners() {
        Set<GccState> held = suspensions.held();
        List<PartnerView> partners = new ArrayList<>();
        for (GccState state : GccState.values()) {
            if (isPartner(state, held)) {
                partners.add(view(state, held.contains(state)));
            }
        }
        return partners;
    }

    /** The partner named, or JISR-404-NOT-FOUND when the state is not one of this gateway's partners. */
    public GccState partner(GccState state) {
        if (!isPartner(state, suspensions.held())) {
            throw new JisrException(JisrError.NOT_FOUND, state + " is not a partner of this gateway (jisr.partners)");
        }
        return state;
    }

    public List<CertificateView> ownCertificates() {
        GccState own = jisr.state();
        return List.of(
                CertificateView.of("TLS " + own, certificate(own, CertificateKind.TLS), clock.instant(), warnings),
                CertificateView.of("SIGNING " + own, certificate(own, CertificateKind.SIGNING), clock.instant(), warnings),
                CertificateView.of("GCC ROOT", certificates.loadRootCertificate(), clock.instant(), warnings));
    }

    private boolean isPartner(GccState state, Set<GccState> held) {
        return state != jisr.state() && (jisr.partners().gateways().containsKey(state) || held.contains(state)
                || jisr.partners().grants().stream().anyMatch(g -> g.partner() == state));
    }

    private PartnerView view(GccState state, boolean held) {
        Set<String> services = new TreeSet<>();
        jisr.partners().grants().stream().filter(g -> g.partner() == state).forEach(g -> services.addAll(g.services()));
        CertificateView certificate = certificates.hasCredential(state, CertificateKind.TLS)
                ? CertificateView.of("TLS " + state, certificate(state, CertificateKind.TLS), clock.instant(), warnings)
                : null;
        return new PartnerView(state, jisr.partners().gateways().get(state), services, held, certificate);
    }

    private X509Certificate certificate(GccState state, CertificateKind kind) {
        KeyStore store = certificates.loadKeyStore(state, kind);
        try {
            return (X509Certificate) store.getCertificate(kind.alias());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the " + kind + " certificate of " + state, e);
        }
    }
}
