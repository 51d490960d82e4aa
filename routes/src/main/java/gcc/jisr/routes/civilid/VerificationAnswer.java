package gcc.jisr.routes.civilid;

import gcc.jisr.adapters.RegisteredPerson;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationResponse;
import gcc.jisr.contracts.civilid.v1.PersonAttribute;
import gcc.jisr.contracts.civilid.v1.PersonAttributes;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The canonical answer: card status and expiry for every requester, and of the person only what the disclosure
 * policy grants this requester for this purpose.
 */
final class VerificationAnswer implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationAnswer.class);

    private final DisclosurePolicy policy;
    private final Clock clock;

    VerificationAnswer(DisclosurePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        CivilIdVerification verification = CivilIdVerification.of(exchange);
        CivilIdVerificationRequest request = verification.request;
        RegistryAnswer answer = verification.answer;
        Set<PersonAttribute> disclosed = policy.disclosed(request.getRequester().getState(), request.getRequester().getAgency(),
                request.getPurpose());

        CivilIdVerificationResponse response = new CivilIdVerificationResponse();
        response.setMessageId(verification.messageId);
        response.setCorrelationId(verification.correlationId);
        response.setCivilId(verification.civilId.value());
        response.setIssuingState(verification.civilId.issuingState().code());
        response.setCardStatus(answer.cardStatus());
        response.setCardExpiry(answer.cardExpiry().orElse(null));
        response.setCardExpiryHijri(answer.cardExpiryHijri().orElse(null));
        answer.person().map(p -> disclose(p, disclosed)).ifPresent(response::setPerson);
        response.getMatch().addAll(verification.matches);
        response.setRespondedAt(OffsetDateTime.now(clock));

        exchange.getMessage().getHeaders().clear();
        exchange.getMessage().setBody(response);
        LOG.info("civil-id verified messageId={} requester={}/{} purpose={} civilId={} cardStatus={} disclosed={}",
                verification.messageId, request.getRequester().getState(), request.getRequester().getAgency(),
                request.getPurpose(), verification.civilId, answer.cardStatus(), disclosed);
    }

    private static PersonAttributes disclose(RegisteredPerson person, Set<PersonAttribute> disclosed) {
        if (disclosed.isEmpty()) {
            return null;
        }
        PersonAttributes attributes = new PersonAttributes();
        if (disclosed.contains(PersonAttribute.FULL_NAME_ARABIC)) {
            attributes.setFullNameArabic(person.fullNameArabic());
        }
        if (disclosed.contains(PersonAttribute.FULL_NAME_LATIN)) {
            attributes.setFullNameLatin(person.fullNameLatin());
        }
        if (disclosed.contains(PersonAttribute.DATE_OF_BIRTH)) {
            attributes.setDateOfBirth(person.dateOfBirth());
            attributes.setDateOfBirthHijri(person.dateOfBirthHijri());
        }
        if (disclosed.contains(PersonAttribute.SEX)) {
            attributes.setSex(person.sex());
        }
        if (disclosed.contains(PersonAttribute.NATIONALITY)) {
            attributes.setNationality(person.nationality());
        }
        return attributes;
    }
}
