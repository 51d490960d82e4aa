package gcc.jisr.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gcc.jisr.adapters.kw.KuwaitCivilIdRules;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One generated contribution report of 100,000 records (GOSI reports Kuwaitis working in Saudi Arabia to PIFSS),
 * end to end between two gateways, each a JVM of its own from the jar with {@code -Xmx256m} and its H2 file store:
 * posted as NDJSON to the SA gateway, read, checked, sealed in parts, forwarded, reassembled and checked again at the
 * KW gateway, streamed to the (simulated) Kuwaiti fund, whose per-record answers come back until the report is
 * ACKNOWLEDGED at SA. Figures: the 202 time (durable ingest), the end-to-end time and records per second, and the
 * peak heap of each gateway (jvm.memory.used, heap, sampled every 100 ms from the actuator). Baseline in the same run:
 * a plain Jackson streaming parse of the same file (every token read, records counted), in this JVM.
 *
 * <p>Arguments: records (100000), heap of each gateway (256m), longest wait in seconds (600).
 */
public final class PensionBenchmark {

    private static final URI SAUDI = URI.create("https://127.0.0.1:18690");
    private static final URI KUWAIT = URI.create("https://127.0.0.1:18680");
    /** Each gateway's management port (actuator), plain HTTP on loopback: the national ports' numbers + 2. */
    private static final URI SAUDI_MANAGEMENT = URI.create("http://127.0.0.1:18692");
    private static final URI KUWAIT_MANAGEMENT = URI.create("http://127.0.0.1:18682");
    private static final List<String> SERVICES = List.of("gcc.pension.contribution.report.v1",
            "gcc.pension.contribution.ack.v1", "gcc.pension.service-periods.v1", "gcc.pension.notice.v1", "gcc.pension.ack.v1");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * As docs/pension.md advises for a heap under 4 GB: G1's regions would otherwise be 1 MB at 256 MB, and every buffer
     * of half a region or more (a part's 900 KB of records, read, compressed, opened, inflated) a humongous object,
     * allocated outside the young generation and starting concurrent marking cycles. With 4 MB regions the same run
     * spent 17 % less CPU per record at the sending gateway (`JISR_BENCH_PENSION_JVM_OPTIONS` replaces them).
     */
    private static final List<String> JVM_OPTIONS = java.util.Arrays.stream(System.getenv()
            .getOrDefault("JISR_BENCH_PENSION_JVM_OPTIONS", "-XX:G1HeapRegionSize=4m").trim().split("\\s+"))
            .filter(option -> !option.isBlank()).toList();

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String heap = args.length > 1 ? args[1] : "256m";
        Duration cap = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 600);
        GatewayProcess.requireJar();
        GatewayProcess.ensurePki();
        Path file = Path.of("bench/target/pension-" + records + ".ndjson");
        generate(file, records);
        System.out.printf("report: %d records, %.1f MB%n", records, Files.size(file) / 1e6);

        // Baseline, twice (the first warms the parser up); the second is the figure.
        baseline(file);
        double baselineSeconds = baseline(file);

