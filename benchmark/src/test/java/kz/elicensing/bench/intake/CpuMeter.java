package kz.elicensing.bench.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time the server's, the sandbox's and this client's JVMs spend from the timed part's first send until the server
 * and the sandbox are quiet again (so each application's asynchronous checks and notices count too).
 */
final class CpuMeter {
    /** A JVM counts as quiet when it used less than this share of one core over the last second. */
    private static final double QUIET_SHARE = 0.05;

    private static final long QUIET_WAIT_MAX_MS = 60_000;

    private final Map<String, Long> pids;
    private final long ticksPerSecond;
    private volatile Map<String, Long> start;

    private CpuMeter(Map<String, Long> pids, long ticksPerSecond) {
        this.pids = pids;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** From {@code -Dbench.pids=server=123,sandbox=456} (and this JVM as "client"); null when not given. */
    static CpuMeter fromSystemProperties() {
        String spec = System.getProperty("bench.pids", "");
        if (spec.isBlank()) {
            return null;
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            pids.put(kv[0].trim(), Long.parseLong(kv[1].trim()));
        }
        pids.put("client", ProcessHandle.current().pid());
        return new CpuMeter(pids, Long.getLong("bench.clk_tck", 100));
    }

    /** Takes the starting figures once (the first call wins). */
    void begin() {
        if (start == null) {
            synchronized (this) {
                if (start == null) {
                    start = ticks();
                }
            }
        }
    }

    /**
     * Waits until every measured JVM but this client is quiet (at most a minute), then gives each JVM's CPU
     * milliseconds per application and their total.
     */
    Map<String, Double> perApplicationMs(long applications) {
        Map<String, Long> before = start;
        if (before == null || applications == 0) {
            return Map.of();
        }
        Map<String, Long> last = ticks();
        long deadline = System.currentTimeMillis() + QUIET_WAIT_MAX_MS;
        while (System.currentTimeMillis() < deadline) {
            sleep();
            Map<String, Long> now = ticks();
            boolean quiet = true;
            for (String name : pids.keySet()) {
                if (!name.equals("client") && now.get(name) - last.get(name) > QUIET_SHARE * ticksPerSecond) {
                    quiet = false;
                }
            }
            last = now;
            if (quiet) {
                break;
            }
        }
        Map<String, Double> perApplication = new LinkedHashMap<>();
        double total = 0;
        for (String name : pids.keySet()) {
            double ms = (last.get(name) - before.get(name)) * 1000.0 / ticksPerSecond / applications;
            perApplication.put(name, ms);
            total += ms;
        }
        perApplication.put("total", total);
        return perApplication;
    }

    private Map<String, Long> ticks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, ticksOf(pid)));
        return ticks;
    }

    /** utime + stime of a process, in clock ticks (proc(5): fields 14 and 15, counted after the command's ')'). */
    static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
