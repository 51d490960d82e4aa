package gcc.jisr.gateway.store;

import com.zaxxer.hikari.HikariDataSource;
import gcc.jisr.contracts.GccState;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that dies the moment after its commits (as under SIGKILL) still finds them in its H2 file when it starts
 * again. Without the write delay of 0, H2 forgets about the last second of commits; the sending gateway's crash test
 * lost the tail of a 1,000-violation batch that way.
 */
class H2CommitDurabilityTest {

    private static final int ENTRIES = 300;

    @TempDir
    Path directory;

    @Test
    void outboxEntriesCommittedJustBeforeTheProcessIsKilledAreThereAfterTheRestart() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath() + ";MODE=PostgreSQL";
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledWriter.class.getName(), url)
                .redirectErrorStream(true).start();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(output).contains("enqueued " + ENTRIES);
        assertThat(writer.exitValue()).as("halted, not closed: " + output).isEqualTo(KilledWriter.HALTED);

        try (HikariDataSource again = dataSource(url)) {
            assertThat(new JdbcTemplate(again).queryForObject("SELECT COUNT(*) FROM outbox_entry", Integer.class))
                    .isEqualTo(ENTRIES);
        }
    }

    @Test
    void onlyStoresThatLiveInAFileAreConcerned() {
        assertThat(H2CommitDurability.isH2OnFile("jdbc:h2:file:./data/jisr-kw;MODE=PostgreSQL")).isTrue();
        assertThat(H2CommitDurability.isH2OnFile("jdbc:h2:./data/jisr-kw")).isTrue();
        assertThat(H2CommitDurability.isH2OnFile("jdbc:h2:tcp://127.0.0.1:9092/jisr-kw")).isTrue();
        assertThat(H2CommitDurability.isH2OnFile("jdbc:h2:mem:store;MODE=PostgreSQL")).isFalse();
        assertThat(H2CommitDurability.isH2OnFile("jdbc:postgresql://127.0.0.1:5432/jisr")).isFalse();
        assertThat(H2CommitDurability.isH2OnFile(null)).isFalse();
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** Migrates with the gateway's callback, enqueues, and dies at once, closing nothing. */
    static final class KilledWriter {

        static final int HALTED = 77;

        public static void main(String[] args) {
            HikariDataSource dataSource = dataSource(args[0]);
            Flyway.configure().dataSource(dataSource).callbacks(new H2CommitDurability()).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Outbox outbox = new Outbox(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    new DeliveryAttempts(jdbc), Clock.systemUTC());
            for (int i = 0; i < ENTRIES; i++) {
                outbox.enqueue("message-" + i, GccState.SA, "gcc.traffic.violation.notify.v1",
                        List.of(i).toString().getBytes(StandardCharsets.UTF_8));
            }
            System.out.println("enqueued " + ENTRIES);
            System.out.flush();
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
