package gcc.jisr.gateway.admin.routes;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Exchanges per route, done and failed, since this node started: Camel's per-route statistics need its JMX
 * management module, which this gateway does not carry. A route fed by a timer or a servlet counts the exchanges it
 * completes; a route fed by {@code direct:} counts each exchange sent to it, as the sender sees it come back.
 */
public class RouteExchangeCounts extends EventNotifierSupport {

    /** A route's counts; failed exchanges are those Camel ends with an exception it did not handle. */
    public record Counts(long total, long failed) {
    }

    private record Counters(LongAdder total, LongAdder failed) {
    }

    private final Map<String, Counters> counters = new ConcurrentHashMap<>();
    private final Map<String, String> routeByEndpoint = new ConcurrentHashMap<>();

    public RouteExchangeCounts() {
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
        setIgnoreStepEvents(true);
    }

    public Counts of(String routeId) {
        Counters c = counters.get(routeId);
        return c == null ? new Counts(0, 0) : new Counts(c.total().sum(), c.failed().sum());
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeSentEvent || event instanceof ExchangeCompletedEvent
                || event instanceof ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof ExchangeSentEvent sent) {
            String route = routeConsuming(sent.getExchange().getContext(), sent.getEndpoint());
            if (route != null) {
                count(route, sent.getExchange());
            }
        } else if (event instanceof CamelEvent.ExchangeEvent done && done.getExchange().getFromRouteId() != null
                && !isDirect(done.getExchange().getFromEndpoint())) {
            // An exchange that began at a direct: route (a producer template's) was counted when it was sent there.
            count(done.getExchange().getFromRouteId(), done.getExchange());
        }
    }

    private static boolean isDirect(Endpoint endpoint) {
        return endpoint != null && endpoint.getEndpointUri().startsWith("direct:");
    }

    private void count(String routeId, Exchange exchange) {
        Counters c = counters.computeIfAbsent(routeId, id -> new Counters(new LongAdder(), new LongAdder()));
        c.total().increment();
        if (exchange.isFailed()) {
            c.failed().increment();
        }
    }

    /** The route whose consumer is this endpoint, or "" when none is (e.g. an HTTP call out); routes are fixed at start. */
    private String routeConsuming(CamelContext camel, Endpoint endpoint) {
        String route = routeByEndpoint.computeIfAbsent(endpoint.getEndpointKey(), key -> camel.getRoutes().stream()
                .filter(r -> r.getEndpoint().getEndpointKey().equals(key)).map(Route::getRouteId).findFirst().orElse(""));
        return route.isEmpty() ? null : route;
    }
}
