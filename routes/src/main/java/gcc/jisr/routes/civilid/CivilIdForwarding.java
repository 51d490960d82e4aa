package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.GccState;
import gcc.jisr.routes.partner.PartnerAuthorization;
import gcc.jisr.routes.partner.PartnerDirectory;

import java.time.Duration;
import java.util.Objects;

/**
 * How civil-ID verification joins the GCC network: this gateway's state, the partner gateways that answer for other
 * states' civil IDs, the matrix of what partners may ask here, and how long a forwarded request stays valid.
 */
public record CivilIdForwarding(GccState ownState, PartnerDirectory partners, PartnerAuthorization authorization,
                                Duration envelopeValidity) {

    public CivilIdForwarding {
        Objects.requireNonNull(ownState, "ownState");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(envelopeValidity, "envelopeValidity");
    }

    /** A civil ID of another state goes to that state's gateway when it is a partner; otherwise it is asked here. */
    boolean forwards(GccState issuingState) {
        return issuingState != ownState && partners.gatewayOf(issuingState).isPresent();
    }
}
