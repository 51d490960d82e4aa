package gcc.jisr.gateway.health;

import gcc.jisr.gateway.cluster.ClusterMembership;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Down while this node has not joined its cluster: fewer members than jisr.cluster.minimum-members, or no client connection. */
final class ClusterMembershipHealth implements HealthIndicator {

    private final ClusterMembership membership;

    ClusterMembershipHealth(ClusterMembership membership) {
        this.membership = membership;
    }

    @Override
    public Health health() {
        ClusterMembership.Standing standing = membership.standing();
        return (standing.joined() ? Health.up() : Health.down())
                .withDetail("cluster", standing.clusterName())
                .withDetail("mode", standing.mode())
                .withDetail("members", standing.members())
                .withDetail("minimumMembers", standing.minimum())
                .build();
    }
}
