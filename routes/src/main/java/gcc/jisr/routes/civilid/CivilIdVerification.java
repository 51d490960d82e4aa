package gcc.jisr.routes.civilid;

import gcc.jisr.adapters.CivilId;
import gcc.jisr.adapters.CountryAdapter;
import gcc.jisr.adapters.RegistryAnswer;
import gcc.jisr.contracts.civilid.v1.AttributeMatch;
import gcc.jisr.contracts.civilid.v1.CivilIdVerificationRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * One verification as it moves through the route: the request as received, and what each step learned. Lives in
 * an exchange property, so that the message body can carry the bytes that go to and come from the registry.
 */
final class CivilIdVerification {

    static final String PROPERTY = "jisr.civilIdVerification";

    final String messageId;
    final String correlationId;
    final CivilIdVerificationRequest request;
    CountryAdapter adapter;
    CivilId civilId;
    RegistryAnswer answer;
    final List<AttributeMatch> matches = new ArrayList<>();

    CivilIdVerification(String messageId, String correlationId, CivilIdVerificationRequest request) {
        this.messageId = messageId;
        this.correlationId = correlationId;
        this.request = request;
    }

    static CivilIdVerification of(org.apache.camel.Exchange exchange) {
        return exchange.getProperty(PROPERTY, CivilIdVerification.class);
    }
}
