package gcc.jisr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU time that each process under test spent while a load was measured, and how busy the whole machine was. A
 * closed-loop figure alone cannot tell a path that costs CPU from one that waits (on a lock, a commit, the network):
 * the CPU spent per request can, and it holds when other work shares the machine, where throughput does not.
 */
final class CpuAccount {

    private final Map<String, ProcessHandle> processes;
    private final Map<String, Duration> startCpu = new LinkedHashMap<>();
    private final Map<String, Double> startCompilers = new LinkedHashMap<>();
    private long[] startMachine;

    private CpuAccount(Map<String, ProcessHandle> processes) {
        this.processes = processes;
    }

    /** Starts counting now; the current process is counted as "bench" (load generator and simulators). */
    static CpuAccount start(Map<String, ProcessHandle> processes) {
        Map<String, ProcessHandle> all = new LinkedHashMap<>(processes);
        all.put("bench", ProcessHandle.current());
        CpuAccount account = new CpuAccount(all);
        all.forEach((name, process) -> {
            account.startCpu.put(name, cpu(process));
            account.startCompilers.put(name, CompilerThreads.cpuMillis(process));
        });
        account.startMachine = machineTicks();
        return account;
    }

    /**
     * E.g. "CPU per request: kw 2.10 ms (JIT 2%), bench 0.35 ms (JIT 0%); machine 97% busy": the share its JIT compiler
     * threads took of each process's CPU tells whether it was still compiling while measured.
     */
    String perRequest(long requests) {
        return per("request", requests);
    }

    /** As {@link #perRequest}, per {@code unit} (e.g. "record", in microseconds where a unit costs so little). */
    String per(String unit, long count) {
        StringBuilder line = new StringBuilder("    CPU per " + unit + ":");
        String separator = " ";
        for (Map.Entry<String, ProcessHandle> entry : processes.entrySet()) {
            Duration spent = cpu(entry.getValue()).minus(startCpu.get(entry.getKey()));
            double compiling = CompilerThreads.cpuMillis(entry.getValue()) - startCompilers.get(entry.getKey());
            double spentMillis = spent.toNanos() / 1e6;
            line.append(separator).append(entry.getKey()).append(' ')
                    .append("%.3f ms".formatted(spentMillis / Math.max(1, count)))
                    .append(" (JIT %.0f%%)".formatted(spentMillis <= 0 ? 0.0 : 100.0 * compiling / spentMillis));
            separator = ", ";
        }
        long[] now = machineTicks();
        if (startMachine != null && now != null) {
            long busy = now[0] - startMachine[0];
            long total = now[1] - startMachine[1];
            line.append("; machine %.0f%% busy".formatted(total == 0 ? 0.0 : 100.0 * busy / total));
        }
        return line.toString();
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** {busy, total} jiffies of all CPUs from /proc/stat; null where there is none. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[]{total - idle, total};
        } catch (IOException | RuntimeException unavailable) {
            return null;
        }
    }
}
