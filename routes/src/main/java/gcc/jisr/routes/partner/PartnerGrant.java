package gcc.jisr.routes.partner;

import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;

import java.util.Objects;
import java.util.Set;

/** One line of the authorization matrix: a partner state may call these services for these purposes. */
public record PartnerGrant(GccState partner, Set<String> services, Set<PurposeCode> purposes) {

    public PartnerGrant {
        Objects.requireNonNull(partner, "partner");
        services = Set.copyOf(services);
        purposes = Set.copyOf(purposes);
    }
}