        Path h2 = Path.of("bench/target/pension-h2-" + System.currentTimeMillis());
        GatewayProcess kuwait = GatewayProcess.start("pension-kw", heap, JVM_OPTIONS, settings("KW", 18680, 18681, 5941, "SA", 18691, h2));
        GatewayProcess saudi = GatewayProcess.start("pension-sa", heap, JVM_OPTIONS, settings("SA", 18690, 18691, 5951, "KW", 18681, h2));
        System.out.println("gateway JVMs: -Xmx" + heap + " " + String.join(" ", JVM_OPTIONS));
        try {
            kuwait.awaitHealthy(KUWAIT_MANAGEMENT.resolve("/actuator/health"));
            saudi.awaitHealthy(SAUDI_MANAGEMENT.resolve("/actuator/health"));
            // GOSI, the host institution the report names, posts it and reads its tracking at SA; PIFSS, the home
            // institution it was received for, reads it at KW.
            HttpClient http = AgencyTls.client(AgencyTls.asAgency(GatewayProcess.PKI, "SA", "GOSI"));
            HttpClient pifss = AgencyTls.client(AgencyTls.asAgency(GatewayProcess.PKI, "KW", "PIFSS"));
            Map<String, ProcessHandle> gateways = new LinkedHashMap<>();
            gateways.put("sa", saudi.handle());
            gateways.put("kw", kuwait.handle());
            // Watched from the start: its first actuator calls load classes that would otherwise undo compiled code
            // (class hierarchy checks) in the measured report and send the compilers back to work.
            HeapWatch heapWatch = new HeapWatch(List.of(SAUDI_MANAGEMENT, KUWAIT_MANAGEMENT));
            heapWatch.start();
            warmUp(http, cap, gateways);
            heapWatch.resetPeaks();
            CpuAccount cpu = CpuAccount.start(gateways);
            long start = System.nanoTime();
            long postedAtMillis = System.currentTimeMillis();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(SAUDI.resolve("/api/v1/pension/contribution-reports"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double ingestSeconds = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() != 202) {
                throw new IllegalStateException("the report was not accepted: " + response.statusCode() + " " + response.body());
            }
            JsonNode accepted = JSON.readTree(response.body());
            String trackingId = accepted.path("trackingId").asText();
            System.out.printf("202 after %.2f s: %d records read, %d forwarded%n", ingestSeconds,
                    accepted.path("recordCount").asInt(), accepted.path("forwardedCount").asInt());
            JsonNode tracking = awaitAnswer(http, trackingId, cap);
            String status = tracking.path("status").asText();
            JsonNode finalHistory = tracking.path("history");
            String detail = finalHistory.isEmpty() ? "" : finalHistory.get(finalHistory.size() - 1).path("error").path("detail").asText("");
            double endToEndSeconds = (System.nanoTime() - start) / 1e9;
            heapWatch.stop();
            System.out.println();
            System.out.printf("pension contribution report SA -> KW, %d records, gateways -Xmx%s, H2 file, %d cores%n",
                    records, heap, Runtime.getRuntime().availableProcessors());
            System.out.printf("baseline (plain Jackson streaming parse of the file): %.3f s, %.0f records/s%n",
                    baselineSeconds, records / baselineSeconds);
            System.out.printf("ingest (202, durable, parts staged):                  %.2f s, %.0f records/s%n",
                    ingestSeconds, records / ingestSeconds);
            System.out.printf("end to end (ACKNOWLEDGED at SA):                      %.2f s, %.0f records/s (status %s)%s%n",
                    endToEndSeconds, records / endToEndSeconds, status, detail.isEmpty() ? "" : " " + detail);
            System.out.println(cpu.per("record", records));
            System.out.printf("peak heap used: SA %.0f MiB, KW %.0f MiB (sampled every 100 ms)%n",
                    heapWatch.peak(0) / 1048576.0, heapWatch.peak(1) / 1048576.0);
            System.out.printf("gateway / baseline time: %.1f%n", endToEndSeconds / baselineSeconds);
            // Where the time went: the SA tracking record's history, in seconds after the report was posted.
            Instant posted = Instant.ofEpochMilli(postedAtMillis);
            for (JsonNode event : finalHistory) {
                System.out.printf("  %7.2f s  SA %s%n", Duration.between(posted,
                        Instant.parse(event.path("at").asText())).toMillis() / 1000.0, event.path("event").asText());
            }
            HttpResponse<String> atKuwait = pifss.send(HttpRequest.newBuilder(KUWAIT.resolve("/api/v1/messages/"
                    + accepted.path("messageId").asText())).build(), HttpResponse.BodyHandlers.ofString());
            if (atKuwait.statusCode() != 200) {
                System.out.println("  KW tracking not readable by PIFSS: " + atKuwait.statusCode() + " " + atKuwait.body());
            } else {
                for (JsonNode event : JSON.readTree(atKuwait.body()).path("history")) {
                    System.out.printf("  %7.2f s  KW %s%n", Duration.between(posted,
                            Instant.parse(event.path("at").asText())).toMillis() / 1000.0, event.path("event").asText());
                }
            }
        } finally {
            kuwait.close();
            saudi.close();
        }
    }

