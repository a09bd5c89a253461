package fr.ptce.benchmarks.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the raw results {@code scripts/bench.sh} leaves in a folder (JMH JSON, cold-start and batch text files) and
 * writes {@code summary.md}: every figure with its target, met or not.
 * Usage: {@code java -cp benchmarks.jar fr.ptce.benchmarks.tools.BenchSummary DIR}.
 */
public final class BenchSummary {
    private final Path dir;
    private final List<String> lines = new ArrayList<>();

    private BenchSummary(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "ptce-benchmarks/target/bench");
        BenchSummary s = new BenchSummary(dir);
        s.run();
        String text = String.join("\n", s.lines) + "\n";
        Files.writeString(dir.resolve("summary.md"), text, StandardCharsets.UTF_8);
        System.out.print(text);
    }

    private void run() throws IOException {
        lines.add("# Benchmark summary");
        lines.add("");
        Map<String, String> machine = keyValues("machine.txt");
        machine.forEach((k, v) -> lines.add("- " + k + ": " + v));
        Map<String, String> load = keyValues("load.txt");
        if (!load.isEmpty()) {
            lines.add("- 1-min load average at the start of each phase: " + load);
        }
        lines.add("");
        lines.add("| figure | value | target | met |");
        lines.add("|---|---|---|---|");

        Map<String, String> oracle = keyValues("oracle.txt");
        if (!oracle.isEmpty()) {
            row("oracle: poles checked by Drools and ReferenceChecker", oracle.getOrDefault("poles", "?"), "10,000",
                    null);
            row("oracle: disagreements", oracle.getOrDefault("disagreements", "?"), "0",
                    "0".equals(oracle.get("disagreements")));
        }

        Map<String, Double> latency = jmh("jmh-latency.json");
        if (!latency.isEmpty()) {
            double trusted = latency.getOrDefault("CheckLatencyBenchmark.droolsTrusted", Double.NaN);
            double validated = latency.getOrDefault("CheckLatencyBenchmark.droolsValidated", Double.NaN);
            double reference = latency.getOrDefault("CheckLatencyBenchmark.referenceChecker", Double.NaN);
            row("latency, 15 members, Drools, input trusted", us(trusted), "-", null);
            row("latency, 15 members, Drools, validated", us(validated), "-", null);
            row("latency, 15 members, ReferenceChecker", us(reference), "-", null);
            row("  part: validation only", us(latency.getOrDefault("CheckLatencyBenchmark.validationOnly", Double.NaN)),
                    "-", null);
            row("  part: facts only", us(latency.getOrDefault("CheckLatencyBenchmark.factsOnly", Double.NaN)), "-", null);
            row("  part: facts + Drools session, no explanation",
                    us(latency.getOrDefault("CheckLatencyBenchmark.sessionOnly", Double.NaN)), "-", null);
            row("CLI per file, besides the check: strict JSON read (validates)",
                    us(latency.getOrDefault("CheckLatencyBenchmark.readJson", Double.NaN)), "-", null);
            row("CLI per file, besides the check: 3 reports to JSON",
                    us(latency.getOrDefault("CheckLatencyBenchmark.writeReportsJson", Double.NaN)), "-", null);
            row("ratio Drools (trusted) / plain Java", ratio(trusted / reference), "reported", null);
            row("ratio Drools (validated) / plain Java", ratio(validated / reference), "reported", null);
        }

        Map<String, Double> throughput = jmh("jmh-throughput.json");
        if (!throughput.isEmpty()) {
            double one = throughput.getOrDefault("ThroughputBenchmark.drools1Thread", Double.NaN);
            double two = throughput.getOrDefault("ThroughputBenchmark.drools2Threads", Double.NaN);
            double ref1 = throughput.getOrDefault("ThroughputBenchmark.reference1Thread", Double.NaN);
            double ref2 = throughput.getOrDefault("ThroughputBenchmark.reference2Threads", Double.NaN);
            row("throughput, Drools, 1 thread", ops(one), "-", null);
            row("throughput, Drools, 2 threads, one shared checker", ops(two), "-", null);
            row("scaling Drools 2 threads / 1 thread", ratio(two / one), ">= 1.7", two / one >= 1.7);
            row("scaling ReferenceChecker 2 threads / 1 thread (the machine's own)", ratio(ref2 / ref1), "-", null);
        }

        Map<String, Double> scale = jmh("jmh-scale.json");
        if (!scale.isEmpty()) {
            double d15 = scale.getOrDefault("ScaleBenchmark.drools:15", Double.NaN);
            double d100 = scale.getOrDefault("ScaleBenchmark.drools:100", Double.NaN);
            double d1000 = scale.getOrDefault("ScaleBenchmark.drools:1000", Double.NaN);
            row("scale, Drools, 15 / 100 / 1,000 members", us(d15) + " / " + us(d100) + " / " + us(d1000), "-", null);
            row("scale, 1,000 members / 15 members (Drools)", ratio(d1000 / d15), "<= 100", d1000 / d15 <= 100);
            double r15 = scale.getOrDefault("ScaleBenchmark.referenceChecker:15", Double.NaN);
            double r1000 = scale.getOrDefault("ScaleBenchmark.referenceChecker:1000", Double.NaN);
            row("scale, ReferenceChecker, 15 / 100 / 1,000 members", us(r15) + " / "
                    + us(scale.getOrDefault("ScaleBenchmark.referenceChecker:100", Double.NaN)) + " / " + us(r1000), "-",
                    null);
        }

        Map<String, double[]> cold = coldStart();
        if (!cold.isEmpty()) {
            double cli = get(cold, "cli");
            double drl = get(cold, "drl");
            row("cold start, CLI, JDK 17, java -jar (median)", secs(cli) + rss(cold, "cli"), "<= 0.45 s", cli <= 0.45);
            if (cold.containsKey("cli-before")) {
                row("cold start, CLI before (BEFORE_JAR), same run", secs(get(cold, "cli-before"))
                        + rss(cold, "cli-before"), "-", null);
            }
            row("cold start, launcher scripts/ptce, JDK 17, warm (AppCDS)", secs(get(cold, "launcher-17"))
                    + rss(cold, "launcher-17"), "<= 0.25 s", get(cold, "launcher-17") <= 0.25);
            if (cold.containsKey("launcher-25")) {
                row("cold start, launcher scripts/ptce, JDK 25, warm (AOT cache)", secs(get(cold, "launcher-25"))
                        + rss(cold, "launcher-25"), "<= 0.25 s", get(cold, "launcher-25") <= 0.25);
                row("cold start, CLI, JDK 25, java -jar", secs(get(cold, "cli-25")) + rss(cold, "cli-25"), "-", null);
            }
            if (cold.containsKey("drl")) {
                row("cold start, DRL compiled at run time (median)", secs(drl) + rss(cold, "drl"), "-", null);
                row("cold start, CLI / run-time DRL", ratio(cli / drl), "<= 0.3", cli / drl <= 0.3);
                row("cold start, same main, rules compiled at build time", secs(get(cold, "model"))
                        + rss(cold, "model"), "-", null);
                row("cold start, same main: build-time / run-time DRL", ratio(get(cold, "model") / drl), "<= 0.3",
                        get(cold, "model") / drl <= 0.3);
            }
            row("cold start, JVM floor (java -version)", secs(get(cold, "jvm")), "-", null);
        }

        Map<String, String> batch = keyValues("batch.txt");
        if (!batch.isEmpty()) {
            row("batch: files, -Xmx", batch.getOrDefault("files", "?") + ", " + batch.getOrDefault("xmx", "?"), "-",
                    null);
            row("batch: exit code (0/1 = checked, non-compliant reports allowed; 2 = invalid file or error)",
                    batch.getOrDefault("exit", "?"), "0 or 1", "0".equals(batch.get("exit")) || "1".equals(batch.get("exit")));
            row("batch: reports written (3 per file)", batch.getOrDefault("reports", "?"),
                    batch.getOrDefault("reports_expected", "?"),
                    batch.getOrDefault("reports", "x").equals(batch.get("reports_expected")));
            row("batch: wall time", batch.getOrDefault("wall_s", "?") + " s", "-", null);
            row("batch: files/s", batch.getOrDefault("files_per_s", "?"), "-", null);
            row("batch: max RSS", batch.getOrDefault("max_rss_kb", "?") + " kB", "-", null);
            row("batch x2 (" + batch.getOrDefault("double_files", "?") + " files): exit code, reports, wall time, max RSS",
                    batch.getOrDefault("double_exit", "?") + ", " + batch.getOrDefault("double_reports", "?") + ", "
                            + batch.getOrDefault("double_wall_s", "?") + " s, "
                            + batch.getOrDefault("double_max_rss_kb", "?") + " kB", "0 or 1, 3 per file",
                    ("0".equals(batch.get("double_exit")) || "1".equals(batch.get("double_exit")))
                            && String.valueOf(3 * Integer.parseInt(batch.getOrDefault("double_files", "0")))
                            .equals(batch.get("double_reports")));
            row("batch: marginal files/s (the second half of the x2 run, JIT warmer)",
                    batch.getOrDefault("marginal_files_per_s", "?"), "-", null);
            row("batch x2: heap after GC, first / last tenth of the run (max)",
                    batch.getOrDefault("heap_after_gc_first_mb", "?") + " MB / "
                            + batch.getOrDefault("heap_after_gc_last_mb", "?") + " MB", "flat", null);
            if (!throughput.isEmpty()) {
                double one = throughput.getOrDefault("ThroughputBenchmark.drools1Thread", Double.NaN);
                double fps = Double.parseDouble(batch.getOrDefault("files_per_s", "NaN"));
                row("batch files/s vs JMH single-thread checks/s", ratio(fps / one), "reported", null);
                double marginal = Double.parseDouble(batch.getOrDefault("marginal_files_per_s", "NaN"));
                row("batch marginal files/s vs JMH single-thread checks/s", ratio(marginal / one), "reported", null);
            }
        }
    }

    private static double get(Map<String, double[]> m, String k) {
        double[] v = m.get(k);
        return v == null ? Double.NaN : v[0];
    }

    private static String rss(Map<String, double[]> m, String k) {
        double[] v = m.get(k);
        return v == null || Double.isNaN(v[1]) ? "" : String.format(Locale.ROOT, " (max RSS %.0f MB)", v[1] / 1024);
    }

    private void row(String figure, String value, String target, Boolean met) {
        lines.add("| " + figure + " | " + value + " | " + target + " | " + (met == null ? "" : met ? "yes" : "**no**")
                + " |");
    }

    private static String us(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%.1f µs", v);
    }

    private static String ops(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%,.0f checks/s", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String secs(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%.3f s", v);
    }

    /** JMH JSON: benchmark short name (with ":param" when parameterised) to score. */
    private Map<String, Double> jmh(String file) throws IOException {
        Map<String, Double> scores = new LinkedHashMap<>();
        Path p = dir.resolve(file);
        if (!Files.exists(p)) {
            return scores;
        }
        JsonNode root = new ObjectMapper().readTree(p.toFile());
        for (JsonNode b : root) {
            String name = b.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode params = b.get("params");
            if (params != null) {
                StringBuilder sb = new StringBuilder(name);
                params.fields().forEachRemaining(e -> sb.append(':').append(e.getValue().asText()));
                name = sb.toString();
            }
            scores.put(name, b.get("primaryMetric").get("score").asDouble());
        }
        return scores;
    }

    /** coldstart.txt: "name median mean min max rss" lines. */
    private Map<String, double[]> coldStart() throws IOException {
        Map<String, double[]> m = new LinkedHashMap<>();
        Path p = dir.resolve("coldstart.txt");
        if (!Files.exists(p)) {
            return m;
        }
        for (String line : Files.readAllLines(p)) {
            String[] f = line.trim().split("\\s+");
            if (line.startsWith("#") || f.length < 5 || line.contains("=")) {
                continue;
            }
            double rss = f.length > 5 && !f[5].equals("-") ? Double.parseDouble(f[5]) : Double.NaN;
            m.put(f[0], new double[] {Double.parseDouble(f[1]), rss});
        }
        return m;
    }

    private Map<String, String> keyValues(String file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        Path p = dir.resolve(file);
        if (!Files.exists(p)) {
            return m;
        }
        for (String line : Files.readAllLines(p)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return m;
    }
}
