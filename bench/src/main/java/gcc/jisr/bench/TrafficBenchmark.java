package gcc.jisr.bench;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Traffic-violation notices from Kuwait's traffic agency about Saudi cars, through two gateways (KW and SA, each a JVM
 * of its own from the jar), once per store: in memory (the baseline: the same routes with nothing durable), an H2
 * file and PostgreSQL. Both gateways of a run use the same kind of store. Two figures per store:
 * <ol>
 *   <li><b>durable ingest</b>: notices accepted per second (202, after the KW store committed them) by 16 clients
 *       posting to {@code /api/v1/traffic/violations}, while the KW gateway forwards what it accepted;</li>
 *   <li><b>end-to-end delivery</b>: from the first notice of the measured window until the SA gateway has handed every
 *       accepted notice to the (simulated) Saudi traffic system and its acknowledgement is back at KW (ACKNOWLEDGED):
 *       notices per second over that time.</li>
 * </ol>
 * The warm-up notices are delivered before the measured window starts, so that the measured window's notices are the
 * only ones in flight and each gateway has compiled the delivery path as well as the intake.
 *
 * <p>Arguments: clients (16), seconds measured (20), warm-up seconds (20), longest wait for delivery in seconds (300).
 * Environment: {@code JISR_BENCH_TRAFFIC_STORES} (e.g. {@code memory,h2_file}: only these), {@code JISR_BENCH_GATEWAY_ARGS}
 * (settings added to both gateways, e.g. {@code --jisr.outbox.concurrency=8}), {@code JISR_BENCH_GATEWAY_JVM_OPTS}
 * (e.g. a flight recording), {@code JISR_BENCH_PG_*} (see {@link TrafficStore}).
 */
public final class TrafficBenchmark {

    private static final URI KUWAIT = URI.create("https://127.0.0.1:18580");
    /** Each gateway's management port (actuator), plain HTTP on loopback: the national ports' numbers + 2. */
    private static final URI KUWAIT_MANAGEMENT = URI.create("http://127.0.0.1:18582");
    private static final URI SAUDI_MANAGEMENT = URI.create("http://127.0.0.1:18592");
    private static final List<String> STATES = List.of("KW", "SA");
    private static final List<String> SERVICES = List.of(DeliveryWatch.NOTICE_SERVICE, "gcc.traffic.violation.status.v1",
            "gcc.traffic.violation.ack.v1");
    /** The outbox is polled this often here; the gateway's default (500 ms) would cap delivery at a batch per poll. */
    private static final String POLL_INTERVAL = "50ms";
    /** The in-memory store holds every notice, envelope and receipt of the run in the heap. */
    private static final String HEAP = "2g";

