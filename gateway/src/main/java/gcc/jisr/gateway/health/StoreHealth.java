package gcc.jisr.gateway.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Down when no valid connection to the durable store can be had within two seconds: a node that cannot store what it
 * accepts must not be sent anything to accept.
 */
final class StoreHealth implements HealthIndicator {

    private static final int VALIDITY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    StoreHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDITY_TIMEOUT_SECONDS)) {
                return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
            }
            return Health.down().withDetail("reason", "the connection did not answer within "
                    + VALIDITY_TIMEOUT_SECONDS + "s").build();
        } catch (SQLException e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}
