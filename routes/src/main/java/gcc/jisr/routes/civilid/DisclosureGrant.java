package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.civilid.v1.PersonAttribute;
import gcc.jisr.contracts.civilid.v1.PurposeCode;

import java.util.Set;

/**
 * What one requester may learn of a person for some purposes: the attributes disclosed to it, and the attributes
 * it may only have matched against its claims (a bank may confirm a date of birth it already holds without
 * being told one it does not). {@code requesterState} or {@code requesterAgency} {@value #ANY} matches every
 * state or agency.
 */
public record DisclosureGrant(String requesterState, String requesterAgency, Set<PurposeCode> purposes,
                              Set<PersonAttribute> disclosed, Set<PersonAttribute> matchOnly) {

    public static final String ANY = "*";

    public DisclosureGrant {
        purposes = Set.copyOf(purposes);
        disclosed = Set.copyOf(disclosed);
        matchOnly = Set.copyOf(matchOnly);
    }

    boolean covers(String state, String agency, PurposeCode purpose) {
        return (ANY.equals(requesterState) || requesterState.equals(state))
                && (ANY.equals(requesterAgency) || requesterAgency.equals(agency))
                && purposes.contains(purpose);
    }
}
