package gcc.jisr.gateway.admin.routes;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The state operators give routes, shared by every node of this state's gateway: a route suspended through one node's
 * admin API is suspended on all of them, and a node that joins later (or restarts) takes the states at start-up. The
 * cluster's map holds what each route should be (started, suspended, stopped); every node listens to it and brings
 * its own route there. Applying is idempotent, so the node that took the command applies it once more harmlessly.
 */
public class SharedRouteStates implements ApplicationListener<ApplicationReadyEvent>,
        EntryAddedListener<String, String>, EntryUpdatedListener<String, String>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedRouteStates.class);

    /** What an operator wants a route to be. */
    enum Wanted { STARTED, SUSPENDED, STOPPED }

    private final IMap<String, String> wanted;
    private final RouteControl routes;
    private final CamelContext camel;
    // Stopping a route waits for its exchanges in flight; Hazelcast's event threads must not wait with it.
    private final ExecutorService applier = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jisr-route-states");
        thread.setDaemon(true);
        return thread;
    });

    public SharedRouteStates(IMap<String, String> wanted, RouteControl routes, CamelContext camel) {
        this.wanted = wanted;
        this.routes = routes;
        this.camel = camel;
    }

    /** Applies the operator's command here, then tells every other node to do the same. */
    public RouteControl.RouteView command(String id, RouteControl.Command command) {
        RouteControl.RouteView view = routes.command(id, command);
        wanted.put(id, wantedAfter(command).name());
        return view;
    }

    /** At start: the routes take the states the cluster holds, and from then on every change. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        wanted.addEntryListener(this, true);
        for (Map.Entry<String, String> entry : wanted.entrySet()) {
            bring(entry.getKey(), Wanted.valueOf(entry.getValue()));
        }
    }

    @Override
    public void entryAdded(EntryEvent<String, String> event) {
        applier.execute(() -> bring(event.getKey(), Wanted.valueOf(event.getValue())));
    }

    @Override
    public void entryUpdated(EntryEvent<String, String> event) {
        applier.execute(() -> bring(event.getKey(), Wanted.valueOf(event.getValue())));
    }

    private void bring(String id, Wanted state) {
        if (camel.getRoute(id) == null) {
            LOG.warn("the cluster wants route {} {}, but this node has no such route", id, state);
            return;
        }
        ServiceStatus now = camel.getRouteController().getRouteStatus(id);
        RouteControl.Command command = switch (state) {
            case STARTED -> now == ServiceStatus.Suspended ? RouteControl.Command.RESUME
                    : now == ServiceStatus.Stopped ? RouteControl.Command.START : null;
            case SUSPENDED -> now == ServiceStatus.Started ? RouteControl.Command.SUSPEND : null;
            case STOPPED -> now == ServiceStatus.Stopped ? null : RouteControl.Command.STOP;
        };
        if (command == null) {
            return;
        }
        try {
            routes.command(id, command);
            LOG.info("route {}: {} as the cluster wants it ({})", id, command, state);
        } catch (RuntimeException e) {
            LOG.error("route {} could not be brought to {}: {}", id, state, e.getMessage());
        }
    }

    private static Wanted wantedAfter(RouteControl.Command command) {
        return switch (command) {
            case START, RESUME -> Wanted.STARTED;
            case SUSPEND -> Wanted.SUSPENDED;
            case STOP -> Wanted.STOPPED;
        };
    }

    @Override
    public void close() {
        applier.shutdownNow();
    }
}
