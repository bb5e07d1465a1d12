package io.lanmu.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Facts about the machine a measurement depends on: cores, memory, load, the JDK and the heap, and how much CPU this
 * JVM, the Elasticsearch node and everything else used during a phase (from /proc, so Linux only).
 */
final class Machine {

    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg shows them. */
    static String loadAverage() {
        String[] fields = read("/proc/loadavg").split("\\s+");
        return fields.length < 3 ? "unknown" : fields[0] + " " + fields[1] + " " + fields[2];
    }

    static String memory() {
        return read("/proc/meminfo").lines().filter(line -> line.startsWith("MemTotal:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GB").orElse("unknown");
    }

    static String jdk() {
        return Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")";
    }

    /** The heap and GC options this JVM was started with. */
    static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-Xm") || option.startsWith("-XX:")).toList();
        return (options.isEmpty() ? "defaults" : String.join(" ", options)) + "; max heap "
                + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB";
    }

    /** The heap in use after a full collection: what the live objects take. */
    static long heapUsedAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time spent so far, in clock ticks: by the whole machine, by this JVM and by another process. */
    record Cpu(long machineBusy, long machineTotal, long self, long other) {

        static Cpu now(long otherPid) {
            long[] all = Arrays.stream(read("/proc/stat").lines().findFirst().orElse("cpu").trim().split("\\s+"))
                    .skip(1).mapToLong(Long::parseLong).toArray();
            long idle = all.length > 4 ? all[3] + all[4] : 0;
            long total = Arrays.stream(all).limit(8).sum();
            return new Cpu(total - idle, total, ticksOf("self"), otherPid > 0 ? ticksOf(String.valueOf(otherPid)) : 0);
        }

        /** Cores in use on average between {@code earlier} and now: machine, this JVM, the node, everything else. */
        Usage since(Cpu earlier) {
            double cores = cores();
            double span = Math.max(1, machineTotal - earlier.machineTotal) / cores;
            double machine = (machineBusy - earlier.machineBusy) / span;
            double mine = (self - earlier.self) / span;
            double node = (other - earlier.other) / span;
            return new Usage(machine, mine, node, Math.max(0, machine - mine - node));
        }

        private static long ticksOf(String pid) {
            String stat = read("/proc/" + pid + "/stat");
            if (stat.isEmpty()) {
                return 0;
            }
            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14, 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields.length > 12 ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
        }
    }

    /** Average cores busy during a phase. */
    record Usage(double machine, double benchmark, double node, double others) {

        @Override
        public String toString() {
            return String.format("machine %.2f of %d cores busy: benchmark JVM %.2f, Elasticsearch node %.2f, "
                    + "other processes %.2f", machine, cores(), benchmark, node, others);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
