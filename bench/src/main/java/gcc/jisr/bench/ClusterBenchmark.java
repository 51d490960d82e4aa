package gcc.jisr.bench;

import gcc.jisr.adapters.kw.sim.PaciPopulation;
import gcc.jisr.adapters.kw.sim.PaciRecord;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One state's gateway as a cluster of 1, 2 and 3 Kuwaiti nodes (each a JVM from the jar, one Hazelcast cluster on
 * loopback, one PostgreSQL schema), the load spread over the nodes round robin as a load balancer would: civil-ID
 * verifications (answered by each node's simulated PACI registry) and durable violation ingest (202 once stored).
 * Then, with three nodes holding outbox entries (their partner accepts connections and never answers), one node is
 * SIGKILLed and the time until the store shows none of its leases is measured: failure detection plus release.
 *
 * <p>Arguments: clients (16), seconds measured per figure (10), warm-up seconds (10). PostgreSQL as for
 * {@link TrafficBenchmark} ({@code JISR_BENCH_PG_*}). On a 2-core machine, nodes share the cores with each other and
 * with the load generator: read the ratios, not the absolute figures, and expect them below the node count.
 */
public final class ClusterBenchmark {

    private static final int FIRST_PORT = 18700;
    private static final String RUN_TAG = "c" + Long.toString(System.currentTimeMillis() / 1000, 36);

    record Figures(int nodes, LoadRun.Result verification, LoadRun.Result ingest) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        GatewayProcess.requireJar();
        GatewayProcess.ensurePki();
        String unavailable = TrafficStore.POSTGRESQL.unavailable();
        if (unavailable != null) {
            throw new IllegalStateException("the cluster benchmark needs PostgreSQL: " + unavailable);
        }
        List<String> civilIds = new ArrayList<>();
        for (PaciRecord person : PaciPopulation.build(LocalDate.now())) {
            civilIds.add(person.civilNo());
        }
        String loadBefore = loadAverage();
        try (SilentPartner partner = new SilentPartner()) {
            List<Figures> figures = new ArrayList<>();
            for (int nodes = 1; nodes <= 3; nodes++) {
                String runTag = RUN_TAG + nodes;
                TrafficStore.POSTGRESQL.remove(List.of("KW"), runTag);
                List<GatewayProcess> cluster = startCluster(nodes, runTag, partner.port());
                try {
                    List<URI> apis = new ArrayList<>();
                    for (int i = 0; i < nodes; i++) {
                        apis.add(URI.create("https://127.0.0.1:" + nationalPort(i)));
                    }
                    // Each as the agency its bodies name: SA's passport office verifies, KW's traffic agency reports.
                    LoadRun.Result verification = LoadRun.run("civil-ID verification, " + nodes + " node(s)", clients, warmUp, measured,
                            i -> verification(apis.get(i % apis.size()), civilIds.get(i % civilIds.size())),
                            AgencyTls.asAgency(GatewayProcess.PKI, "SA", "JAWAZAT"));
                    List<TrafficNotices> notices = apis.stream().map(api -> new TrafficNotices(api, runTag)).toList();
                    LoadRun.Result ingest = new LoadRun(clients, 202, i -> notices.get(i % notices.size()).next(), response -> { },
                            AgencyTls.asAgency(GatewayProcess.PKI, "KW", "MOI-TRAFFIC"))
                            .warmUpAndMeasure("violation ingest, " + nodes + " node(s)", warmUp, measured);
                    figures.add(new Figures(nodes, verification, ingest));
                    System.out.println(verification);
                    System.out.println(ingest);
                    if (nodes == 3) {
                        takeover(cluster, runTag);
                    }
                } finally {
                    for (GatewayProcess node : cluster) {
                        node.close();
                    }
                    TrafficStore.POSTGRESQL.remove(List.of("KW"), runTag);
                }
            }
            print(figures, clients, measured, warmUp, loadBefore);
        }
    }

    private static List<GatewayProcess> startCluster(int nodes, String runTag, int partnerPort) throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            members.add("127.0.0.1:" + clusterPort(i));
        }
        List<GatewayProcess> cluster = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            List<String> settings = new ArrayList<>(List.of("--jisr.state=KW", "--server.address=127.0.0.1",
                    "--server.port=" + nationalPort(i), "--jisr.partners.port=" + (nationalPort(i) + 1),
                    "--jisr.management.port=" + managementPort(i), "--jisr.management.tls.enabled=false",
                    "--jisr.cluster.port=" + clusterPort(i), "--jisr.cluster.members=" + String.join(",", members),
                    "--jisr.cluster.failure-detection=5s", "--jisr.outbox.node=kw-bench-" + (i + 1),
                    "--jisr.partners.gateways.SA=https://127.0.0.1:" + partnerPort, "--jisr.partners.timeout=300s",
                    "--jisr.partners.grants[0].partner=SA", "--jisr.partners.grants[0].services[0]=gcc.civil-id.verify.v1",
                    "--jisr.partners.grants[0].purposes=BORDER_CROSSING",
                    "--jisr.trust.directory=" + GatewayProcess.PKI.toAbsolutePath(), "--jisr.trust.create-development-pki=false",
                    "--jisr.outbox.poll-interval=100ms",
                    "--logging.level.root=WARN", "--logging.level.gcc.jisr=WARN", "--logging.level.jisr.audit=WARN",
                    "--logging.level.gcc.jisr.gateway.cluster=INFO"));
            settings.addAll(TrafficStore.POSTGRESQL.settings("KW", runTag));
            GatewayProcess node = GatewayProcess.start("cluster-kw-" + (i + 1), "512m", settings);
            cluster.add(node);
            if (i == 0) {
                // The first node creates the schema; the others find it migrated.
                node.awaitHealthy(URI.create("http://127.0.0.1:" + managementPort(0) + "/actuator/health/readiness"));
            }
        }
        for (int i = 1; i < nodes; i++) {
            cluster.get(i).awaitHealthy(URI.create("http://127.0.0.1:" + managementPort(i) + "/actuator/health/readiness"));
        }
        return cluster;
    }

    /** SIGKILLs the third node once it holds leases, and measures how long until the store shows none of them. */
    private static void takeover(List<GatewayProcess> cluster, String runTag) throws Exception {
        String leases = "SELECT count(*) FROM outbox_entry WHERE lease_owner = 'kw-bench-3' AND status = 'PENDING'";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int held = 0;
        while (System.nanoTime() < deadline && (held = Integer.parseInt(TrafficStore.postgresValue("KW", runTag, leases))) == 0) {
            Thread.sleep(200);
        }
        GatewayProcess victim = cluster.get(2);
        long killed = System.nanoTime();
        victim.kill();
        int left = held;
        while (left > 0 && System.nanoTime() - killed < Duration.ofSeconds(180).toNanos()) {
            Thread.sleep(50);
            left = Integer.parseInt(TrafficStore.postgresValue("KW", runTag, leases));
        }
        double seconds = (System.nanoTime() - killed) / 1e9;
        System.out.printf("takeover: node kw-bench-3 held %d outbox leases (lease 2 min) when SIGKILLed; %s %.1f s after the kill%n",
                held, left == 0 ? "all released" : left + " still held", seconds);
    }

    private static HttpRequest verification(URI api, String civilId) {
        return HttpRequest.newBuilder(api.resolve("/api/v1/civil-id/verifications")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"requester":{"state":"SA","agency":"JAWAZAT"},"purpose":"BORDER_CROSSING",\
                        "civilId":"%s","issuingState":"KW"}""".formatted(civilId))).build();
    }

    private static void print(List<Figures> figures, int clients, Duration measured, Duration warmUp, String loadBefore) {
        System.out.println();
        System.out.printf("one state's gateway as 1, 2, 3 nodes (Hazelcast cluster, one PostgreSQL schema), %d clients round robin, "
                + "%d s measured after %d s warm-up, %d cores shared by every node and the load%n", clients, measured.toSeconds(),
                warmUp.toSeconds(), Runtime.getRuntime().availableProcessors());
        Figures one = figures.get(0);
        System.out.printf("%-6s | %14s %9s %7s | %14s %9s %7s%n", "nodes", "verifications/s", "p99 ms", "ratio",
                "violations/s", "p99 ms", "ratio");
        for (Figures f : figures) {
            System.out.printf("%-6d | %14.0f %9.1f %7.2f | %14.0f %9.1f %7.2f%n", f.nodes(), f.verification().throughput(),
                    f.verification().p99Micros() / 1000.0, f.verification().throughput() / one.verification().throughput(),
                    f.ingest().throughput(), f.ingest().p99Micros() / 1000.0, f.ingest().throughput() / one.ingest().throughput());
        }
        figures.forEach(f -> System.out.printf("%d node(s): verification errors %d, ingest errors %d%n", f.nodes(),
                f.verification().errors(), f.ingest().errors()));
        System.out.println("load average before " + loadBefore + ", now " + loadAverage());
    }

    private static int nationalPort(int node) {
        return FIRST_PORT + 10 * node;
    }

    /** Actuator on plain HTTP, loopback only: the bench polls readiness there. */
    private static int managementPort(int node) {
        return nationalPort(node) + 2;
    }

    private static int clusterPort(int node) {
        return 5901 + node;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** A partner gateway that takes connections and never answers: deliveries hang, so nodes hold their leases. */
    private static final class SilentPartner implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        SilentPartner() throws IOException {
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "silent-partner");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
