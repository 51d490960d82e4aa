package gcc.jisr.bench;

import gcc.jisr.adapters.kw.sim.PaciPopulation;
import gcc.jisr.adapters.kw.sim.PaciRecord;
import gcc.jisr.adapters.kw.sim.PaciRegistrySimulator;

import javax.net.ssl.SSLContext;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST civil-ID verification of Kuwaiti civil IDs four ways in one run: straight to the simulated PACI registry, through
 * the KW gateway alone, to the KW gateway's partner port with the bench in SA's gateway's place ({@link PartnerCall}:
 * one gateway, the border's work at both ends), and across two gateways (asked at SA, forwarded over mutual TLS with
 * signed envelopes and receipts to KW). The ratios are what a gateway, and the border between two, cost. The
 * registry simulator runs in this process; each gateway runs as its own JVM (its jar, as operators run it) with its
 * simulators off. The national API is called over TLS as SA JAWAZAT, the requester every body names, with its agency
 * certificate (one TLS context for the run, connections kept alive); health is polled on each gateway's management port.
 *
 * <p>Arguments: clients (16), seconds measured per target (30), warm-up seconds (10). {@code JISR_BENCH_CIVIL_ID_PATHS=border}
 * runs the two-gateway path alone, so that a profiler attached to the gateways (see {@link GatewayProcess#start}) records
 * nothing else; its figures then have no baseline and are not for the ratios.
 * {@code JISR_BENCH_CPUS=kw=1 sa=0 bench=0} gives each process CPUs of its own ({@link GatewayProcess#pinnedCpus}), as
 * when each state's gateway has its own machine.
 */
public final class CivilIdVerificationBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        GatewayProcess.requireJar();
        GatewayProcess.pinBench();
        String pinning = System.getenv("JISR_BENCH_CPUS");
        System.out.println("CPUs: " + (pinning == null || pinning.isBlank() ? "all shared" : pinning));

        List<String> civilIds = new ArrayList<>();
        for (PaciRecord person : PaciPopulation.build(LocalDate.now())) {
            civilIds.add(person.civilNo());
        }
        // As the gateway does for its simulators: no Nagle delay on the JDK HTTP server's split writes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        GatewayProcess.ensurePki();
        Path pki = GatewayProcess.PKI;
        try (PaciRegistrySimulator paci = new PaciRegistrySimulator()) {
            URI registry = paci.start(new InetSocketAddress("127.0.0.1", 0));
            List<String> common = List.of("--jisr.simulators.enabled=false", "--jisr.trust.directory=" + pki.toAbsolutePath(),
                    "--jisr.trust.create-development-pki=false", "--logging.level.gcc.jisr=WARN", "--logging.level.root=WARN",
                    "--logging.level.jisr.audit=WARN", "--jisr.management.tls.enabled=false");
            // The archive on PostgreSQL instead of the default H2 file: JISR_BENCH_CIVIL_ID_STORE=postgresql (a schema
            // of each gateway's own, made and dropped as for the traffic bench).
            TrafficStore store = "postgresql".equalsIgnoreCase(System.getenv("JISR_BENCH_CIVIL_ID_STORE"))
                    ? TrafficStore.POSTGRESQL : TrafficStore.H2_FILE;
            String runTag = "civil" + System.currentTimeMillis();
            System.out.println("store: " + store.label());
            GatewayProcess kuwait = gateway("kw", withStore(common, store, "KW", runTag), "--jisr.state=KW", "--server.port=18480",
                    "--jisr.partners.port=18481", "--jisr.management.port=18482", "--jisr.cluster.port=5741", "--jisr.registries.civil-registry.KW=" + registry,
                    "--jisr.partners.grants[0].partner=SA", "--jisr.partners.grants[0].services[0]=gcc.civil-id.verify.v1",
                    "--jisr.partners.grants[0].purposes=BORDER_CROSSING");
            GatewayProcess saudi = gateway("sa", withStore(common, store, "SA", runTag), "--jisr.state=SA", "--server.port=18490",
                    "--jisr.partners.port=18491", "--jisr.management.port=18492", "--jisr.cluster.port=5751", "--jisr.partners.gateways.KW=https://127.0.0.1:18481");
            try {
                kuwait.awaitHealthy(URI.create("http://127.0.0.1:18482/actuator/health"));
                saudi.awaitHealthy(URI.create("http://127.0.0.1:18492/actuator/health"));
                URI kuwaitApi = URI.create("https://127.0.0.1:18480/api/v1/civil-id/verifications");
                URI saudiApi = URI.create("https://127.0.0.1:18490/api/v1/civil-id/verifications");
                // The requester every body names, with its client certificate, at both gateways.
                SSLContext jawazat = AgencyTls.asAgency(pki, "SA", "JAWAZAT");

                Map<String, ProcessHandle> kwOnly = Map.of("kw", kuwait.handle());
                Map<String, ProcessHandle> both = new LinkedHashMap<>(Map.of("sa", saudi.handle()));
                both.put("kw", kuwait.handle());
                // Both gateways compile their hot paths first, through the longest path: measured cold, the second
                // gateway was still compiling (C2 a fifth of its CPU) while the first had been warmed by the 1-gateway run.
                new LoadRun(clients, 200, i -> verification(saudiApi, civilIds.get(i % civilIds.size())), response -> { },
                        jawazat).warmUp(warmUp);
                if ("border".equals(System.getenv("JISR_BENCH_CIVIL_ID_PATHS"))) {
                    LoadRun.run("REST via SA -> KW (2 gateways, mTLS+JWS)", clients, warmUp, measured,
                            i -> verification(saudiApi, civilIds.get(i % civilIds.size())), jawazat, both);
                    return;
                }
                LoadRun.Result direct = LoadRun.run("direct to PACI simulator", clients, warmUp, measured,
                        i -> HttpRequest.newBuilder(registry.resolve("/paci/civil-registry/v2/persons/" + civilIds.get(i % civilIds.size())))
                                .header("Accept", "application/xml").GET().build(), null, Map.of());
                LoadRun.Result oneGateway = LoadRun.run("REST via KW gateway (1 gateway)", clients, warmUp, measured,
                        i -> verification(kuwaitApi, civilIds.get(i % civilIds.size())), jawazat, kwOnly);
                // One gateway with the border at both ends: the bench signs, calls KW's partner port over mutual TLS as
                // SA's gateway, and verifies the answer and receipt (its CPU counted as the bench's).
                PartnerCall asSaudiGateway = PartnerCall.asSaudiGateway(pki, URI.create("https://127.0.0.1:18481"));
                LoadRun.Result partnerPort = LoadRun.run("partner port of KW (1 gateway, mTLS+JWS)",
                        new LoadRun(clients, 200, i -> asSaudiGateway.verification(civilIds.get(i % civilIds.size())),
                                asSaudiGateway, asSaudiGateway.tls()), warmUp, measured, kwOnly);
                LoadRun.Result twoGateways = LoadRun.run("REST via SA -> KW (2 gateways, mTLS+JWS)", clients, warmUp, measured,
                        i -> verification(saudiApi, civilIds.get(i % civilIds.size())), jawazat, both);

                System.out.println();
                System.out.printf("civil-ID verification, %d clients, %d s measured after %d s warm-up, %d cores%n",
                        clients, measured.toSeconds(), warmUp.toSeconds(), Runtime.getRuntime().availableProcessors());
                System.out.println(direct);
                System.out.println(oneGateway);
                System.out.println(partnerPort);
                System.out.println(twoGateways);
                System.out.printf("1 gateway / direct throughput: %.2f   p99 added by the gateway: %.2f ms%n",
                        oneGateway.throughput() / direct.throughput(), (oneGateway.p99Micros() - direct.p99Micros()) / 1000.0);
                System.out.printf("2 gateways / 1 gateway throughput: %.2f (target >= 0.40)   p99 added by the second gateway: %.2f ms (target < 10)%n",
                        twoGateways.throughput() / oneGateway.throughput(), (twoGateways.p99Micros() - oneGateway.p99Micros()) / 1000.0);
                System.out.printf("2 gateways / 1 gateway with the border at both ends (partner port): %.2f   p99 added: %.2f ms%n",
                        twoGateways.throughput() / partnerPort.throughput(), (twoGateways.p99Micros() - partnerPort.p99Micros()) / 1000.0);

                // One client: what the second gateway adds to a request's time when no request waits for a core. At 16
                // clients on 2 cores shared by both gateways, the bench and the registry, p99 is mostly queueing.
                Duration brief = Duration.ofSeconds(5);
                LoadRun.Result oneGatewayAlone = LoadRun.run("1 client, REST via KW gateway", 1, brief, measured,
                        i -> verification(kuwaitApi, civilIds.get(i % civilIds.size())), jawazat, kwOnly);
                LoadRun.Result twoGatewaysAlone = LoadRun.run("1 client, REST via SA -> KW", 1, brief, measured,
                        i -> verification(saudiApi, civilIds.get(i % civilIds.size())), jawazat, both);
                System.out.printf("1 client: the second gateway adds %.2f ms at p50 and %.2f ms at p99%n",
                        (twoGatewaysAlone.p50Micros() - oneGatewayAlone.p50Micros()) / 1000.0,
                        (twoGatewaysAlone.p99Micros() - oneGatewayAlone.p99Micros()) / 1000.0);
            } finally {
                kuwait.close();
                saudi.close();
                store.remove(List.of("KW", "SA"), runTag);
            }
        }
    }

    private static List<String> withStore(List<String> common, TrafficStore store, String state, String runTag) {
        List<String> all = new ArrayList<>(common);
        all.addAll(store.settings(state, runTag));
        return all;
    }

    private static HttpRequest verification(URI api, String civilId) {
        return HttpRequest.newBuilder(api).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING",\
                        "civilId":"%s","issuingState":"KW"}""".formatted(civilId))).build();
    }

    private static GatewayProcess gateway(String name, List<String> common, String... settings) throws Exception {
        List<String> all = new ArrayList<>(List.of(settings));
        all.addAll(common);
        return GatewayProcess.start(name, "512m", all);
    }
}
