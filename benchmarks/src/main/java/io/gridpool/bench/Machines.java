package io.gridpool.bench;

import io.gridpool.bench.process.Python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What this machine is, and how busy, from /proc where there is one. */
public final class Machines {

    private Machines() {
    }

    /** The load averages over 1, 5 and 15 minutes, e.g. "0.52 1.10 1.34", or "unknown". */
    public static String loadAverage() {
        String loadavg = read("/proc/loadavg");
        if (loadavg == null) {
            return "unknown";
        }
        String[] parts = loadavg.strip().split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static Report.Machine describe(String loadBefore, Optional<Python> python) {
        String cpu = "unknown processor";
        String cpuinfo = read("/proc/cpuinfo");
        if (cpuinfo != null) {
            cpu = cpuinfo.lines().filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(cpu);
        }
        double memoryGiB = Double.NaN;
        String meminfo = read("/proc/meminfo");
        if (meminfo != null) {
            memoryGiB = meminfo.lines().filter(l -> l.startsWith("MemTotal:"))
                    .mapToDouble(l -> Double.parseDouble(l.replaceAll("\\D", "")) / (1024 * 1024)).findFirst().orElse(Double.NaN);
        }
        return new Report.Machine(Runtime.getRuntime().availableProcessors(), cpu, memoryGiB, loadBefore, loadAverage(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "Java " + System.getProperty("java.runtime.version"),
                python.map(Python::version).orElse("no python3 on this machine"),
                com.hazelcast.instance.BuildInfoProvider.getBuildInfo().getVersion());
    }

    /** The peak resident set size of a process, in bytes (VmHWM), or -1 if unknown. */
    public static long peakRss(String pid) {
        String status = read("/proc/" + pid + "/status");
        if (status == null) {
            return -1;
        }
        return status.lines().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1);
    }

    /** The processor time a process has used, user and system, in seconds; NaN if unknown. */
    public static double cpuSeconds(long pid) {
        String stat = read("/proc/" + pid + "/stat");
        if (stat == null) {
            return Double.NaN;
        }
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** The time this JVM's garbage collectors have taken so far, in seconds. */
    public static double gcSeconds() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum() / 1000.0;
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
