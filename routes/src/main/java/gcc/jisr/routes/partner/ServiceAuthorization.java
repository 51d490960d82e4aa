package gcc.jisr.routes.partner;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The sender may call the envelope's service (its purposes are checked by the service's own route). */
final class ServiceAuthorization implements Processor {

    private final PartnerAuthorization authorization;

    ServiceAuthorization(PartnerAuthorization authorization) {
        this.authorization = authorization;
    }

    @Override
    public void process(Exchange exchange) {
        PartnerDelivery delivery = PartnerDelivery.of(exchange);
        authorization.requireService(delivery.sender(), delivery.envelope.service());
    }
}
