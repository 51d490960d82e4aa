package gcc.jisr.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A gateway run from its jar in a JVM of its own, as operators run it, with its settings on the command line and its
 * output in {@code bench/target/gateway-<name>.log}. The jar is also the PKI tool that makes the benchmark's keys.
 */
final class GatewayProcess implements AutoCloseable {

    static final Path JAR = Path.of("gateway/target/jisr-gateway.jar");
    /** Keys and certificates of every state, made once by the jar's {@code pki} command and kept between runs. */
    static final Path PKI = Path.of("bench/target/pki");

    private final String name;
    private final Process process;

    private GatewayProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static void requireJar() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("build first: ./mvnw -q -B package -DskipTests (no " + JAR.toAbsolutePath() + ")");
        }
    }

    /**
     * The agencies whose client certificates the benchmarks call the national API with: the civil-ID requester (SA
     * JAWAZAT), the traffic reporter and the receiving state's traffic agency (KW MOI-TRAFFIC, SA MOI-MUROOR), the
     * pension host and home institutions (SA GOSI, KW PIFSS).
     */
    private static final List<List<String>> AGENCIES = List.of(List.of("SA", "JAWAZAT"), List.of("KW", "MOI-TRAFFIC"),
            List.of("SA", "MOI-MUROOR"), List.of("SA", "GOSI"), List.of("KW", "PIFSS"));

    static void ensurePki() throws IOException, InterruptedException {
        // A directory from before agency CAs holds a root that cannot certify them (its path length is 0): made anew.
        if (Files.exists(PKI) && !Files.exists(PKI.resolve("kw-agency-ca.p12"))) {
            try (Stream<Path> files = Files.walk(PKI)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        // Every kind the gateway needs (the pension flow added encryption keys): a directory from an older build is
        // issued again rather than left to stop the gateways at start.
        if (!Files.exists(PKI.resolve("sa-tls.p12")) || !Files.exists(PKI.resolve("sa-encryption.p12"))) {
            tool("pki", "init", "--dir", PKI.toString());
            tool("pki", "issue-all", "--dir", PKI.toString());
        }
        for (List<String> agency : AGENCIES) {
            String file = agency.get(0).toLowerCase(Locale.ROOT) + "-" + agency.get(1).toLowerCase(Locale.ROOT) + ".p12";
            if (!Files.exists(PKI.resolve("agencies").resolve(file))) {
                tool("pki", "issue-agency", "--dir", PKI.toString(), "--state", agency.get(0), "--agency", agency.get(1));
            }
        }
    }

    /**
     * Starts a gateway. {@code JISR_BENCH_GATEWAY_JVM_OPTS} goes to every gateway's JVM with {@code {name}} replaced by
     * the gateway's name (JDK 17 knows no {@code %p} in a recording's file name), e.g.
     * {@code -XX:StartFlightRecording=filename=bench/target/{name}.jfr,settings=profile} to profile under load.
     */
    static GatewayProcess start(String name, String heap, List<String> settings) throws IOException {
        return start(name, heap, List.of(), settings);
    }

    /** As {@link #start(String, String, List)}, with JVM options of the bench's own before those of the environment. */
    static GatewayProcess start(String name, String heap, List<String> jvmOptions, List<String> settings) throws IOException {
        return start(JAR, name, heap, jvmOptions, settings);
    }

    /** As above, from another build's jar (e.g. the gateway of an earlier commit, as a baseline). */
    static GatewayProcess start(Path jar, String name, String heap, List<String> jvmOptions, List<String> settings)
            throws IOException {
        List<String> command = new ArrayList<>();
        Optional<String> cpus = pinnedCpus(name);
        cpus.ifPresent(list -> command.addAll(List.of("taskset", "-c", list)));
        command.addAll(List.of("java", "-Xmx" + heap));
        command.addAll(jvmOptions);
        String extra = System.getenv("JISR_BENCH_GATEWAY_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.replace("{name}", name).trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("bench/target/gateway-" + name + ".log")).start();
        return new GatewayProcess(name, process);
    }

    /**
     * Pins the bench's own JVM (all its threads) to the CPUs {@code JISR_BENCH_CPUS} gives for {@code bench}, if any.
     * With every process on cores of its own, each gateway runs as on a machine of its own: what its state would have.
     */
    static void pinBench() throws IOException, InterruptedException {
        Optional<String> cpus = pinnedCpus("bench");
        if (cpus.isPresent()) {
            String pid = Long.toString(ProcessHandle.current().pid());
            int exit = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus.get(), pid).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("taskset could not pin the bench to CPUs " + cpus.get());
            }
        }
    }

    /**
     * The CPUs a process is pinned to, from {@code JISR_BENCH_CPUS}, e.g. {@code kw=1 sa=0 bench=0} (entries apart by
     * spaces or semicolons; a process not named runs on all CPUs), each value in taskset's list syntax ({@code 0-1}, {@code 0,2}).
     */
    static Optional<String> pinnedCpus(String name) {
        String setting = System.getenv("JISR_BENCH_CPUS");
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        for (String entry : setting.trim().split("\\s*;\\s*|\\s+")) {
            int equals = entry.indexOf('=');
            if (equals > 0 && entry.substring(0, equals).equals(name)) {
                String cpus = entry.substring(equals + 1);
                if (!cpus.matches("[0-9]+([,-][0-9]+)*")) {
                    throw new IllegalArgumentException("JISR_BENCH_CPUS: " + entry + " is not name=cpu-list");
                }
                return Optional.of(cpus);
            }
        }
        return Optional.empty();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    void awaitHealthy(URI health) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("gateway " + name + " exited with " + process.exitValue()
                        + "; see bench/target/gateway-" + name + ".log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the gateway is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("gateway " + name + " did not become healthy; see bench/target/gateway-" + name + ".log");
    }

    /** Kills the gateway as the operating system would (SIGKILL): nothing is closed, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the gateway as an operator would (SIGTERM), so that it closes its store and writes its flight recording. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static void tool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
    }
}
