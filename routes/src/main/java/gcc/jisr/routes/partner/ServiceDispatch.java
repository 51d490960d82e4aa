package gcc.jisr.routes.partner;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Chooses the route that serves the envelope's service. A service may be granted in configuration before this
 * gateway runs a route for it: that is refused as not offered, never sent into the void.
 */
final class ServiceDispatch implements Processor {

    static final String SERVICE_ENDPOINT = "jisr.serviceEndpoint";

    @Override
    public void process(Exchange exchange) {
        String service = PartnerDelivery.of(exchange).envelope().service();
        String endpoint = PartnerRoutes.serviceEndpoint(service);
        if (exchange.getContext().hasEndpoint(endpoint) == null) {
            throw new JisrException(JisrError.SERVICE_NOT_GRANTED, "this gateway offers no service " + service);
        }
        exchange.setProperty(SERVICE_ENDPOINT, endpoint);
    }
}
