package gcc.jisr.routes.traffic;

import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.adapters.traffic.TrafficSystemTranslator;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import gcc.jisr.routes.partner.GccServices;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.Processor;

import java.net.URI;
import java.util.Optional;

/**
 * Turns a message for this state's traffic system into the HTTP request its national format expects. Headers are
 * cleared first: nothing reaches a national system that the adapter did not put there.
 */
final class NationalCallTranslation implements Processor {

    static final String SYSTEM_URI = "jisr.trafficSystemUri";

    private final GccState ownState;
    private final TrafficSystemTranslator translator;
    private final Optional<URI> system;

    NationalCallTranslation(GccState ownState, TrafficSystemTranslator translator, Optional<URI> system) {
        this.ownState = ownState;
        this.translator = translator;
        this.system = system;
    }

    @Override
    public void process(Exchange exchange) {
        DueMessage message = DeliveryStart.due(exchange);
        // A 5xx: the message waits in the outbox until an operator gives the address, nothing is dropped.
        URI base = system.orElseThrow(() -> new JisrException(JisrError.STATE_NOT_SERVED,
                "this gateway has no address for the " + ownState + " traffic system"));
        TrafficPayload payload = TrafficPayload.of(message.service(), message.payload());
        RegistryCall call = switch (message.service()) {
            case GccServices.TRAFFIC_NOTICE -> translator.noticeDelivery(payload.notice(), message.messageId());
            case GccServices.TRAFFIC_STATUS -> translator.statusUpdateDelivery(payload.statusUpdate(), message.messageId());
            default -> throw new JisrException(JisrError.INTERNAL, message.service() + " has no national delivery");
        };
        Message http = exchange.getMessage();
        http.getHeaders().clear();
        String path = call.pathAndQuery();
        int query = path.indexOf('?');
        // The enum, not its name: camel-http converts a String to it with a type-converter lookup per call that
        // scans every converter (JFR: a tenth of a gateway's allocations under load).
        http.setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(call.method()));
        http.setHeader(Exchange.HTTP_PATH, query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            http.setHeader(Exchange.HTTP_QUERY, path.substring(query + 1));
        }
        if (call.contentType() != null) {
            http.setHeader(Exchange.CONTENT_TYPE, call.contentType());
        }
        call.headers().forEach(http::setHeader);
        http.setBody(call.body());
        exchange.setProperty(SYSTEM_URI, TrafficRoutes.NATIONAL_COMPONENT + ":" + base.getHost()
                + (base.getPort() > 0 ? ":" + base.getPort() : "") + base.getRawPath() + "?throwExceptionOnFailure=false");
    }
}
