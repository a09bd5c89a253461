package fr.ptce.benchmarks.jmh;

import fr.ptce.benchmarks.ReferenceChecker;
import fr.ptce.benchmarks.Thresholds;
import fr.ptce.model.Pole;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How a check grows with the pole: 15, 100 and 1,000 members (cooperations, projects and seats grow with it as the
 * generator makes them), three referentials, input trusted. Target: 1,000 members within 100× the 15-member time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1) // Drools needs 6–7 s of JIT warm-up here (3 s leaves it mid-ramp)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class ScaleBenchmark {
    @Param({"15", "100", "1000"})
    public int members;

    private ComplianceChecker checker;
    private ReferenceChecker oracle;
    private Pole[] poles;
    private CheckOptions trusted;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        checker = ComplianceChecker.create();
        oracle = new ReferenceChecker();
        poles = Fixtures.poles(8, members);
        trusted = CheckOptions.builder().asOf(Fixtures.AS_OF).trustedInput().build();
    }

    private Pole pole() {
        Pole p = poles[next];
        next = (next + 1) % poles.length;
        return p;
    }

    @Benchmark
    public List<ComplianceReport> drools() {
        return checker.checkAll(pole(), trusted);
    }

    @Benchmark
    public Map<String, Outcome> referenceChecker() {
        return oracle.check(pole(), Fixtures.AS_OF, Thresholds.defaults());
    }
}
