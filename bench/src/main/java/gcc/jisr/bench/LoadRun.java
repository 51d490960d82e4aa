package gcc.jisr.bench;

import javax.net.ssl.SSLContext;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: N clients, each sending its next request as soon as the previous one is answered, for a fixed
 * time after a warm-up. Records every latency, so percentiles are exact, and counts answers that were not the status
 * expected (200 unless told).
 */
final class LoadRun {

    private static final int SETTLING_STEP_SECONDS = 10;
    private static final double SETTLED_COMPILER_PERCENT = 3.0;

    record Result(String name, long requests, long errors, double seconds, long p50Micros, long p99Micros, long maxMicros) {
        double throughput() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return "%-34s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (%d requests, %d errors)".formatted(
                    name, throughput(), p50Micros / 1000.0, p99Micros / 1000.0, maxMicros / 1000.0, requests, errors);
        }
    }

    /** Sees every answer, of the warm-up too, e.g. to keep what the server handed back. */
    interface Answers {
        void answered(HttpResponse<byte[]> response);
    }

    private final HttpClient http;
    private final int clients;
    private final int expectedStatus;
    private final IntFunction<HttpRequest> requests;
    private final Answers answers;

    LoadRun(int clients, int expectedStatus, IntFunction<HttpRequest> requests, Answers answers) {
        this(clients, expectedStatus, requests, answers, null);
    }

    /** As above, over TLS with {@code tls} (its key managers give the client certificate); null for plain HTTP. */
    LoadRun(int clients, int expectedStatus, IntFunction<HttpRequest> requests, Answers answers, SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, daemon -> {
                    Thread thread = new Thread(daemon, "load-http");
                    thread.setDaemon(true);
                    return thread;
                }));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
        this.clients = clients;
        this.expectedStatus = expectedStatus;
        this.requests = requests;
        this.answers = answers;
    }

    /** A load of {@code clients} over {@code tls} (null: plain HTTP), warmed up and measured. */
    static Result run(String name, int clients, Duration warmUp, Duration measured, IntFunction<HttpRequest> requests,
                      SSLContext tls) throws Exception {
        LoadRun load = new LoadRun(clients, 200, requests, response -> { }, tls);
        load.warmUp(warmUp);
        return load.measure(name, measured);
    }

    /** As {@link #run}, and prints the CPU time each of {@code processes} spent per measured request. */
    static Result run(String name, int clients, Duration warmUp, Duration measured, IntFunction<HttpRequest> requests,
                      SSLContext tls, Map<String, ProcessHandle> processes) throws Exception {
        return run(name, new LoadRun(clients, 200, requests, response -> { }, tls), warmUp, measured, processes);
    }

    /** As above, with a load of the caller's making (e.g. over TLS, or checking every answer). */
    static Result run(String name, LoadRun load, Duration warmUp, Duration measured, Map<String, ProcessHandle> processes)
            throws Exception {
        return load.warmUpAndAccount(name, warmUp, measured, processes).result();
    }

    /** A measured result and the CPU each process spent per request while it was measured ({@link CpuAccount}). */
    record Accounted(Result result, String cpuPerRequest) {
    }

    /** As {@link #run(String, LoadRun, Duration, Duration, Map)}, keeping the CPU line for a summary too. */
    Accounted warmUpAndAccount(String name, Duration warmUp, Duration measured, Map<String, ProcessHandle> processes)
            throws Exception {
        warmUpUntilCompiled(warmUp, processes);
        CpuAccount cpu = CpuAccount.start(processes);
        Result result = measure(name, measured);
        String perRequest = cpu.perRequest(result.requests());
        System.out.println(result);
        System.out.println(perRequest);
        return new Accounted(result, perRequest);
    }

    Result warmUpAndMeasure(String name, Duration warmUp, Duration measured) throws Exception {
        warmUp(warmUp);
        return measure(name, measured);
    }

    /** Load whose answers are not recorded, e.g. so that the server compiles its hot paths. */
    long warmUp(Duration length) throws Exception {
        return drive(length, null);
    }

    /**
     * Warms up for at least {@code atLeast}, then on in steps of {@value #SETTLING_STEP_SECONDS} s until, in the last
     * step, no process spent more than {@value #SETTLED_COMPILER_PERCENT} % of its CPU in its JIT compiler threads, or
     * until {@code JISR_BENCH_WARM_UP_MAX_SECONDS} (600) have passed. Prints how long it took and where the compilers
     * were left, so that a figure taken while a gateway still compiles says so.
     */
    void warmUpUntilCompiled(Duration atLeast, Map<String, ProcessHandle> processes) throws Exception {
        long started = System.nanoTime();
        long limit = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("JISR_BENCH_WARM_UP_MAX_SECONDS", "600")))
                .toNanos();
        warmUp(atLeast);
        Map<String, Double> shares = Map.of();
        while (!processes.isEmpty() && System.nanoTime() - started < limit) {
            Map<String, double[]> before = cpuAndCompilerMillis(processes);
            warmUp(Duration.ofSeconds(SETTLING_STEP_SECONDS));
            Map<String, Double> step = compilerShares(before, cpuAndCompilerMillis(processes));
            shares = step;
            if (step.values().stream().allMatch(share -> share < SETTLED_COMPILER_PERCENT)) {
                break;
            }
        }
        StringBuilder line = new StringBuilder("    warm-up %.0f s; JIT compiler threads in its last %d s:".formatted(
                (System.nanoTime() - started) / 1e9, SETTLING_STEP_SECONDS));
        shares.forEach((name, share) -> line.append(" %s %.1f%%".formatted(name, share)));
        System.out.println(processes.isEmpty() ? "    warm-up %d s".formatted(atLeast.toSeconds()) : line);
    }

    /** Per process, the percentage of the CPU it spent between the two readings that went to its JIT compilers. */
    static Map<String, Double> compilerShares(Map<String, double[]> before, Map<String, double[]> after) {
        Map<String, Double> shares = new java.util.LinkedHashMap<>();
        before.forEach((name, cpu) -> {
            double spent = after.get(name)[0] - cpu[0];
            shares.put(name, spent <= 0 ? 0.0 : Math.round(1000.0 * (after.get(name)[1] - cpu[1]) / spent) / 10.0);
        });
        return shares;
    }

    /** Per process, {CPU milliseconds, of which in JIT compiler threads} so far. */
    static Map<String, double[]> cpuAndCompilerMillis(Map<String, ProcessHandle> processes) {
        Map<String, double[]> now = new java.util.LinkedHashMap<>();
        processes.forEach((name, process) -> now.put(name, new double[]{
                process.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e6, CompilerThreads.cpuMillis(process)}));
        return now;
    }

    Result measure(String name, Duration length) throws Exception {
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long count = drive(length, new Recorder(latencies, errors));
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        return new Result(name, count, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1]);
    }

    private record Recorder(List<long[]> latencies, AtomicLong errors) {
    }

    private long drive(Duration length, Recorder recorder) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[2_000_000];
            if (recorder != null) {
                synchronized (recorder.latencies()) {
                    recorder.latencies().add(mine);
                }
            }
            done.add(pool.submit(() -> {
                long n = 0;
                int i = client;
                while (System.nanoTime() < deadline && n < mine.length) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(requests.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                    long micros = (System.nanoTime() - t0) / 1000;
                    answers.answered(response);
                    if (recorder != null) {
                        mine[(int) n] = Math.max(1, micros);
                        if (response.statusCode() != expectedStatus) {
                            recorder.errors().incrementAndGet();
                        }
                    }
                    n++;
                    i += clients;
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total;
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
