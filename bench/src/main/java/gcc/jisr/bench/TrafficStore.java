package gcc.jisr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The store a gateway of the benchmark runs on, fresh for each run and removed after it: in memory (H2, nothing
 * survives a crash: the baseline), an H2 file (the gateway's default), or a schema of its own in PostgreSQL (the
 * production store), reached at {@code JISR_BENCH_PG_HOST}, {@code _PORT}, {@code _DB}, {@code _USER} (127.0.0.1,
 * 5432, test, postgres; no password, trust authentication) and made and dropped with psql.
 */
enum TrafficStore {

    MEMORY("in memory (H2 mem, not durable)"),
    H2_FILE("H2 file (durable, default)"),
    POSTGRESQL("PostgreSQL (durable)");

    private static final Path H2_DIRECTORY = Path.of("bench/target/traffic-h2");
    private static final String PG_HOST = env("JISR_BENCH_PG_HOST", "127.0.0.1");
    private static final String PG_PORT = env("JISR_BENCH_PG_PORT", "5432");
    private static final String PG_DB = env("JISR_BENCH_PG_DB", "test");
    private static final String PG_USER = env("JISR_BENCH_PG_USER", "postgres");

    private final String label;

    TrafficStore(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Why this store cannot be used here, or null when it can. */
    String unavailable() {
        if (this != POSTGRESQL) {
            return null;
        }
        try {
            Process check = psql("SELECT 1").start();
            String output = new String(check.getInputStream().readAllBytes()).strip();
            if (!check.waitFor(15, TimeUnit.SECONDS)) {
                check.destroy();
                return "psql did not answer within 15 s";
            }
            return check.exitValue() == 0 ? null : "psql: " + output;
        } catch (IOException e) {
            return "psql cannot be run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The gateway settings that put one state's store of one run here. */
    List<String> settings(String state, String runTag) {
        String name = "jisr_" + state.toLowerCase(Locale.ROOT);
        return switch (this) {
            case MEMORY -> List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
            case H2_FILE -> List.of("--spring.datasource.url=jdbc:h2:file:" + h2Directory(runTag).toAbsolutePath().resolve(name)
                    + ";MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE");
            case POSTGRESQL -> {
                String schema = schema(state, runTag);
                yield List.of("--spring.datasource.url=jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_DB
                                + "?currentSchema=" + schema,
                        "--spring.datasource.username=" + PG_USER, "--spring.datasource.password=",
                        "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
            }
        };
    }

    /** How much the store holds after a run, where that can be seen from outside the gateway. */
    String size(List<String> states, String runTag) throws IOException, InterruptedException {
        return switch (this) {
            case MEMORY -> "";
            case H2_FILE -> {
                long bytes = 0;
                try (Stream<Path> files = Files.walk(h2Directory(runTag))) {
                    bytes = files.filter(Files::isRegularFile).mapToLong(TrafficStore::sizeOf).sum();
                }
                yield "%.1f MB on disk".formatted(bytes / 1e6);
            }
            case POSTGRESQL -> {
                List<String> sizes = new ArrayList<>();
                for (String state : states) {
                    String schema = schema(state, runTag);
                    Process query = psql("SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c "
                            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema + "'").start();
                    String size = new String(query.getInputStream().readAllBytes()).strip();
                    query.waitFor();
                    sizes.add(state + " " + size);
                }
                yield String.join(", ", sizes) + " in PostgreSQL";
            }
        };
    }

    /** Removes what a run left: the H2 files, the PostgreSQL schemas. */
    void remove(List<String> states, String runTag) throws IOException, InterruptedException {
        switch (this) {
            case MEMORY -> {
            }
            case H2_FILE -> {
                Path directory = h2Directory(runTag);
                if (Files.exists(directory)) {
                    try (Stream<Path> files = Files.walk(directory)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                }
            }
            case POSTGRESQL -> {
                for (String state : states) {
                    Process drop = psql("SET client_min_messages TO warning; DROP SCHEMA IF EXISTS " + schema(state, runTag) + " CASCADE").inheritIO().start();
                    if (drop.waitFor() != 0) {
                        System.out.println("could not drop schema " + schema(state, runTag) + "; drop it by hand");
                    }
                }
            }
        }
    }

    private static Path h2Directory(String runTag) {
        return H2_DIRECTORY.resolve(runTag);
    }

    private static String schema(String state, String runTag) {
        return "bench_" + runTag + "_" + state.toLowerCase(Locale.ROOT);
    }

    /** The first value a query gives in the schema of one state's PostgreSQL store of a run. */
    static String postgresValue(String state, String runTag, String sql) throws IOException, InterruptedException {
        Process query = psql("SET search_path TO " + schema(state, runTag) + "; " + sql).start();
        String output = new String(query.getInputStream().readAllBytes()).strip();
        if (query.waitFor() != 0) {
            throw new IllegalStateException("psql: " + output);
        }
        return output;
    }

    private static ProcessBuilder psql(String sql) {
        return new ProcessBuilder("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", PG_HOST, "-p", PG_PORT,
                "-U", PG_USER, "-d", PG_DB, "-c", sql).redirectErrorStream(true);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
