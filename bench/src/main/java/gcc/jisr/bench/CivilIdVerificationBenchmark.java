package gcc.jisr.bench;

import gcc.jisr.adapters.kw.sim.PaciPopulation;
import gcc.jisr.adapters.kw.sim.PaciRecord;
import gcc.jisr.adapters.kw.sim.PaciRegistrySimulator;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * REST civil-ID verification through the gateway against the same look-ups sent straight to the simulated PACI
 * registry, in one run: the ratio is what the gateway costs. The registry simulator runs in this process; the
 * gateway runs as its own JVM (its jar, as operators run it) with its own simulators off and PACI pointed here.
 *
 * <p>Arguments: clients (16), seconds measured per target (30), warm-up seconds (10).
 */
public final class CivilIdVerificationBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        Path jar = Path.of("gateway/target/jisr-gateway.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build first: ./mvnw -q -B package -DskipTests (no " + jar.toAbsolutePath() + ")");
        }

        List<String> civilIds = new ArrayList<>();
        for (PaciRecord person : PaciPopulation.build(LocalDate.now())) {
            civilIds.add(person.civilNo());
        }
        // As the gateway does for its simulators: no Nagle delay on the JDK HTTP server's split writes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (PaciRegistrySimulator paci = new PaciRegistrySimulator()) {
            URI registry = paci.start(new InetSocketAddress("127.0.0.1", 0));
            int gatewayPort = 18480;
            Process gateway = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(),
                    "--server.port=" + gatewayPort, "--jisr.simulators.enabled=false",
                    "--jisr.registries.civil-registry.KW=" + registry, "--logging.level.gcc.jisr=WARN",
                    "--logging.level.root=WARN")
                    .redirectErrorStream(true).redirectOutput(new File("bench/target/gateway.log")).start();
            try {
                awaitHealthy(URI.create("http://127.0.0.1:" + gatewayPort + "/actuator/health"));
                URI verifications = URI.create("http://127.0.0.1:" + gatewayPort + "/api/v1/civil-id/verifications");

                LoadRun.Result direct = LoadRun.run("direct to PACI simulator", clients, warmUp, measured,
                        i -> HttpRequest.newBuilder(registry.resolve("/paci/civil-registry/v2/persons/" + civilIds.get(i % civilIds.size())))
                                .header("Accept", "application/xml").GET().build());
                LoadRun.Result viaGateway = LoadRun.run("REST via gateway (1 hop)", clients, warmUp, measured,
                        i -> HttpRequest.newBuilder(verifications).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING",\
                                        "civilId":"%s","issuingState":"KW"}""".formatted(civilIds.get(i % civilIds.size())))).build());

                System.out.println();
                System.out.printf("civil-ID verification, %d clients, %d s measured after %d s warm-up, %d cores%n",
                        clients, measured.toSeconds(), warmUp.toSeconds(), Runtime.getRuntime().availableProcessors());
                System.out.println(direct);
                System.out.println(viaGateway);
                System.out.printf("gateway / direct throughput: %.2f   p99 added by the gateway: %.2f ms%n",
                        viaGateway.throughput() / direct.throughput(), (viaGateway.p99Micros() - direct.p99Micros()) / 1000.0);
            } finally {
                gateway.destroy();
                gateway.waitFor();
            }
        }
    }

    private static void awaitHealthy(URI health) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the gateway is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the gateway did not become healthy; see bench/target/gateway.log");
    }
}
