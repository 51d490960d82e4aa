package gcc.jisr.gateway.admin;

import gcc.jisr.gateway.admin.partners.PartnerOverview;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.gateway.admin.routes.RouteControl;
import gcc.jisr.gateway.admin.routes.SharedRouteStates;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.partners.PartnerRegistry;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.admin.routes.RouteExchangeCounts;
import org.apache.camel.CamelContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the operators' admin API (its security: {@code security.AdminSecurityConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

    static final String ROUTE_STATES = "jisr-route-states";

    /** Registered with Camel as an event notifier (Camel's Spring Boot support adds every EventNotifier bean). */
    @Bean
    RouteExchangeCounts routeExchangeCounts() {
        return new RouteExchangeCounts();
    }

    @Bean
    PartnerOverview partnerOverview(JisrProperties jisr, PartnerRegistry registry, PartnerSuspensions suspensions,
                                    GatewayCertificates certificates, AdminProperties admin, Clock clock) {
        return new PartnerOverview(jisr, registry, suspensions, certificates, admin.certificateWarnings(), clock);
    }

    @Bean
    RouteControl routeControl(CamelContext camel, RouteExchangeCounts counts, AdminProperties admin) {
        return new RouteControl(camel, counts, admin.routeStopTimeout());
    }

    @Bean
    SharedRouteStates sharedRouteStates(HazelcastInstance hazelcast, RouteControl routes, CamelContext camel) {
        return new SharedRouteStates(hazelcast.getMap(ROUTE_STATES), routes, camel);
    }
}
