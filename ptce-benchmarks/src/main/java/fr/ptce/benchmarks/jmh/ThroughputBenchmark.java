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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of ONE shared {@link ComplianceChecker} (one KieBase) on 1 and 2 threads, 15-member poles, the three
 * referentials, input trusted; the plain-Java oracle the same way, to tell the engine's scaling from the machine's.
 * JMH reports the total operations per second of all threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1) // Drools needs 6–7 s of JIT warm-up here (3 s leaves it mid-ramp)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ThroughputBenchmark {

    /** The shared checker and poles. */
    @State(Scope.Benchmark)
    public static class Shared {
        ComplianceChecker checker;
        ReferenceChecker oracle;
        Pole[] poles;
        CheckOptions trusted;

        @Setup(Level.Trial)
        public void setUp() {
            checker = ComplianceChecker.create();
            oracle = new ReferenceChecker();
            poles = Fixtures.poles(Fixtures.RING, 15);
            trusted = CheckOptions.builder().asOf(Fixtures.AS_OF).trustedInput().build();
        }
    }

    /** Each thread's position in the ring of poles. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            next = (int) (Thread.currentThread().getId() % Fixtures.RING);
        }

        Pole pole(Pole[] poles) {
            Pole p = poles[next];
            next = (next + 1) % poles.length;
            return p;
        }
    }

    @Benchmark
    @Threads(1)
    public List<ComplianceReport> drools1Thread(Shared s, Cursor c) {
        return s.checker.checkAll(c.pole(s.poles), s.trusted);
    }

    @Benchmark
    @Threads(2)
    public List<ComplianceReport> drools2Threads(Shared s, Cursor c) {
        return s.checker.checkAll(c.pole(s.poles), s.trusted);
    }

    @Benchmark
    @Threads(1)
    public Map<String, Outcome> reference1Thread(Shared s, Cursor c) {
        return s.oracle.check(c.pole(s.poles), Fixtures.AS_OF, Thresholds.defaults());
    }

    @Benchmark
    @Threads(2)
    public Map<String, Outcome> reference2Threads(Shared s, Cursor c) {
        return s.oracle.check(c.pole(s.poles), Fixtures.AS_OF, Thresholds.defaults());
    }
}