    /**
     * Reports of {@code JISR_BENCH_PENSION_WARM_UP_RECORDS} (20,000) records sent end to end before the measured one, at
     * least {@code JISR_BENCH_PENSION_WARM_UP_REPORTS} (3) of them, and then on until both gateways' JIT compiler threads
     * took less than 5 % of their CPU during one report, or {@code JISR_BENCH_WARM_UP_MAX_SECONDS} (600) have passed. A
     * gateway runs for months; a report into JVMs that are still compiling measures their compilers (45 % of both
     * gateways' CPU during the 100,000-record report after 8 warm-up reports, two minutes after start). 0 reports and
     * a limit of 0 s measures the cold start.
     */
    private static void warmUp(HttpClient http, Duration cap, Map<String, ProcessHandle> gateways) throws Exception {
        int atLeast = Integer.parseInt(System.getenv().getOrDefault("JISR_BENCH_PENSION_WARM_UP_REPORTS", "3"));
        int records = Integer.parseInt(System.getenv().getOrDefault("JISR_BENCH_PENSION_WARM_UP_RECORDS", "20000"));
        long limit = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("JISR_BENCH_WARM_UP_MAX_SECONDS", "600"))).toNanos();
        long started = System.nanoTime();
        Path file = Path.of("bench/target/pension-warm-up-" + records + ".ndjson");
        for (int i = 1; i <= atLeast || System.nanoTime() - started < limit; i++) {
            generate(file, records);
            Map<String, double[]> before = LoadRun.cpuAndCompilerMillis(gateways);
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(SAUDI.resolve("/api/v1/pension/contribution-reports"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("a warm-up report was not accepted: " + response.statusCode() + " " + response.body());
            }
            JsonNode tracking = awaitAnswer(http, JSON.readTree(response.body()).path("trackingId").asText(), cap);
            Map<String, Double> compiling = LoadRun.compilerShares(before, LoadRun.cpuAndCompilerMillis(gateways));
            System.out.printf("warm-up report %d: %d records end to end in %.2f s (%s), JIT %s%n", i, records,
                    (System.nanoTime() - start) / 1e9, tracking.path("status").asText(), compiling);
            if (i >= atLeast && compiling.values().stream().allMatch(share -> share < 5.0)) {
                break;
            }
        }
    }

    /** The SA tracking record of the report once it is ACKNOWLEDGED or dead-lettered, or as it stands when {@code cap} is over. */
    private static JsonNode awaitAnswer(HttpClient http, String trackingId, Duration cap) throws Exception {
        JsonNode tracking = JSON.createObjectNode();
        long deadline = System.nanoTime() + cap.toNanos();
        while (System.nanoTime() < deadline) {
            tracking = JSON.readTree(http.send(HttpRequest.newBuilder(SAUDI.resolve("/api/v1/messages/" + trackingId))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            String status = tracking.path("status").asText();
            if ("ACKNOWLEDGED".equals(status) || "DEAD_LETTER".equals(status)) {
                break;
            }
            Thread.sleep(50);
        }
        return tracking;
    }

    private static double baseline(Path file) throws IOException {
        long start = System.nanoTime();
        long records = 0;
        JsonFactory factory = JSON.getFactory();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT && depth++ == 0) {
                    records++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (records < 2) {
            throw new IllegalStateException("the baseline read no records");
        }
        return seconds;
    }

    /** GOSI's report: Kuwaiti civil IDs that pass the check digit, one per person, wages in riyals, totals exact. */
    static void generate(Path file, int records) throws IOException {
        Files.createDirectories(file.getParent());
        BigDecimal wages = BigDecimal.ZERO;
        BigDecimal contributions = BigDecimal.ZERO;
        Path body = file.resolveSibling(file.getFileName() + ".records");
        try (BufferedWriter out = Files.newBufferedWriter(body, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= records; i++) {
                BigDecimal wage = new BigDecimal("10000.00").add(new BigDecimal(i % 100_000).movePointLeft(2));
                BigDecimal contribution = wage.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP);
                wages = wages.add(wage);
                contributions = contributions.add(contribution);
                out.write("{\"sequence\":" + i + ",\"person\":{\"civilId\":\"" + civilId(i) + "\",\"civilIdState\":\"KW\","
                        + "\"pin\":[{\"institution\":\"SA:GOSI\",\"number\":\"44" + (10_000_000 + i) + "\"}],"
                        + "\"fullNameArabic\":\"مؤمن عليه رقم " + i + "\",\"fullNameLatin\":\"Insured Person " + i + "\","
                        + "\"dateOfBirth\":\"1988-01-15\"},\"wage\":\"" + wage.toPlainString() + "\",\"employeeContribution\":\""
                        + contribution.toPlainString() + "\",\"employerContribution\":\"" + contribution.toPlainString()
                        + "\",\"currency\":\"SAR\"}\n");
            }
        }
        String header = "{\"reportId\":\"GOSI-BENCH-" + records + "-" + System.currentTimeMillis() + "\",\"hostInstitution\":\"SA:GOSI\","
                + "\"homeInstitution\":\"KW:PIFSS\",\"employer\":{\"id\":\"7001234567\",\"name\":\"شركة الخليج للهندسة المحدودة\"},"
                + "\"period\":\"2026-10\",\"totals\":{\"recordCount\":" + records + ",\"currencyTotal\":[{\"currency\":\"SAR\","
                + "\"wages\":\"" + wages.toPlainString() + "\",\"employeeContributions\":\"" + contributions.toPlainString()
                + "\",\"employerContributions\":\"" + contributions.toPlainString() + "\"}]}}\n";
        try (var out = Files.newOutputStream(file); InputStream in = Files.newInputStream(body)) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            in.transferTo(out);
        }
        Files.delete(body);
    }

    /** The i-th valid Kuwaiti civil ID: month, day and serial from i, the first 1960s year that gives a check digit. */
    static String civilId(int i) {
        int serial = i % 10_000;
        int day = 1 + (i / 10_000) % 28;
        int month = 1 + (i / 280_000) % 12;
        for (int year = 60; ; year++) {
            String first = String.format("2%02d%02d%02d%04d", year, month, day, serial);
            Integer check = KuwaitCivilIdRules.checkDigit(first);
            if (check != null) {
                return first + check;
            }
        }
    }

    private static List<String> settings(String state, int port, int partnerPort, int clusterPort, String partner,
                                         int partnersPartnerPort, Path h2) {
        List<String> settings = new ArrayList<>(List.of("--jisr.state=" + state, "--server.address=127.0.0.1",
                "--server.port=" + port, "--jisr.partners.port=" + partnerPort, "--jisr.cluster.port=" + clusterPort,
                "--jisr.management.port=" + (port + 2), "--jisr.management.tls.enabled=false",
                "--jisr.partners.gateways." + partner + "=https://127.0.0.1:" + partnersPartnerPort,
                "--jisr.partners.grants[0].partner=" + partner,
                "--jisr.trust.directory=" + GatewayProcess.PKI.toAbsolutePath(), "--jisr.trust.create-development-pki=false",
                "--jisr.pension.poll-interval=50ms",
                "--spring.datasource.url=jdbc:h2:file:" + h2.toAbsolutePath().resolve("jisr-" + state) + ";MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE",
                "--management.endpoints.web.exposure.include=health,info,metrics",
                "--logging.level.root=WARN", "--logging.level.gcc.jisr=WARN", "--logging.level.jisr.audit=WARN"));
        for (int i = 0; i < SERVICES.size(); i++) {
            settings.add("--jisr.partners.grants[0].services[" + i + "]=" + SERVICES.get(i));
        }
        String extra = System.getenv("JISR_BENCH_GATEWAY_ARGS");
        if (extra != null && !extra.isBlank()) {
            settings.addAll(List.of(extra.trim().split("\\s+")));
        }
        return settings;
    }

    /** Samples each gateway's used heap (actuator jvm.memory.used, area heap) every 100 ms and keeps the highest. */
    private static final class HeapWatch {
        private final List<URI> gateways;
        private final List<AtomicLong> peaks = new ArrayList<>();
        private volatile boolean running = true;
        private Thread thread;

        HeapWatch(List<URI> gateways) {
            this.gateways = gateways;
            gateways.forEach(g -> peaks.add(new AtomicLong()));
        }

        void start() {
            HttpClient http = HttpClient.newHttpClient();
            thread = new Thread(() -> {
                while (running) {
                    for (int i = 0; i < gateways.size(); i++) {
                        try {
                            JsonNode metric = JSON.readTree(http.send(HttpRequest.newBuilder(gateways.get(i)
                                    .resolve("/actuator/metrics/jvm.memory.used?tag=area:heap")).build(),
                                    HttpResponse.BodyHandlers.ofString()).body());
                            long used = metric.path("measurements").get(0).path("value").asLong();
                            peaks.get(i).accumulateAndGet(used, Math::max);
                        } catch (Exception notNow) {
                            // a sample missed
                        }
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        /** From now on: the measured report's peak, not the warm-up's. */
        void resetPeaks() {
            peaks.forEach(peak -> peak.set(0));
        }

        long peak(int gateway) {
            return peaks.get(gateway).get();
        }
    }
}
