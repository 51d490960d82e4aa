package gcc.jisr.routes.civilid;

import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.names.NameMatcher;
import gcc.jisr.contracts.civilid.v1.AttributeMatch;
import gcc.jisr.contracts.civilid.v1.ClaimedAttributes;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.civilid.v1.MatchResult;
import gcc.jisr.contracts.civilid.v1.PersonAttribute;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers each claimed attribute with MATCH, PARTIAL or NO_MATCH, or NOT_CHECKED when the requester may not have it
 * matched, the card is unknown, or the registry does not hold the attribute. Claimed values are never echoed.
 */
final class ClaimedAttributeMatching implements Processor {

    private final DisclosurePolicy policy;

    ClaimedAttributeMatching(DisclosurePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void process(Exchange exchange) {
        CivilIdVerification verification = CivilIdVerification.of(exchange);
        CivilIdVerificationRequest request = verification.request;
        ClaimedAttributes claimed = request.getClaimed();
        if (claimed == null) {
            return;
        }
        Set<PersonAttribute> matchable = policy.matchable(request.getRequester().getState(), request.getRequester().getAgency(),
                request.getPurpose());
        RegisteredPerson person = verification.answer.person().orElse(null);
        if (claimed.getFullNameArabic() != null) {
            add(verification, PersonAttribute.FULL_NAME_ARABIC, matchable, person,
                    () -> NameMatcher.matchArabic(claimed.getFullNameArabic(), person.fullNameArabic()));
        }
        if (claimed.getFullNameLatin() != null) {
            add(verification, PersonAttribute.FULL_NAME_LATIN, matchable, person,
                    () -> NameMatcher.matchLatin(claimed.getFullNameLatin(), person.fullNameLatin()));
        }
        if (claimed.getDateOfBirth() != null) {
            add(verification, PersonAttribute.DATE_OF_BIRTH, matchable, person, () -> person.dateOfBirth() == null
                    ? MatchResult.NOT_CHECKED
                    : claimed.getDateOfBirth().equals(person.dateOfBirth()) ? MatchResult.MATCH : MatchResult.NO_MATCH);
        }
    }

    private static void add(CivilIdVerification verification, PersonAttribute attribute, Set<PersonAttribute> matchable,
                            RegisteredPerson person, Supplier<MatchResult> result) {
        AttributeMatch match = new AttributeMatch();
        match.setAttribute(attribute);
        match.setResult(person == null || !matchable.contains(attribute) ? MatchResult.NOT_CHECKED : result.get());
        verification.matches.add(match);
    }
}
