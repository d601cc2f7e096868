package kz.elicensing.bench.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load run counts itself, beside Gatling's report: registered answers and their latencies, other answers by
 * their code, the time from the first send to the last answer; written as properties for benchmark.sh.
 */
final class IntakeStats {
    private static final Pattern CODE = Pattern.compile("<(?:\\w+:)?(?:code|errorCode)>([^<]+)<");
    private static final Pattern SUCCESS = Pattern.compile("<(?:\\w+:)?code>SUCCESS<");
    private static final Pattern FAULT = Pattern.compile("<faultstring>([^<]{0,120})");

    private final AtomicLong registered = new AtomicLong();
    private final AtomicLong firstSend = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswer = new AtomicLong();
    private final List<Long> latenciesNanos = new ArrayList<>();
    private final Map<String, Long> errors = new TreeMap<>();
    private final CpuMeter cpu;
    private String firstErrorBody;

    /** Counts answers; {@code cpu} (or null) measures the JVMs' CPU from the first send on. */
    IntakeStats(CpuMeter cpu) {
        this.cpu = cpu;
    }

    void sent(long nanos) {
        if (cpu != null) {
            cpu.begin();
        }
        firstSend.accumulateAndGet(nanos, Math::min);
    }

    /** One answer: registered (a SUCCESS answer with an ApplicationReceipt's number) or an error, by its code. */
    synchronized void answered(long sentNanos, long answeredNanos, int httpStatus, String body) {
        lastAnswer.accumulateAndGet(answeredNanos, Math::max);
        if (httpStatus == 200
                && body != null
                && body.contains("applicationNumber")
                && SUCCESS.matcher(body).find()) {
            registered.incrementAndGet();
            latenciesNanos.add(answeredNanos - sentNanos);
            return;
        }
        String code = httpStatus == 0 ? "no answer (request timeout or connection lost)" : "HTTP " + httpStatus;
        if (body != null) {
            Matcher m = CODE.matcher(body);
            Matcher f = FAULT.matcher(body);
            code = m.find() ? m.group(1) : f.find() ? "fault " + f.group(1) : code;
        }
        errors.merge(code, 1L, Long::sum);
        if (firstErrorBody == null) {
            firstErrorBody = body;
        }
    }

    /** Prints the figures (loudly if any answer was not a registration) and writes them to {@code out}. */
    synchronized void report(String label, Path out) {
        long ok = registered.get();
        long failed = errors.values().stream().mapToLong(Long::longValue).sum();
        double seconds = ok + failed == 0 ? 0 : (lastAnswer.get() - firstSend.get()) / 1e9;
        long[] sorted =
                latenciesNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = percentile(sorted, 50);
        double p99 = percentile(sorted, 99);
        double rate = seconds > 0 ? ok / seconds : 0;
        System.out.printf(
                "%n[%s] registered %d in %.1f s = %.1f/s; p50 %.0f ms, p99 %.0f ms; errors %d%n",
                label, ok, seconds, rate, p50, p99, failed);
        Map<String, Double> cpuMs = cpu == null ? Map.of() : cpu.perApplicationMs(ok);
        StringBuilder cpuText = new StringBuilder();
        cpuMs.forEach((jvm, ms) -> cpuText.append("cpu_").append(jvm).append("_ms=")
                .append(String.format("%.2f", ms)).append('\n'));
        if (!cpuMs.isEmpty()) {
            System.out.printf("[%s] CPU per registered application (until the JVMs are quiet): %s ms%n", label, cpuMs);
        }
        if (failed > 0) {
            System.out.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            System.out.printf("!!! %d ANSWERS WERE NOT REGISTRATIONS: %s%n", failed, errors);
            System.out.println("!!! first such answer: "
                    + (firstErrorBody == null
                            ? "(none)"
                            : firstErrorBody.substring(0, Math.min(600, firstErrorBody.length()))));
            System.out.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        }
        if (out != null && firstErrorBody != null) {
            try {
                Files.writeString(Path.of(out + ".first-error.xml"), firstErrorBody);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out != null) {
            String text = "registered=" + ok + "\nerrors=" + failed + "\nseconds=" + String.format("%.2f", seconds)
                    + "\nrate=" + String.format("%.2f", rate) + "\np50_ms=" + String.format("%.1f", p50) + "\np99_ms="
                    + String.format("%.1f", p99) + "\nerror_codes="
                    + errors.toString().replace('\n', ' ') + "\n" + cpuText;
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    @Override
    public String toString() {
        return "registered=" + registered + " errors=" + errors + " " + Arrays.toString(new long[] {firstSend.get()});
    }
}
