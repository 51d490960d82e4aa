package gcc.jisr.gateway.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.store.Outbox;
import gcc.jisr.gateway.traffic.TrafficConfiguration.NodeName;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * What the nodes of one state's gateway share, by configuration alone: either a Hazelcast member embedded in each node
 * that joins only the members listed (never multicast), or a client of an external Hazelcast cluster. Either way the
 * cluster is named after the state (jisr-kw), so that six gateways on one machine stay six clusters and a node of one
 * state never joins another's. An embedded member listens on the one interface configured and refuses, at start, a
 * cluster holding members not listed ({@link ListedMembers}: what Hazelcast open source can and cannot keep out).
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    static final String SEEN_MESSAGES = "jisr-seen-messages";
    /** The member attribute that names the node in outbox leases: how survivors know whose leases to release. */
    public static final String NODE_ATTRIBUTE = "jisr.outbox.node";

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance hazelcast(JisrProperties properties, NodeName node) {
        JisrProperties.Cluster cluster = properties.cluster();
        String name = cluster.nameFor(properties.state());
        if (cluster.mode() == JisrProperties.Cluster.Mode.CLIENT) {
            return HazelcastClient.newHazelcastClient(clientConfig(cluster, name, node));
        }
        Config config = new Config();
        config.setClusterName(name);
        config.setInstanceName(name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // How soon a silent member (killed, cut off) is declared dead, and its outbox entries handed to the others.
        long detection = Math.max(2, cluster.failureDetection().toSeconds());
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Long.toString(detection));
        config.setProperty("hazelcast.heartbeat.interval.seconds", Long.toString(Math.max(1, detection / 5)));
        config.getMemberAttributeConfig().setAttribute(NODE_ATTRIBUTE, node.value());
        config.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(cluster.address());
        // Without this a member listens on every interface whatever the list above says (that only picks the address
        // it announces), and serves the cluster's maps to anyone who can reach any of them.
        config.setProperty("hazelcast.socket.bind.any", "false");
        // Management Center's operations (cluster state, shutdown, reading map entries, running scripts) reach a member
        // over the client protocol without credentials in open source; Jisr uses none of them, so only the node itself
        // may ask, and the console, scripts and data access are off.
        config.getManagementCenterConfig().setTrustedInterfaces(Set.of(cluster.address()))
                .setConsoleEnabled(false).setScriptingEnabled(false).setDataAccessEnabled(false);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!cluster.members().isEmpty()).setMembers(cluster.members());
        // Entries carry their own time to live (putIfAbsent with TTL); backups keep them when a node dies.
        config.addMapConfig(new MapConfig(SEEN_MESSAGES).setBackupCount(1));
        ListedMembers listed = ListedMembers.of(cluster.members());
        config.addListenerConfig(new ListenerConfig(listed));
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        List<Member> strangers = listed.strangers(member.getCluster().getMembers());
        if (!strangers.isEmpty()) {
            member.shutdown();
            throw new IllegalStateException("the Hazelcast cluster " + name + " holds members not in jisr.cluster.members: "
                    + strangers.stream().map(stranger -> stranger.getAddress().toString()).toList()
                    + "; list every node of this state's gateway there, or stop the others");
        }
        return member;
    }

    private static ClientConfig clientConfig(JisrProperties.Cluster cluster, String name, NodeName node) {
        if (cluster.client().addresses().isEmpty()) {
            throw new IllegalStateException("jisr.cluster.mode is client but jisr.cluster.client.addresses is empty: "
                    + "name the members of the external Hazelcast cluster, host:port");
        }
        ClientConfig config = new ClientConfig();
        config.setClusterName(name);
        config.setInstanceName(name + "-client-" + node.value());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.client.shutdownhook.enabled", "false");
        config.getNetworkConfig().setAddresses(cluster.client().addresses());
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(cluster.client().connectTimeout().toMillis());
        return config;
    }

    @Bean
    HazelcastSeenMessages seenMessages(HazelcastInstance hazelcast) {
        return new HazelcastSeenMessages(hazelcast.getMap(SEEN_MESSAGES));
    }

    @Bean
    ClusterMembership clusterMembership(HazelcastInstance hazelcast, JisrProperties properties) {
        return new ClusterMembership(hazelcast, properties.cluster(), properties.cluster().nameFor(properties.state()));
    }

    @Bean
    DeadNodeTakeover deadNodeTakeover(HazelcastInstance hazelcast, Outbox outbox, NodeName node) {
        DeadNodeTakeover takeover = new DeadNodeTakeover(outbox, node.value());
        takeover.watch(hazelcast);
        return takeover;
    }
}
