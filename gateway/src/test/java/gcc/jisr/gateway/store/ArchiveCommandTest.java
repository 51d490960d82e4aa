package gcc.jisr.gateway.store;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code archive verify} checks the store the gateway is configured with, from the settings alone, and says so by
 * its exit status: 0 intact, 1 broken, 2 wrong usage.
 */
class ArchiveCommandTest {

    private final Path file = Path.of("target", "archive-command-test", UUID.randomUUID().toString());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anIntactArchiveIsReportedWithItsRecordCountAndExitStatusZero() {
        try (FreshStore store = FreshStore.h2File(file)) {
            MessageArchiveContract.append(store.archive(Clock.systemUTC()), 3);
        }

        assertThat(verify()).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("archive chain valid: 3 records");
    }

    @Test
    void aTamperedArchiveIsReportedWithTheBrokenRecordAndExitStatusOne() {
        try (FreshStore store = FreshStore.h2File(file)) {
            MessageArchiveContract.append(store.archive(Clock.systemUTC()), 3);
            store.jdbc.update("UPDATE archive_record SET service = 'gcc.pension.contribution.report.v1' WHERE sequence_number = 2");
        }

        assertThat(verify()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at record 2").contains("altered");
    }

    @Test
    void aStoreWithoutAnArchiveIsReportedAsUnreadable() {
        assertThat(verify()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not be read");
    }

    @Test
    void anUnknownSubcommandIsWrongUsage() {
        assertThat(ArchiveCommand.run(new String[] {"repair"}, print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar jisr-gateway.jar archive verify");
    }

    private int verify() {
        return ArchiveCommand.run(new String[] {"verify",
                "--spring.datasource.url=jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL",
                "--spring.datasource.username=sa"}, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }
}
