package gcc.jisr.routes.civilid;

import gcc.jisr.contracts.civilid.v1.PersonAttribute;
import gcc.jisr.contracts.civilid.v1.PurposeCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which attributes a requester sees, per requesting state, agency and purpose. Grants add up; a requester that no
 * grant covers learns the card's status and expiry and nothing about the person, which is the least a
 * verification can answer.
 */
public final class DisclosurePolicy {

    private final List<DisclosureGrant> grants;

    public DisclosurePolicy(List<DisclosureGrant> grants) {
        this.grants = List.copyOf(grants);
    }

    public Set<PersonAttribute> disclosed(String state, String agency, PurposeCode purpose) {
        Set<PersonAttribute> attributes = EnumSet.noneOf(PersonAttribute.class);
        for (DisclosureGrant grant : grants) {
            if (grant.covers(state, agency, purpose)) {
                attributes.addAll(grant.disclosed());
            }
        }
        return attributes;
    }

    /** Attributes whose claimed value may be matched: those disclosed and those granted for matching only. */
    public Set<PersonAttribute> matchable(String state, String agency, PurposeCode purpose) {
        Set<PersonAttribute> attributes = disclosed(state, agency, purpose);
        for (DisclosureGrant grant : grants) {
            if (grant.covers(state, agency, purpose)) {
                attributes.addAll(grant.matchOnly());
            }
        }
        return attributes;
    }
}
