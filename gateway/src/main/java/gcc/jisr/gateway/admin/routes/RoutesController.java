package gcc.jisr.gateway.admin.routes;

import gcc.jisr.gateway.admin.AdminRequests;
import gcc.jisr.gateway.admin.audit.OperatorAudit;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** Routes: list with status and exchange counts; start, stop, suspend, resume, each audited and applied on every node. */
@RestController
public class RoutesController {

    private final RouteControl routes;
    private final SharedRouteStates shared;
    private final OperatorAudit audit;

    public record Routes(List<RouteControl.RouteView> routes) {
    }

    public RoutesController(RouteControl routes, SharedRouteStates shared, OperatorAudit audit) {
        this.routes = routes;
        this.shared = shared;
        this.audit = audit;
    }

    @GetMapping(path = AdminRequests.BASE + "/routes", produces = MediaType.APPLICATION_JSON_VALUE)
    public Routes list() {
        return new Routes(routes.routes());
    }

    @PostMapping(path = AdminRequests.BASE + "/routes/{id}/{command:start|stop|suspend|resume}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public RouteControl.RouteView command(@PathVariable String id, @PathVariable String command) {
        RouteControl.Command what = RouteControl.Command.valueOf(command.toUpperCase(Locale.ROOT));
        return audit.perform("ROUTE_" + what.name(), id, null, () -> shared.command(id, what));
    }
}
