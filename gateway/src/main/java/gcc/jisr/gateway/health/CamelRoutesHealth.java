package gcc.jisr.gateway.health;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Up once Camel has started this node's routes: before that, a request would reach a route that is not there yet.
 * A route an operator has stopped or suspended does not count against the node; that is the operator's decision.
 */
final class CamelRoutesHealth implements HealthIndicator {

    private final CamelContext camel;

    CamelRoutesHealth(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    public Health health() {
        ServiceStatus status = camel.getStatus();
        return (status == ServiceStatus.Started ? Health.up() : Health.outOfService())
                .withDetail("camel", status.name())
                .withDetail("routes", camel.getRoutes().size())
                .build();
    }
}
