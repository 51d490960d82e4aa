package gcc.jisr.routes.civilid;

import gcc.jisr.adapters.RegistryCall;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;

import java.net.URI;

/**
 * Turns the verification into the HTTP request the issuing state's registry expects. The message headers are
 * cleared first: the HTTP producer sends every header it finds, and nothing of the caller's request may reach a
 * national system unless the adapter put it there.
 */
final class RegistryCallTranslation implements org.apache.camel.Processor {

    static final String REGISTRY_URI = "jisr.registryUri";
    static final String REGISTRY_STATE = "jisr.registryState";

    private final RegistryDirectory registries;

    RegistryCallTranslation(RegistryDirectory registries) {
        this.registries = registries;
    }

    @Override
    public void process(Exchange exchange) {
        CivilIdVerification verification = CivilIdVerification.of(exchange);
        GccState state = verification.civilId.issuingState();
        URI base = registries.civilRegistry(state).orElseThrow(() -> new JisrException(JisrError.STATE_NOT_SERVED,
                "this gateway has no address for the " + state + " civil registry"));
        RegistryCall call = verification.adapter.civilRegistry().lookup(verification.civilId);

        Message message = exchange.getMessage();
        message.getHeaders().clear();
        String path = call.pathAndQuery();
        int query = path.indexOf('?');
        // The enum, not its name: camel-http converts a String to it with a type-converter lookup per call that
        // scans every converter (JFR: a tenth of a gateway's allocations under load).
        message.setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(call.method()));
        message.setHeader(Exchange.HTTP_PATH, query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            message.setHeader(Exchange.HTTP_QUERY, path.substring(query + 1));
        }
        if (call.contentType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, call.contentType());
        }
        call.headers().forEach(message::setHeader);
        message.setBody(call.body());
        exchange.setProperty(REGISTRY_STATE, state);
        exchange.setProperty(REGISTRY_URI, CivilIdVerificationRoute.REGISTRY_COMPONENT + ":" + base.getHost()
                + (base.getPort() > 0 ? ":" + base.getPort() : "") + base.getRawPath() + "?throwExceptionOnFailure=false");
    }
}
