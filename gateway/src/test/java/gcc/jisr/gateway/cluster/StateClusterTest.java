package gcc.jisr.gateway.cluster;

import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.traffic.TrafficConfiguration.NodeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cluster membership by configuration alone, with real Hazelcast members on loopback: two Kuwaiti nodes that list each
 * other form one cluster named for Kuwait; a Saudi node that lists the Kuwaiti members' addresses is refused by them
 * and stays a cluster of its own.
 */
class StateClusterTest {

    private final List<HazelcastInstance> started = new ArrayList<>();

    @AfterEach
    void shutDown() {
        // Clients first, then the members they are connected to.
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).shutdown();
        }
    }

    @Test
    void twoNodesOfOneStateFormOneClusterAndAnotherStatesNodeNeverJoinsIt() {
        int first = LocalGccNetwork.freePort();
        int second = LocalGccNetwork.freePort();
        int saudi = LocalGccNetwork.freePort();
        String kuwaitiMembers = "127.0.0.1:" + first + ",127.0.0.1:" + second;

        HazelcastInstance kuwait1 = member("KW", first, kuwaitiMembers, "kw-a");
        HazelcastInstance kuwait2 = member("KW", second, kuwaitiMembers, "kw-b");
        HazelcastInstance saudi1 = member("SA", saudi, kuwaitiMembers + ",127.0.0.1:" + saudi, "sa-a");

        assertThat(kuwait1.getConfig().getClusterName()).isEqualTo("jisr-kw");
        assertThat(saudi1.getConfig().getClusterName()).isEqualTo("jisr-sa");
        assertThat(nodes(kuwait1)).containsExactlyInAnyOrder("kw-a", "kw-b");
        assertThat(nodes(kuwait2)).containsExactlyInAnyOrder("kw-a", "kw-b");
        assertThat(nodes(saudi1)).containsExactly("sa-a");

        // What one Kuwaiti node writes, the other reads; the Saudi cluster sees none of it.
        kuwait1.getMap("shared").put("key", "from kw-a");
        assertThat(kuwait2.<String, String>getMap("shared").get("key")).isEqualTo("from kw-a");
        assertThat(saudi1.<String, String>getMap("shared").get("key")).isNull();
    }

    @Test
    void aNodeRefusesToRunInAClusterHoldingAMemberItsListDoesNotName() {
        int first = LocalGccNetwork.freePort();
        int stranger = LocalGccNetwork.freePort();
        int late = LocalGccNetwork.freePort();
        member("KW", first, "127.0.0.1:" + first + ",127.0.0.1:" + stranger, "kw-a");
        member("KW", stranger, "127.0.0.1:" + first + ",127.0.0.1:" + stranger, "stranger");

        JisrProperties lateNode = bind(settings("KW", late, "127.0.0.1:" + first + ",127.0.0.1:" + late));
        assertThatThrownBy(() -> started.add(new ClusterConfiguration().hazelcast(lateNode, new NodeName("kw-b"))))
                .hasMessageContaining("not in jisr.cluster.members").hasMessageContaining(":" + stranger);
    }

    @Test
    void anEmbeddedMemberListensOnItsConfiguredInterfaceOnly() throws Exception {
        InetAddress otherInterface = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst().orElse(null);
        assumeTrue(otherInterface != null, "this machine has an interface besides loopback");
        int port = LocalGccNetwork.freePort();
        member("KW", port, "", "kw-a");

        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        assertThatThrownBy(() -> {
            try (Socket network = new Socket()) {
                network.connect(new InetSocketAddress(otherInterface, port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void clientModeWithoutAddressesIsRefusedWithTheKeyToSet() {
        Map<String, String> settings = settings("KW", LocalGccNetwork.freePort(), "");
        settings.put("jisr.cluster.mode", "client");
        JisrProperties properties = bind(settings);
        assertThatThrownBy(() -> new ClusterConfiguration().hazelcast(properties, new NodeName("kw-c")))
                .hasMessageContaining("jisr.cluster.client.addresses");
    }

    @Test
    void aClientNodeJoinsAnExternalClusterOfItsStateByConfigurationAlone() {
        int port = LocalGccNetwork.freePort();
        HazelcastInstance external = member("KW", port, "", "external");
        Map<String, String> settings = settings("KW", LocalGccNetwork.freePort(), "");
        settings.put("jisr.cluster.mode", "client");
        settings.put("jisr.cluster.client.addresses", "127.0.0.1:" + port);
        settings.put("jisr.cluster.client.connect-timeout", "20s");
        JisrProperties properties = bind(settings);
        HazelcastInstance client = new ClusterConfiguration().hazelcast(properties, new NodeName("kw-client"));
        started.add(client);

        client.getMap("shared").put("key", "from the client");
        assertThat(external.<String, String>getMap("shared").get("key")).isEqualTo("from the client");
        ClusterMembership membership = new ClusterMembership(client, properties.cluster(), "jisr-kw");
        assertThat(membership.standing().joined()).isTrue();
        assertThat(membership.standing().mode()).isEqualTo("client");
    }

    private HazelcastInstance member(String state, int port, String members, String node) {
        HazelcastInstance instance = new ClusterConfiguration().hazelcast(bind(settings(state, port, members)), new NodeName(node));
        started.add(instance);
        return instance;
    }

    private static Map<String, String> settings(String state, int port, String members) {
        Map<String, String> settings = new HashMap<>();
        settings.put("jisr.state", state);
        settings.put("jisr.cluster.port", Integer.toString(port));
        settings.put("jisr.cluster.members", members);
        return settings;
    }

    private static JisrProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bind("jisr", JisrProperties.class).get();
    }

    private static Set<String> nodes(HazelcastInstance instance) {
        return instance.getCluster().getMembers().stream().map(member -> member.getAttribute(ClusterConfiguration.NODE_ATTRIBUTE))
                .collect(Collectors.toSet());
    }
}
