package gcc.jisr.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a JVM's JIT compiler threads have spent, read from Linux's per-thread accounting. A gateway of this
 * size keeps its C2 compiler busy for minutes under load on two cores: a quarter of its CPU still went to compiling
 * after two and a half minutes of warm-up (async-profiler), so a figure taken then measured compilation, not the path.
 */
final class CompilerThreads {

    /** Linux keeps 15 characters of a thread's name: "C2 CompilerThread0" becomes this. */
    private static final String COMPILER_PREFIX_C1 = "C1 CompilerThre";
    private static final String COMPILER_PREFIX_C2 = "C2 CompilerThre";
    /** USER_HZ: the unit of utime and stime in /proc; 100 on every Linux this runs on. */
    private static final double TICK_MILLIS = 10.0;

    private CompilerThreads() {
    }

    /** Milliseconds of CPU the process's live compiler threads have used; 0 where /proc cannot tell. */
    static double cpuMillis(ProcessHandle process) {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
        return ticks * TICK_MILLIS;
    }

    private static long compilerTicks(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm")).trim();
            if (!name.startsWith(COMPILER_PREFIX_C1) && !name.startsWith(COMPILER_PREFIX_C2)) {
                return 0;
            }
            String stat = Files.readString(thread.resolve("stat"));
            // The name in parentheses may hold spaces: fields are counted after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadGone) {
            return 0;
        }
    }
}
