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
import java.util.List;

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

    static void ensurePki() throws IOException, InterruptedException {
        // Every kind the gateway needs (the pension flow added encryption keys): a directory from an older build is
        // issued again rather than left to stop the gateways at start.
        if (!Files.exists(PKI.resolve("sa-tls.p12")) || !Files.exists(PKI.resolve("sa-encryption.p12"))) {
            tool("pki", "init", "--dir", PKI.toString());
            tool("pki", "issue-all", "--dir", PKI.toString());
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
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap));
        command.addAll(jvmOptions);
        String extra = System.getenv("JISR_BENCH_GATEWAY_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.replace("{name}", name).trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("bench/target/gateway-" + name + ".log")).start();
        return new GatewayProcess(name, process);
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
