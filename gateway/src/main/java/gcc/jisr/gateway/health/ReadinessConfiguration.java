package gcc.jisr.gateway.health;

import gcc.jisr.gateway.cluster.ClusterMembership;
import org.apache.camel.CamelContext;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * What a load balancer asks before it sends a node traffic (/actuator/health/readiness, groups in application.yml):
 * the node has joined its state's cluster, reaches its store, and runs its routes. Liveness asks none of these: a
 * node cut off from its database is not helped by a restart.
 */
@Configuration(proxyBeanMethods = false)
public class ReadinessConfiguration {

    /** Health contributor "clusterMembership". */
    @Bean
    HealthIndicator clusterMembershipHealthIndicator(ClusterMembership membership) {
        return new ClusterMembershipHealth(membership);
    }

    /** Health contributor "store". */
    @Bean
    HealthIndicator storeHealthIndicator(DataSource dataSource) {
        return new StoreHealth(dataSource);
    }

    /** Health contributor "camelRoutes". */
    @Bean
    HealthIndicator camelRoutesHealthIndicator(CamelContext camel) {
        return new CamelRoutesHealth(camel);
    }
}
