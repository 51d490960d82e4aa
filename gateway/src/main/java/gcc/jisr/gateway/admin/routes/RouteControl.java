package gcc.jisr.gateway.admin.routes;

import gcc.jisr.contracts.errors.JisrError;
import gcc.jisr.contracts.errors.JisrException;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.spi.RouteController;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Camel routes of this node as operators see and steer them. Stopping waits for the exchanges in flight up to a
 * configured time; suspending keeps the route's consumer but takes no new work (a suspended {@code direct:} route
 * refuses its callers). What an outbox route leaves undone stays in the outbox and leaves once it runs again.
 */
public class RouteControl {

    /** What an operator may do to a route. */
    public enum Command { START, STOP, SUSPEND, RESUME }

    public record RouteView(String id, String status, String endpoint, long uptimeMillis, long exchangesTotal,
                            long exchangesFailed, long exchangesInflight) {
    }

    private final CamelContext camel;
    private final RouteExchangeCounts counts;
    private final Duration stopTimeout;

    public RouteControl(CamelContext camel, RouteExchangeCounts counts, Duration stopTimeout) {
        this.camel = camel;
        this.counts = counts;
        this.stopTimeout = stopTimeout;
    }

    public List<RouteView> routes() {
        return camel.getRoutes().stream().sorted(Comparator.comparing(Route::getRouteId)).map(this::view).toList();
    }

    public RouteView route(String id) {
        return view(existing(id));
    }

    public RouteView command(String id, Command command) {
        Route route = existing(id);
        RouteController controller = camel.getRouteController();
        try {
            switch (command) {
                case START -> controller.startRoute(id);
                case STOP -> controller.stopRoute(id, stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
                case SUSPEND -> controller.suspendRoute(id, stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
                case RESUME -> controller.resumeRoute(id);
            }
        } catch (Exception e) {
            throw new IllegalStateException("route " + id + " did not " + command.name().toLowerCase() + ": " + e.getMessage(), e);
        }
        return view(route);
    }

    private Route existing(String id) {
        Route route = camel.getRoute(id);
        if (route == null) {
            throw new JisrException(JisrError.NOT_FOUND, "no route " + id + " on this node; GET " +
                    "/admin/api/v1/routes lists them");
        }
        return route;
    }

    private RouteView view(Route route) {
        String id = route.getRouteId();
        ServiceStatus status = camel.getRouteController().getRouteStatus(id);
        RouteExchangeCounts.Counts c = counts.of(id);
        return new RouteView(id, status == null ? "Unknown" : status.name(), route.getEndpoint().getEndpointBaseUri(),
                route.getUptimeMillis(), c.total(), c.failed(), camel.getInflightRepository().size(id));
    }
}