    record Run(TrafficStore store, LoadRun.Result ingest, long accepted, long warmUpAccepted, double warmUpDeliverySeconds,
               boolean warmUpDelivered, double endToEndSeconds, DeliveryWatch.Outcome delivery, String firstError,
               String size, String loadBefore) {

        double acceptedPerSecond() {
            return accepted / ingest.seconds();
        }

        double deliveredPerSecond() {
            return delivery.finished() ? accepted / endToEndSeconds : Double.NaN;
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
        Duration cap = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 300);
        GatewayProcess.requireJar();
        GatewayProcess.ensurePki();

        String only = System.getenv("JISR_BENCH_TRAFFIC_STORES");
        List<String> chosen = only == null || only.isBlank() ? List.of()
                : Arrays.stream(only.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
        String runTag = "t" + Long.toString(System.currentTimeMillis() / 1000, 36);
        List<Run> runs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (TrafficStore store : TrafficStore.values()) {
            if (!chosen.isEmpty() && !chosen.contains(store.name())) {
                continue;
            }
            String unavailable = store.unavailable();
            if (unavailable != null) {
                String why = store.label() + " skipped: " + unavailable;
                System.out.println(why);
                skipped.add(why);
                continue;
            }
            System.out.println("== " + store.label());
            runs.add(run(store, runTag + store.ordinal(), clients, warmUp, measured, cap));
        }
        print(runs, skipped, clients, measured, warmUp, cap);
    }

    private static Run run(TrafficStore store, String runTag, int clients, Duration warmUp, Duration measured, Duration cap)
            throws Exception {
        String loadBefore = loadAverage();
        store.remove(STATES, runTag);
        GatewayProcess kuwait = GatewayProcess.start("traffic-kw", HEAP, settings("KW", 18580, 18581, 5841, "SA", 18591, store, runTag));
        GatewayProcess saudi = GatewayProcess.start("traffic-sa", HEAP, settings("SA", 18590, 18591, 5851, "KW", 18581, store, runTag));
        try {
            kuwait.awaitHealthy(KUWAIT_MANAGEMENT.resolve("/actuator/health"));
            saudi.awaitHealthy(SAUDI_MANAGEMENT.resolve("/actuator/health"));
            // Kuwait's traffic agency reports the notices and, as their submitter, reads their tracking.
            SSLContext trafficAgency = AgencyTls.asAgency(GatewayProcess.PKI, "KW", "MOI-TRAFFIC");
            TrafficNotices notices = new TrafficNotices(KUWAIT, runTag);
            DeliveryWatch watch = new DeliveryWatch(KUWAIT, trafficAgency);
            AtomicLong accepted = new AtomicLong();
            AtomicReference<String> firstError = new AtomicReference<>();
            LoadRun load = new LoadRun(clients, 202, i -> notices.next(), response -> {
                if (response.statusCode() == 202) {
                    accepted.incrementAndGet();
                } else {
                    firstError.compareAndSet(null, response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
                }
            }, trafficAgency);

            load.warmUp(warmUp);
            long warmUpAccepted = accepted.getAndSet(0);
            long warmUpEnd = System.nanoTime();
            DeliveryWatch.Outcome warmUpDelivery = watch.awaitAcknowledged(cap);
            double warmUpDeliverySeconds = (warmUpDelivery.finishedNanos() - warmUpEnd) / 1e9;
            System.out.printf("warm-up: %d notices accepted, delivered %s %.1f s after the warm-up%n", warmUpAccepted,
                    warmUpDelivery.finished() ? "all" : "NOT all (left " + warmUpDelivery.left() + ")", warmUpDeliverySeconds);

            long start = System.nanoTime();
            LoadRun.Result ingest = load.measure(store.label(), measured);
            long measuredAccepted = accepted.get();
            System.out.printf("ingest: %d accepted, %d errors; waiting for delivery%n", measuredAccepted, ingest.errors());
            DeliveryWatch.Outcome delivery = watch.awaitAcknowledged(cap);
            double endToEnd = (delivery.finishedNanos() - start) / 1e9;
            Run run = new Run(store, ingest, measuredAccepted, warmUpAccepted, warmUpDeliverySeconds, warmUpDelivery.finished(),
                    endToEnd, delivery, firstError.get(), store.size(STATES, runTag), loadBefore);
            System.out.printf("delivery: %s in %.1f s from the first notice%n", delivery.finished() ? "all acknowledged"
                    : "NOT all acknowledged, left " + delivery.left(), endToEnd);
            return run;
        } finally {
            kuwait.close();
            saudi.close();
            store.remove(STATES, runTag);
        }
    }

    private static List<String> settings(String state, int port, int partnerPort, int clusterPort, String partner,
                                         int partnersPartnerPort, TrafficStore store, String runTag) {
        List<String> settings = new ArrayList<>(List.of("--jisr.state=" + state, "--server.address=127.0.0.1",
                "--server.port=" + port, "--jisr.partners.port=" + partnerPort, "--jisr.cluster.port=" + clusterPort,
                "--jisr.management.port=" + (port + 2), "--jisr.management.tls.enabled=false",
                "--jisr.partners.gateways." + partner + "=https://127.0.0.1:" + partnersPartnerPort,
                "--jisr.partners.grants[0].partner=" + partner,
                "--jisr.trust.directory=" + GatewayProcess.PKI.toAbsolutePath(), "--jisr.trust.create-development-pki=false",
                "--jisr.outbox.poll-interval=" + POLL_INTERVAL,
                "--logging.level.root=WARN", "--logging.level.gcc.jisr=WARN", "--logging.level.jisr.audit=WARN"));
        for (int i = 0; i < SERVICES.size(); i++) {
            settings.add("--jisr.partners.grants[0].services[" + i + "]=" + SERVICES.get(i));
        }
        settings.addAll(store.settings(state, runTag));
        String extra = System.getenv("JISR_BENCH_GATEWAY_ARGS");
        if (extra != null && !extra.isBlank()) {
            settings.addAll(List.of(extra.trim().split("\\s+")));
        }
        return settings;
    }

    private static void print(List<Run> runs, List<String> skipped, int clients, Duration measured, Duration warmUp, Duration cap) {
        System.out.println();
        System.out.printf("traffic-violation notices KW -> SA, %d clients, %d s measured after %d s warm-up (delivered before), "
                        + "%d cores, outbox polled every %s, delivery awaited at most %d s%n", clients, measured.toSeconds(),
                warmUp.toSeconds(), Runtime.getRuntime().availableProcessors(), POLL_INTERVAL, cap.toSeconds());
        System.out.printf("%-34s %10s %9s %9s %9s %9s %7s | %12s %9s | %s%n", "store", "accepted/s", "p50 ms", "p99 ms", "max ms",
                "accepted", "errors", "delivered/s", "e2e s", "warm-up: accepted, delivered after");
        for (Run run : runs) {
            System.out.printf("%-34s %10.0f %9.2f %9.2f %9.2f %9d %7d | %12s %9.1f | %d, %.1f s%s%n", run.store().label(),
                    run.acceptedPerSecond(), run.ingest().p50Micros() / 1000.0, run.ingest().p99Micros() / 1000.0,
                    run.ingest().maxMicros() / 1000.0, run.accepted(), run.ingest().errors(),
                    run.delivery().finished() ? "%.0f".formatted(run.deliveredPerSecond()) : "unfinished",
                    run.endToEndSeconds(), run.warmUpAccepted(), run.warmUpDeliverySeconds(), run.warmUpDelivered() ? "" : " (unfinished)");
        }
        Run memory = runs.stream().filter(r -> r.store() == TrafficStore.MEMORY).findFirst().orElse(null);
        for (Run run : runs) {
            if (memory != null && run != memory) {
                System.out.printf("%s / in memory: ingest %.2f, p99 %+.2f ms, end-to-end delivery %.2f%n", run.store().label(),
                        run.acceptedPerSecond() / memory.acceptedPerSecond(),
                        (run.ingest().p99Micros() - memory.ingest().p99Micros()) / 1000.0,
                        run.deliveredPerSecond() / memory.deliveredPerSecond());
            }
        }
        for (Run run : runs) {
            System.out.printf("%s: load average before %s; store %s; dead letters %s%s%s%n", run.store().label(),
                    run.loadBefore(), run.size().isEmpty() ? "in the heap" : run.size(), run.delivery().deadLetters(),
                    run.delivery().sawFailures() ? "; some attempts FAILED and were retried" : "",
                    run.firstError() == null ? "" : "; first error: " + run.firstError());
            if (!run.delivery().finished()) {
                System.out.printf("%s: left after %d s: %s%n", run.store().label(), cap.toSeconds(), run.delivery().left());
            }
        }
        skipped.forEach(System.out::println);
        System.out.println("load average now " + loadAverage());
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
