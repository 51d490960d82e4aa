package gcc.jisr.gateway.store;

import gcc.jisr.gateway.traffic.TrafficConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The durable store on the application's data source: embedded H2 by default, PostgreSQL when spring.datasource.url
 * names one. Flyway brings the schema up to date at start-up, before any of these is used.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    /** Static: a post-processor is made before the other beans, the data source among them. */
    @Bean
    static H2StoreDirectory h2StoreDirectory(Environment environment) {
        return new H2StoreDirectory(environment);
    }

    /** Picked up by Spring Boot's Flyway set-up, which runs it before migrating. */
    @Bean
    H2CommitDurability h2CommitDurability() {
        return new H2CommitDurability();
    }

    @Bean
    MessageArchive messageArchive(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
                                  ArchiveProperties settings, TrafficConfiguration.NodeName node) {
        // Closed with the context (Spring infers close()), before the data source: the writer commits what it holds.
        return new MessageArchive(jdbc, transactions, clock, settings, node.value());
    }

    @Bean
    ChainVerification chainVerification(DataSource dataSource, PlatformTransactionManager transactions) {
        return new ChainVerification(dataSource, transactions);
    }

    @Bean
    DeliveryAttempts deliveryAttempts(JdbcTemplate jdbc) {
        return new DeliveryAttempts(jdbc);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, TransactionTemplate transactions, DeliveryAttempts attempts, Clock clock) {
        return new Outbox(jdbc, transactions, attempts, clock);
    }

    @Bean
    StatusHistory statusHistory(JdbcTemplate jdbc, Clock clock) {
        return new StatusHistory(jdbc, clock);
    }
}
