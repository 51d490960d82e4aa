package gcc.jisr.gateway.ratelimit;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import gcc.jisr.contracts.GccState;
import gcc.jisr.gateway.network.LocalGccNetwork;
import gcc.jisr.gateway.store.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners' token buckets on two real Hazelcast members: callers racing on both nodes spend no more than the
 * bucket holds, a refused call learns how long to wait, and time refills the bucket.
 */
class SharedTokenBucketsTest {

    private static final String VERIFY = "gcc.civil-id.verify.v1";

    private final List<HazelcastInstance> members = new ArrayList<>();

    @AfterEach
    void shutDown() {
        members.forEach(HazelcastInstance::shutdown);
    }

    @Test
    void callersRacingOnTwoNodesSpendNoMoreThanTheBucketHolds() throws Exception {
        RateLimitProperties limits = new RateLimitProperties(List.of(new RateLimitProperties.Limit("SA", VERIFY, 50, 0.001)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        List<SharedTokenBuckets> nodes = twoNodes(limits, clock);

        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SharedTokenBuckets node = nodes.get(i % 2);
            Callable<Boolean> call = () -> node.take(GccState.SA, VERIFY).isZero();
            calls.add(callers.submit(call));
        }
        int granted = 0;
        for (Future<Boolean> call : calls) {
            granted += call.get() ? 1 : 0;
        }
        callers.shutdown();

        assertThat(granted).isEqualTo(50);
    }

    @Test
    void aRefusedCallLearnsWhenTheNextTokenComesAndTimeRefillsTheBucket() {
        RateLimitProperties limits = new RateLimitProperties(List.of(
                new RateLimitProperties.Limit("*", VERIFY, 2, 0.5),
                new RateLimitProperties.Limit("QA", "*", 100, 100)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        List<SharedTokenBuckets> nodes = twoNodes(limits, clock);

        assertThat(nodes.get(0).take(GccState.SA, VERIFY)).isZero();
        assertThat(nodes.get(1).take(GccState.SA, VERIFY)).isZero();
        assertThat(nodes.get(0).take(GccState.SA, VERIFY)).isEqualTo(Duration.ofSeconds(2));
        // Each partner has its own bucket, and a service no limit names is not limited.
        assertThat(nodes.get(1).take(GccState.AE, VERIFY)).isZero();
        assertThat(nodes.get(1).take(GccState.SA, "gcc.traffic.violation.notify.v1")).isZero();
        // The most specific limit wins: Qatar's own, not the one for every partner.
        for (int i = 0; i < 10; i++) {
            assertThat(nodes.get(i % 2).take(GccState.QA, VERIFY)).isZero();
        }

        clock.advance(Duration.ofMillis(1500));
        assertThat(nodes.get(1).take(GccState.SA, VERIFY)).isEqualTo(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(nodes.get(1).take(GccState.SA, VERIFY)).isZero();
        assertThat(nodes.get(0).take(GccState.SA, VERIFY)).isPositive();
    }

    private List<SharedTokenBuckets> twoNodes(RateLimitProperties limits, MutableClock clock) {
        int first = LocalGccNetwork.freePort();
        int second = LocalGccNetwork.freePort();
        List<SharedTokenBuckets> nodes = new ArrayList<>();
        for (int port : new int[] {first, second}) {
            Config config = new Config().setClusterName("jisr-rate-limit-test-" + first);
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
            nodes.add(new SharedTokenBuckets(member.getMap(RateLimitConfiguration.BUCKETS), limits, clock));
        }
        assertThat(members.get(0).getCluster().getMembers()).hasSize(2);
        return nodes;
    }
}
