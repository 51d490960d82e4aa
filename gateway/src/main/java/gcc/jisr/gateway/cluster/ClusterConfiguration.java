package gcc.jisr.gateway.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.gateway.config.JisrProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/**
 * The Hazelcast member embedded in this gateway node: what the nodes of one state's gateway share. Joins only the
 * members listed in configuration (never multicast, never another state's cluster, whose name differs), so that six
 * gateways on one machine stay six clusters.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    static final String SEEN_MESSAGES = "jisr-seen-messages";

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance hazelcast(JisrProperties properties) {
        JisrProperties.Cluster cluster = properties.cluster();
        Config config = new Config();
        config.setClusterName(cluster.name().isBlank()
                ? "jisr-" + properties.state().name().toLowerCase(Locale.ROOT) : cluster.name());
        config.setInstanceName(config.getClusterName() + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.getNetworkConfig().setPort(cluster.port()).setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(cluster.address());
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!cluster.members().isEmpty()).setMembers(cluster.members());
        // Entries carry their own time to live (putIfAbsent with TTL); backups keep them when a node dies.
        config.addMapConfig(new MapConfig(SEEN_MESSAGES).setBackupCount(1));
        return Hazelcast.newHazelcastInstance(config);
    }

    @Bean
    HazelcastSeenMessages seenMessages(HazelcastInstance hazelcast) {
        return new HazelcastSeenMessages(hazelcast.getMap(SEEN_MESSAGES));
    }
}
