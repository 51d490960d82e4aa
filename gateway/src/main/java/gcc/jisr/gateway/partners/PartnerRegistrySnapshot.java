package gcc.jisr.gateway.partners;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.PartnerAuthorization;
import gcc.jisr.routes.partner.PartnerGrant;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The partners as one node read them from the registry and the configuration, unchanged until the next change: every
 * message reads it, so it holds what each check needs ready (the authorization matrix as one instance).
 */
public final class PartnerRegistrySnapshot {

    private final Map<GccState, RegisteredPartner> partners;
    private final PartnerAuthorization.Matrix matrix;

    PartnerRegistrySnapshot(Map<GccState, RegisteredPartner> partners) {
        this.partners = Map.copyOf(partners);
        List<PartnerGrant> grants = new ArrayList<>();
        Set<GccState> disabled = EnumSet.noneOf(GccState.class);
        partners.values().forEach(p -> {
            if (!p.services().isEmpty() || !p.purposes().isEmpty()) {
                grants.add(new PartnerGrant(p.state(), p.services(), p.purposes()));
            }
            if (!p.enabled()) {
                disabled.add(p.state());
            }
        });
        this.matrix = new PartnerAuthorization.Matrix(grants, disabled);
    }

    public Optional<RegisteredPartner> partner(GccState state) {
        return Optional.ofNullable(partners.get(state));
    }

    /** Every partner, in the order of {@link GccState#values()}. */
    public List<RegisteredPartner> partners() {
        return partners.values().stream().sorted((a, b) -> a.state().compareTo(b.state())).toList();
    }

    public PartnerAuthorization.Matrix matrix() {
        return matrix;
    }

    public Set<GccState> disabled() {
        return matrix.disabled();
    }

    /** The certificates the partner is pinned to now; empty when it is not pinned (any GCC certificate of it is taken). */
    public List<X509Certificate> pinned(GccState state, Instant now) {
        RegisteredPartner partner = partners.get(state);
        if (partner == null || partner.certificates().isEmpty()) {
            return List.of();
        }
        return partner.certificates().stream().filter(c -> c.activeAt(now)).map(RegisteredCertificate::certificate).toList();
    }
}
