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
 * REST civil-ID verification of Kuwaiti civil IDs three ways in one run: straight to the simulated PACI registry, through
 * the KW gateway alone, and across two gateways (asked at SA, forwarded over mutual TLS with signed envelopes and
 * receipts to KW). The ratios are what a gateway, and the border between two, cost. The registry simulator runs in
 * this process; each gateway runs as its own JVM (its jar, as operators run it) with its simulators off.
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
        Path pki = Path.of("bench/target/pki");
        if (!Files.exists(pki.resolve("sa-tls.p12"))) {
            run(jar, "pki", "init", "--dir", pki.toString());
            run(jar, "pki", "issue-all", "--dir", pki.toString());
        }
        try (PaciRegistrySimulator paci = new PaciRegistrySimulator()) {
            URI registry = paci.start(new InetSocketAddress("127.0.0.1", 0));
            List<String> common = List.of("--jisr.simulators.enabled=false", "--jisr.trust.directory=" + pki.toAbsolutePath(),
                    "--jisr.trust.create-development-pki=false", "--logging.level.gcc.jisr=WARN", "--logging.level.root=WARN",
                    "--logging.level.jisr.audit=WARN");
            Process kuwait = gateway(jar, "kw", common, "--jisr.state=KW", "--server.port=18480", "--jisr.partners.port=18481",
                    "--jisr.cluster.port=5741", "--jisr.registries.civil-registry.KW=" + registry,
                    "--jisr.partners.grants[0].partner=SA", "--jisr.partners.grants[0].services[0]=gcc.civil-id.verify.v1",
                    "--jisr.partners.grants[0].purposes=BORDER_CROSSING");
            Process saudi = gateway(jar, "sa", common, "--jisr.state=SA", "--server.port=18490", "--jisr.partners.port=18491",
                    "--jisr.cluster.port=5751", "--jisr.partners.gateways.KW=https://127.0.0.1:18481");
            try {
                awaitHealthy(URI.create("http://127.0.0.1:18480/actuator/health"));
                awaitHealthy(URI.create("http://127.0.0.1:18490/actuator/health"));
                URI kuwaitApi = URI.create("http://127.0.0.1:18480/api/v1/civil-id/verifications");
                URI saudiApi = URI.create("http://127.0.0.1:18490/api/v1/civil-id/verifications");

                LoadRun.Result direct = LoadRun.run("direct to PACI simulator", clients, warmUp, measured,
                        i -> HttpRequest.newBuilder(registry.resolve("/paci/civil-registry/v2/persons/" + civilIds.get(i % civilIds.size())))
                                .header("Accept", "application/xml").GET().build());
                LoadRun.Result oneGateway = LoadRun.run("REST via KW gateway (1 gateway)", clients, warmUp, measured,
                        i -> verification(kuwaitApi, civilIds.get(i % civilIds.size())));
                LoadRun.Result twoGateways = LoadRun.run("REST via SA -> KW (2 gateways, mTLS+JWS)", clients, warmUp, measured,
                        i -> verification(saudiApi, civilIds.get(i % civilIds.size())));

                System.out.println();
                System.out.printf("civil-ID verification, %d clients, %d s measured after %d s warm-up, %d cores%n",
                        clients, measured.toSeconds(), warmUp.toSeconds(), Runtime.getRuntime().availableProcessors());
                System.out.println(direct);
                System.out.println(oneGateway);
                System.out.println(twoGateways);
                System.out.printf("1 gateway / direct throughput: %.2f   p99 added by the gateway: %.2f ms%n",
                        oneGateway.throughput() / direct.throughput(), (oneGateway.p99Micros() - direct.p99Micros()) / 1000.0);
                System.out.printf("2 gateways / 1 gateway throughput: %.2f (target >= 0.40)   p99 added by the second gateway: %.2f ms (target < 10)%n",
                        twoGateways.throughput() / oneGateway.throughput(), (twoGateways.p99Micros() - oneGateway.p99Micros()) / 1000.0);
            } finally {
                for (Process gateway : List.of(kuwait, saudi)) {
                    gateway.destroy();
                    gateway.waitFor();
                }
            }
        }
    }

    private static HttpRequest verification(URI api, String civilId) {
        return HttpRequest.newBuilder(api).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING",\
                        "civilId":"%s","issuingState":"KW"}""".formatted(civilId))).build();
    }

    private static Process gateway(Path jar, String name, List<String> common, String... settings) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        // e.g. JISR_BENCH_GATEWAY_JVM_OPTS=-XX:StartFlightRecording=… to profile the gateways under load
        String extra = System.getenv("JISR_BENCH_GATEWAY_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(settings));
        command.addAll(common);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("bench/target/gateway-" + name + ".log")).start();
    }

    private static void run(Path jar, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
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
