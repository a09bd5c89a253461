package fr.ptce.benchmarks.jmh;

import fr.ptce.benchmarks.ReferenceChecker;
import fr.ptce.benchmarks.Thresholds;
import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.ReportJson;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.internal.CheckFacts;
import fr.ptce.rules.internal.Engine;
import fr.ptce.rules.internal.RuleBase;
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
import org.kie.api.KieBase;

/**
 * Warmed latency of one check of a 15-member pole against the three referentials, on one thread: Drools through the
 * library ({@link ComplianceChecker#checkAll}) with and without structural validation, the plain-Java
 * {@link ReferenceChecker}, the parts of a Drools check (validation alone, fact derivation alone, facts plus the
 * Drools session without the explanations), and what the CLI adds per file (strict JSON reading, report JSON writing).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1) // Drools needs 6–7 s of JIT warm-up here (3 s leaves it mid-ramp)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class CheckLatencyBenchmark {
    private ComplianceChecker checker;
    private ReferenceChecker oracle;
    private PoleValidator validator;
    private RuleBase rules;
    private PoleReader reader;
    private String[] json;
    private List<ComplianceReport>[] reports;
    private Pole[] poles;
    private CheckOptions trusted;
    private CheckOptions validated;
    private int next;
    private static final java.util.Set<fr.ptce.rules.Referential> ALL =
            new java.util.HashSet<>(RuleCatalogue.standard().referentials());

    @Setup(Level.Trial)
    public void setUp() {
        checker = ComplianceChecker.create();
        oracle = new ReferenceChecker();
        validator = PoleValidator.create();
        rules = RuleBase.load(RuleCatalogue.standard());
        poles = Fixtures.poles(Fixtures.RING, 15);
        trusted = CheckOptions.builder().asOf(Fixtures.AS_OF).trustedInput().build();
        validated = CheckOptions.builder().asOf(Fixtures.AS_OF).build();
        reader = PoleReader.create();
        PoleWriter writer = PoleWriter.create();
        json = new String[poles.length];
        @SuppressWarnings("unchecked")
        List<ComplianceReport>[] made = new List[poles.length];
        reports = made;
        for (int i = 0; i < poles.length; i++) {
            json[i] = writer.write(poles[i]);
            reports[i] = checker.checkAll(poles[i], trusted);
        }
    }

    private Pole pole() {
        Pole p = poles[next];
        next = (next + 1) % poles.length;
        return p;
    }

    /** Drools, input trusted (no validation): the library's fast path. */
    @Benchmark
    public List<ComplianceReport> droolsTrusted() {
        return checker.checkAll(pole(), trusted);
    }

    /**
     * Drools, input trusted, then every result's message and remedy read: the check plus the explanations, which the
     * reports write only when a result is first read.
     */
    @Benchmark
    public int droolsTrustedAllMessagesRead() {
        int length = 0;
        for (ComplianceReport report : checker.checkAll(pole(), trusted)) {
            for (fr.ptce.rules.RuleResult r : report.results()) {
                length += r.message().length() + (r.remedy() == null ? 0 : r.remedy().length());
            }
        }
        return length;
    }

    /** Drools after structural validation (the library's default). */
    @Benchmark
    public List<ComplianceReport> droolsValidated() {
        return checker.checkAll(pole(), validated);
    }

    /** The plain-Java oracle: outcomes, verdicts and evidence (no messages). */
    @Benchmark
    public Map<String, Outcome> referenceChecker() {
        return oracle.check(pole(), Fixtures.AS_OF, Thresholds.defaults());
    }

    /** Part of a validated check: Hibernate Validator alone. */
    @Benchmark
    public List<Problem> validationOnly() {
        return validator.validate(pole());
    }

    /** Part of a Drools check: deriving the facts (classification, territory, votes) before the session. */
    @Benchmark
    public List<Object> factsOnly() {
        return new CheckFacts(pole(), Fixtures.AS_OF).all();
    }

    /**
     * Part of a Drools check: facts, then a session (insert, fire, dispose) on the same compiled rules, without building
     * the explained reports; the difference with {@link #droolsTrusted()} is the explanation (messages, evidence).
     */
    @Benchmark
    public Object sessionOnly() {
        CheckFacts facts = new CheckFacts(pole(), Fixtures.AS_OF);
        return Engine.fire(rules, RuleCatalogue.standard(), ALL, trusted, Fixtures.AS_OF, facts);
    }

    /** What the CLI does besides the check, per file (batch): parse a pole file's JSON with the strict reader (validates). */
    @Benchmark
    public Pole readJson() {
        int i = next;
        next = (next + 1) % poles.length;
        return reader.read(json[i]);
    }

    /** What the CLI does besides the check, per file (batch): the three reports as format-v1 JSON. */
    @Benchmark
    public String writeReportsJson() {
        int i = next;
        next = (next + 1) % poles.length;
        return ReportJson.write(reports[i]);
    }
}
