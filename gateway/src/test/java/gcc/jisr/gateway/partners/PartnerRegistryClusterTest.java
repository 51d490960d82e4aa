package gcc.jisr.gateway.partners;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.contracts.GccState;
import gcc.jisr.contracts.civilid.v1.PurposeCode;
import gcc.jisr.gateway.config.JisrProperties;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.pki.CertificateKind;
import gcc.jisr.gateway.pki.GatewayCertificates;
import gcc.jisr.gateway.store.FreshStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of one state's gateway, each with its own Hazelcast member and partner registry, sharing one store (H2,
 * and the PostgreSQL production store when it is there): what an admin changes through one node is what the other
 * node uses for its next message, though it had read the partners before, and the configuration stays the seed.
 */
class PartnerRegistryClusterTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final JisrProperties.Partners CONFIGURED = new JisrProperties.Partners(0, "127.0.0.1", List.of("TLSv1.3"),
            Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(10),
            Map.of(GccState.SA, URI.create("https://127.0.0.1:9")),
            List.of(new JisrProperties.PartnerGrant(GccState.SA, Set.of("gcc.traffic.violation.notify.v1"), Set.of())));

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void shutDown() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        members.forEach(HazelcastInstance::shutdown);
    }

    @Test
    void aChangeThroughOneNodeIsWhatTheOtherUsesNextOnH2() throws Exception {
        aChangeThroughOneNodeIsWhatTheOtherUsesNext(FreshStore.h2());
    }

    @Test
    void aChangeThroughOneNodeIsWhatTheOtherUsesNextOnPostgreSql() throws Exception {
        aChangeThroughOneNodeIsWhatTheOtherUsesNext(FreshStore.postgres(true));
    }

    private void aChangeThroughOneNodeIsWhatTheOtherUsesNext(FreshStore store) throws Exception {
        closing.add(store);
        GatewayCertificates pki = LocalGccNetwork.developmentPki(Path.of("target", "partner-registry-test-pki"), "changeit", CLOCK);
        List<PartnerRegistry> nodes = twoNodes(store, pki);
        PartnerRegistry first = nodes.get(0);
        PartnerRegistry second = nodes.get(1);
        RegistryPartnerDirectory secondDirectory = new RegistryPartnerDirectory(second);
        // The second node has read the partners (the configuration alone) before anything changes.
        assertThat(secondDirectory.gatewayOf(GccState.SA)).contains(URI.create("https://127.0.0.1:9"));
        assertThat(second.current().partner(GccState.QA)).isEmpty();

        first.add(GccState.QA, URI.create("https://gw.qa.example:8443"), Set.of("gcc.civil-id.verify.v1"),
                Set.of(PurposeCode.BORDER_CROSSING), "amal");
        first.changeEndpoint(GccState.SA, URI.create("https://gw2.sa.example:9443"), "amal");
        first.enable(GccState.SA, false, "amal");
        awaitTrue(() -> secondDirectory.gatewayOf(GccState.SA).equals(java.util.Optional.of(URI.create("https://gw2.sa.example:9443")))
                && second.current().partner(GccState.QA).isPresent() && second.current().disabled().contains(GccState.SA));
        RegisteredPartner qatar = second.require(GccState.QA);
        assertThat(qatar.source()).isEqualTo(RegisteredPartner.Source.REGISTRY);
        assertThat(qatar.purposes()).containsExactly(PurposeCode.BORDER_CROSSING);
        // The Saudi row keeps what the configuration granted: one change does not forget the rest.
        assertThat(second.require(GccState.SA).services()).containsExactly("gcc.traffic.violation.notify.v1");

        X509Certificate saudi = pki.loadCredential(GccState.SA, CertificateKind.TLS).certificate();
        List<String> registered = first.register(GccState.SA, GatewayCertificates.pem(saudi).getBytes(), "amal");
        awaitTrue(() -> second.current().pinned(GccState.SA, Instant.now()).contains(saudi));
        first.retire(GccState.SA, registered.get(0), "amal");
        awaitTrue(() -> second.current().pinned(GccState.SA, Instant.now()).isEmpty());
        assertThat(second.require(GccState.SA).certificates()).singleElement().satisfies(c -> {
            assertThat(c.retiredBy()).isEqualTo("amal");
            assertThat(c.fingerprint()).isEqualTo(registered.get(0));
        });
        first.enable(GccState.SA, true, "amal");
        awaitTrue(() -> second.current().disabled().isEmpty());
    }

    private List<PartnerRegistry> twoNodes(FreshStore store, GatewayCertificates pki) {
        int first = LocalGccNetwork.freePort();
        int second = LocalGccNetwork.freePort();
        List<PartnerRegistry> nodes = new ArrayList<>();
        for (int port : new int[] {first, second}) {
            Config config = new Config().setClusterName("jisr-partner-registry-test-" + first);
            config.setProperty("hazelcast.phone.home.enabled", "false");
            config.setProperty("hazelcast.logging.type", "slf4j");
            config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
            config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
            config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
            config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
            config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true)
                    .setMembers(List.of("127.0.0.1:" + first, "127.0.0.1:" + second));
            HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
            members.add(member);
            PartnerRegistry registry = new PartnerRegistry(store.jdbc, store.transactions,
                    member.getMap("jisr-partner-registry-changes"), GccState.KW, CONFIGURED, pki, CLOCK);
            closing.add(registry);
            nodes.add(registry);
        }
        assertThat(members.get(0).getCluster().getMembers()).hasSize(2);
        return nodes;
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the other node saw the change within 10 s").isBefore(until);
            Thread.sleep(20);
        }
    }
}
