package fr.ptce.benchmarks.tools;

import fr.ptce.model.json.PoleReader;
import fr.ptce.report.PoleSurvey;
import fr.ptce.report.SurveyReport;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the survey of a folder of pole files in one JVM, the way {@code ptce survey} runs it: the files are read by
 * {@link PoleReader}, checked against the three referentials and counted by {@link PoleSurvey} with THREADS worker
 * threads fed through a bounded queue. Prints, per run, the wall time, the process CPU time and their ratio (about 2
 * when both cores of a 2-core machine work), the poles per second, the heap used after a GC, and the 1-minute load
 * average when the run started (a busy machine makes the figure worthless: see docs/performance.md).
 *
 * <p>Usage: {@code java -cp benchmarks.jar fr.ptce.benchmarks.tools.SurveyHarness DIR [RUNS [THREADS]]} (RUNS
 * default 3: the first run includes building the checker and the JIT's warm-up, as a command-line run does).
 */
public final class SurveyHarness {
    private SurveyHarness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SurveyHarness DIR [RUNS [THREADS]]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("machine: %d processors, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= runs; run++) {
            double load = os.getSystemLoadAverage();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ComplianceChecker checker = ComplianceChecker.create();
            PoleReader reader = PoleReader.create();
            PoleSurvey survey = PoleSurvey.create(checker,
                    CheckOptions.builder().asOf(LocalDate.of(2025, 6, 30)).trustedInput().build());
            SurveyReport report = survey.run(files.iterator(), reader::read, threads, new PoleSurvey.Listener<Path>() { });
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("run %d: %d poles (%d broken), threads %d, wall %.2f s, cpu %.2f s, cpu/wall %.2f, "
                            + "%.0f poles/s, heap after GC %d MB, load at start %.2f%n", run, report.poles(),
                    report.brokenFiles().size(), threads, wall / 1e9, cpu / 1e9, (double) cpu / wall,
                    report.poles() / (wall / 1e9), heap >> 20, load);
        }
    }
}
