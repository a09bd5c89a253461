package fr.ptce.examples;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Verdict;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Example 3: one {@link ComplianceChecker} shared by every thread of an {@link ExecutorService}.
 *
 * <p>The checker is immutable and thread-safe: build it once (it loads the compiled rules, a few hundred
 * milliseconds) and share it; each check runs in its own short-lived Drools session. The same goes for
 * {@link PoleReader}. The example checks the seven bundled poles many times over on a pool of threads and verifies
 * that every thread found the same verdicts.
 */
public final class Example03SharedCheckerAcrossThreads {
    /**
     * What the run found.
     *
     * @param verdictsByPole the verdicts of each pole (one per referential), identical across every check of it
     * @param checks         how many poles were checked
     * @param elapsed        wall time of the parallel part
     */
    public record Result(Map<String, List<Verdict>> verdictsByPole, int checks, Duration elapsed) {
    }

    private Example03SharedCheckerAcrossThreads() {
    }

    /** Checks every bundled pole {@code rounds} times on {@code threads} threads sharing one checker. */
    public static Result run(int threads, int rounds) throws InterruptedException, ExecutionException {
        ComplianceChecker checker = ComplianceChecker.create();
        PoleReader reader = PoleReader.create();
        Map<String, Pole> poles = new LinkedHashMap<>();
        for (String id : BundledPoles.IDS) {
            poles.put(id, BundledPoles.read(reader, id));
        }
        // A fixed date: every thread must see the same facts. Poles read by PoleReader are already validated.
        CheckOptions options = CheckOptions.builder().asOf(LocalDate.of(2025, 12, 31)).trustedInput().build();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Map.Entry<String, List<Verdict>>>> futures = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Pole> e : poles.entrySet()) {
                    futures.add(pool.submit(() -> Map.entry(e.getKey(),
                            checker.checkAll(e.getValue(), options).stream().map(ComplianceReport::verdict).toList())));
                }
            }
            Map<String, List<Verdict>> verdicts = new LinkedHashMap<>();
            for (Future<Map.Entry<String, List<Verdict>>> f : futures) {
                Map.Entry<String, List<Verdict>> result = f.get();
                List<Verdict> previous = verdicts.putIfAbsent(result.getKey(), result.getValue());
                if (previous != null && !previous.equals(result.getValue())) {
                    throw new IllegalStateException("threads disagree on " + result.getKey() + ": " + previous + " vs "
                            + result.getValue());
                }
            }
            return new Result(verdicts, futures.size(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Result result = run(threads, rounds);
        System.out.println(result.checks() + " checks on " + threads + " thread(s) in " + result.elapsed().toMillis()
                + " ms, every thread agreeing:");
        result.verdictsByPole().forEach((pole, verdicts) -> System.out.println("  " + pole + ": " + verdicts));
    }
}
