package gcc.jisr.gateway.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import gcc.jisr.gateway.config.JisrProperties;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this node is part of its state's cluster: an embedded member counts the members it sees against the
 * configured minimum (a node cut off from the others sees only itself); a client must be connected to the external
 * cluster. Readiness asks this, so that a load balancer sends no traffic to a node that would work alone.
 */
public class ClusterMembership {

    /** What readiness reports: joined or not, members seen, and the minimum asked for. */
    public record Standing(boolean joined, int members, int minimum, String mode, String clusterName) {
    }

    private final HazelcastInstance hazelcast;
    private final JisrProperties.Cluster settings;
    private final String clusterName;
    private final AtomicBoolean clientConnected = new AtomicBoolean(true);

    ClusterMembership(HazelcastInstance hazelcast, JisrProperties.Cluster settings, String clusterName) {
        this.hazelcast = hazelcast;
        this.settings = settings;
        this.clusterName = clusterName;
        if (settings.mode() == JisrProperties.Cluster.Mode.CLIENT) {
            // The client is connected when it is built (it waits for the cluster); from then on, events say.
            hazelcast.getLifecycleService().addLifecycleListener(event -> {
                if (event.getState() == LifecycleState.CLIENT_CONNECTED) {
                    clientConnected.set(true);
                } else if (event.getState() == LifecycleState.CLIENT_DISCONNECTED
                        || event.getState() == LifecycleState.SHUTTING_DOWN) {
                    clientConnected.set(false);
                }
            });
        }
    }

    public Standing standing() {
        boolean running = hazelcast.getLifecycleService().isRunning();
        int members = running ? hazelcast.getCluster().getMembers().size() : 0;
        boolean joined = settings.mode() == JisrProperties.Cluster.Mode.CLIENT
                ? running && clientConnected.get() && members > 0
                : running && members >= settings.minimumMembers();
        return new Standing(joined, members, settings.minimumMembers(), settings.mode().name().toLowerCase(),
                clusterName);
    }
}
