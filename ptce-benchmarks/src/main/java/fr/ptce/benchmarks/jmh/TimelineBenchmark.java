package fr.ptce.benchmarks.jmh;

import fr.ptce.model.Pole;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Timeline;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warmed latency of a compliance timeline ({@link ComplianceChecker#timeline}) of a 15-member pole with 40 change
 * dates ({@link TimelineFixtures}), the three referentials, on one thread: with the library's default structural
 * validation (once per timeline) and with the input trusted. Target: at most 10 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1) // Drools needs 6–7 s of JIT warm-up here (3 s leaves it mid-ramp)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class TimelineBenchmark {
    private ComplianceChecker checker;
    private Pole[] poles;
    private Set<Referential> all;
    private CheckOptions validated;
    private CheckOptions trusted;
    private CheckOptions trustedAtEnd;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        checker = ComplianceChecker.create();
        poles = TimelineFixtures.poles(Fixtures.RING);
        all = new java.util.LinkedHashSet<>(fr.ptce.rules.RuleCatalogue.standard().referentials());
        validated = CheckOptions.builder().build();
        trusted = CheckOptions.builder().trustedInput().build();
        trustedAtEnd = CheckOptions.builder().trustedInput().asOf(TimelineFixtures.TO).build();
    }

    private Pole pole() {
        Pole p = poles[next];
        next = (next + 1) % poles.length;
        return p;
    }

    /** The library's default: the pole validated once, then 40 dates checked against the three referentials. */
    @Benchmark
    public List<Timeline> timelineValidated() {
        return checker.timeline(pole(), TimelineFixtures.FROM, TimelineFixtures.TO, all, validated);
    }

    /**
     * For scale, in the same run: one check of the same poles against the three referentials as of the window's last
     * day, input trusted. The ratio of the timeline to it holds better than either figure on a loaded machine.
     */
    @Benchmark
    public List<fr.ptce.rules.ComplianceReport> oneCheckTrusted() {
        return checker.check(pole(), all, trustedAtEnd);
    }

    /** Input trusted (already read by the strict reader, as the CLI does). */
    @Benchmark
    public List<Timeline> timelineTrusted() {
        return checker.timeline(pole(), TimelineFixtures.FROM, TimelineFixtures.TO, all, trusted);
    }
}
