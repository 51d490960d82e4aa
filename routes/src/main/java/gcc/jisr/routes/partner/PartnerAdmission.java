package gcc.jisr.routes.partner;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A partner this gateway's operators disabled is refused right after it is known who sends, before its message id is
 * remembered as seen: once enabled again, the partner can send the same message and have it taken.
 */
final class PartnerAdmission implements Processor {

    private final PartnerAuthorization authorization;

    PartnerAdmission(PartnerAuthorization authorization) {
        this.authorization = authorization;
    }

    @Override
    public void process(Exchange exchange) {
        authorization.requireEnabled(PartnerDelivery.of(exchange).sender());
    }
}
