package gcc.jisr.gateway.admin.partners;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.gateway.admin.AdminProperties;
import gcc.jisr.gateway.admin.PartnerSuspensions;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.partners.PartnerRegistry;
import gcc.jisr.gateway.partners.PartnerRegistrySnapshot;
import gcc.jisr.gateway.partners.RegisteredPartner;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The partner states of this gateway (the partner registry: jisr.partners, as operators changed it, and any state
 * held) with what operators need about each, and this gateway's own certificates. A partner's certificate is shown
 * when this gateway holds it (the local development network keeps every state's stores in one directory); across a
 * real border, a partner's certificates are known here only when an operator registered them (pinning), and are then
 * listed with their expiry.
 */
public class PartnerOverview {

    /**
     * @param held      its traffic waits in the outbox: suspended, or disabled
     * @param suspended an operator suspended its traffic (routes and replay, not the partner itself)
     * @param enabled   false when an operator disabled the partner: its envelopes are refused, its traffic held
     * @param pinned    only its registered certificates (ACTIVE ones) are accepted from it
     */
    public record PartnerView(GccState state, URI gatewayUrl, Set<String> grantedServices, Set<PurposeCode> grantedPurposes,
                              boolean held, boolean suspended, boolean enabled, RegisteredPartner.Source source,
                              CertificateView certificate, boolean pinned,
                              List<RegisteredCertificateView> registeredCertificates) {
    }

    private final JisrProperties jisr;
    private final PartnerRegistry registry;
    private final PartnerSuspensions suspensions;
    private final GatewayCertificates certificates;
    private final AdminProperties.CertificateWarnings warnings;
    private final Clock clock;

    public PartnerOverview(JisrProperties jisr, PartnerRegistry registry, PartnerSuspensions suspensions,
                           GatewayCertificates certificates, AdminProperties.CertificateWarnings warnings, Clock clock) {
        this.jisr = jisr;
        this.registry = registry;
        this.suspensions = suspensions;
        this.certificates = certificates;
        this.warnings = warnings;
        this.clock = clock;
    }

    public List<PartnerView> partners() {
        PartnerRegistrySnapshot snapshot = registry.current();
        Set<GccState> held = suspensions.held();
        List<PartnerView> partners = new ArrayList<>();
        for (GccState state : GccState.values()) {
            if (state == jisr.state()) {
                continue;
            }
            RegisteredPartner partner = snapshot.partner(state).orElse(null);
            if (partner != null || held.contains(state)) {
                partners.add(view(state, partner, held.contains(state)));
            }
        }
        return partners;
    }

    public PartnerView partnerView(GccState state) {
        return partners().stream().filter(p -> p.state() == state).findFirst().orElseThrow(() ->
                new JisrException(JisrError.NOT_FOUND, state + " is not a partner of this gateway (jisr.partners)"));
    }

    /** The partner named, or JISR-404-NOT-FOUND when the state is not one of this gateway's partners. */
    public GccState partner(GccState state) {
        return partnerView(state).state();
    }

    public List<CertificateView> ownCertificates() {
        GccState own = jisr.state();
        return List.of(
                CertificateView.of("TLS " + own, certificate(own, CertificateKind.TLS), clock.instant(), warnings),
                CertificateView.of("SIGNING " + own, certificate(own, CertificateKind.SIGNING), clock.instant(), warnings),
                CertificateView.of("GCC ROOT", certificates.loadRootCertificate(), clock.instant(), warnings));
    }

    private PartnerView view(GccState state, RegisteredPartner partner, boolean held) {
        Instant now = clock.instant();
        CertificateView certificate = certificates.hasCredential(state, CertificateKind.TLS)
                ? CertificateView.of("TLS " + state, certificate(state, CertificateKind.TLS), now, warnings)
                : null;
        if (partner == null) {
            return new PartnerView(state, null, Set.of(), Set.of(), held, suspensions.isSuspended(state), true,
                    RegisteredPartner.Source.CONFIGURATION, certificate, false, List.of());
        }
        List<RegisteredCertificateView> registered = partner.certificates().stream()
                .map(c -> RegisteredCertificateView.of(c, now, warnings)).toList();
        return new PartnerView(state, partner.gatewayUrl(), new TreeSet<>(partner.services()),
                new TreeSet<>(partner.purposes()), held, suspensions.isSuspended(state), partner.enabled(),
                partner.source(), certificate, registered.stream().anyMatch(c -> c.status().equals("ACTIVE")), registered);
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
