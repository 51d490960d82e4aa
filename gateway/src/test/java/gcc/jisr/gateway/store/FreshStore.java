package gcc.jisr.gateway.store;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty, migrated store for one test: an in-memory H2 database in PostgreSQL mode, an H2 file, or a schema of its
 * own in the test PostgreSQL server (dropped afterwards), so that runs never see each other's records.
 */
public final class FreshStore implements AutoCloseable {

    static final String POSTGRES_URL = System.getProperty("jisr.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("jisr.test.postgres.user", "postgres");
    static final String POSTGRES_HINT = "PostgreSQL not reachable at " + POSTGRES_URL
            + "; start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`";

    private static Boolean postgresReachable;

    public final String url;
    final String user;
    public final HikariDataSource dataSource;
    public final JdbcTemplate jdbc;
    final DataSourceTransactionManager transactionManager;
    public final TransactionTemplate transactions;
    private final String schema;
    private final List<MessageArchive> archives = new ArrayList<>();

    private FreshStore(String url, String user, String schema, boolean migrate) {
        this.url = url;
        this.user = user;
        this.schema = schema;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(10);
        if (migrate) {
            Flyway.configure().dataSource(dataSource).load().migrate();
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactionManager = new DataSourceTransactionManager(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public static FreshStore h2() {
        return new FreshStore("jdbc:h2:mem:store-" + UUID.randomUUID() + ";MODE=PostgreSQL", "sa", null, true);
    }

    static FreshStore h2File(java.nio.file.Path file) {
        return new FreshStore("jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL", "sa", null, true);
    }

    /** A new schema in the test PostgreSQL server, migrated or not; skips the test when the server is not there. */
    public static FreshStore postgres(boolean migrate) {
        assumePostgres();
        String schema = "jisr_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        execute(POSTGRES_URL, "CREATE SCHEMA " + schema);
        return new FreshStore(withParameter(POSTGRES_URL, "currentSchema=" + schema), POSTGRES_USER, schema, migrate);
    }

    static void assumePostgres() {
        if (postgresReachable == null) {
            try (Connection ignored = DriverManager.getConnection(withParameter(POSTGRES_URL, "connectTimeout=3"), POSTGRES_USER, "")) {
                postgresReachable = true;
            } catch (SQLException e) {
                postgresReachable = false;
            }
        }
        Assumptions.assumeTrue(postgresReachable, POSTGRES_HINT);
    }

    /** An archive on this store, with the gateway's default settings; closed with the store. */
    MessageArchive archive(Clock clock) {
        MessageArchive archive = new MessageArchive(jdbc, transactions, clock, new ArchiveProperties(256, 4096));
        archives.add(archive);
        return archive;
    }

    ChainVerification verification() {
        return new ChainVerification(dataSource, transactionManager);
    }

    @Override
    public void close() {
        archives.forEach(MessageArchive::close);
        dataSource.close();
        if (schema != null) {
            execute(POSTGRES_URL, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}
