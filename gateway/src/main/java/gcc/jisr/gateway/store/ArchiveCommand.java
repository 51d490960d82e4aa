package gcc.jisr.gateway.store;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code java -jar jisr-gateway.jar archive verify [--jisr.state=SA] [--spring.datasource.url=...]}: checks the
 * archive's hash chain in the store the gateway is configured with, without starting the gateway. Exit status 0 when
 * the chain is intact, 1 when it is broken or cannot be read, 2 on wrong usage.
 */
public final class ArchiveCommand {

    static final String USAGE = "usage: java -jar jisr-gateway.jar archive verify [--jisr.state=KW] "
            + "[--spring.datasource.url=jdbc:postgresql://host/db --spring.datasource.username=... --spring.datasource.password=...]";

    private ArchiveCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !"verify".equals(args[0])
                || Arrays.stream(args).skip(1).anyMatch(a -> !a.startsWith("--") || !a.contains("="))) {
            err.println(USAGE);
            return 2;
        }
        String[] settings = Arrays.copyOfRange(args, 1, args.length);
        try {
            return verify(settings, out, err);
        } catch (RuntimeException e) {
            err.println("the store could not be opened: " + e.getMessage());
            return 1;
        }
    }

    private static int verify(String[] settings, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                // Read-only: the check must not create or migrate the schema it is asked to judge.
                .properties("logging.level.root=WARN", "spring.flyway.enabled=false")
                .run(settings)) {
            String url = store.getEnvironment().getProperty("spring.datasource.url");
            ChainReport report;
            try {
                report = new ChainVerification(store.getBean(DataSource.class), store.getBean(PlatformTransactionManager.class))
                        .verify();
            } catch (RuntimeException e) {
                err.println("the archive at " + url + " could not be read (is this the gateway's store?): " + e.getMessage());
                return 1;
            }
            out.println(url + ": " + report.describe());
            return report.valid() ? 0 : 1;
        }
    }

    /** Only the data source and its transactions: no web server, Hazelcast, routes or simulators. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
    static class StoreOnly {
    }
}
