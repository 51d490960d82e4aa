package gcc.jisr.gateway.health;

import com.zaxxer.hikari.HikariDataSource;
import gcc.jisr.gateway.network.LocalGccNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's part of readiness against real databases: a reachable store is UP, one nobody answers for is DOWN
 * within its timeouts rather than hanging the probe. (The cluster's part is proven with real nodes in
 * KuwaitClusterTest.)
 */
class ReadinessHealthTest {

    @Test
    void aReachableStoreIsUp() {
        try (HikariDataSource h2 = dataSource("jdbc:h2:mem:readiness-" + UUID.randomUUID(), 30_000)) {
            Health health = new StoreHealth(h2).health();
            assertThat(health.getStatus()).as(health.getDetails().toString()).isEqualTo(Status.UP);
        }
    }

    @Test
    void aStoreNobodyAnswersForIsDown() {
        // A loopback port with no server: connections are refused at once.
        try (HikariDataSource postgres = dataSource("jdbc:postgresql://127.0.0.1:" + LocalGccNetwork.freePort() + "/jisr", 1_000)) {
            Health health = new StoreHealth(postgres).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason").toString()).isNotBlank();
        }
    }

    private static HikariDataSource dataSource(String url, long connectionTimeoutMillis) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(url.contains("h2") ? "sa" : "postgres");
        dataSource.setPassword("");
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        // Built lazily: the pool does not try to connect until asked.
        dataSource.setInitializationFailTimeout(-1);
        return dataSource;
    }
}
