package fr.ptce.benchmarks.jmh;

import fr.ptce.model.Pole;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.facts.CheckFact;
import fr.ptce.rules.internal.CheckFacts;
import fr.ptce.rules.internal.Engine;
import fr.ptce.rules.internal.RuleBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
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

/** Experimental: where the Drools session's time goes. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class SessionPartsBenchmark {
    private RuleBase rules;
    private KieSessionsPool pool;
    private Pole[] poles;
    private CheckOptions trusted;
    private int next;
    private Map<String, Double> thresholds;
    private static final java.util.Set<fr.ptce.rules.Referential> ALL =
            new java.util.HashSet<>(RuleCatalogue.standard().referentials());

    @Setup(Level.Trial)
    public void setUp() {
        rules = RuleBase.load(RuleCatalogue.standard());
        pool = rules.kieBase().newKieSessionsPool(2);
        poles = Fixtures.poles(Fixtures.RING, 15);
        trusted = CheckOptions.builder().asOf(Fixtures.AS_OF).trustedInput().build();
        thresholds = new HashMap<>();
        for (var p : RuleCatalogue.standard().parameters()) {
            thresholds.put(p.key(), trusted.parameter(p));
        }
    }

    private Pole pole() {
        Pole p = poles[next];
        next = (next + 1) % poles.length;
        return p;
    }

    @Benchmark
    public Object engineFire() {
        CheckFacts facts = new CheckFacts(pole(), Fixtures.AS_OF);
        return Engine.fire(rules, RuleCatalogue.standard(), ALL, trusted, Fixtures.AS_OF, facts);
    }

    @Benchmark
    public Object emptySession() {
        KieSession s = rules.kieBase().newKieSession();
        s.dispose();
        return s;
    }

    @Benchmark
    public Object insertNoFire() {
        CheckFacts facts = new CheckFacts(pole(), Fixtures.AS_OF);
        KieSession s = rules.kieBase().newKieSession();
        s.insert(new CheckFact(Fixtures.AS_OF, thresholds));
        for (Object f : facts.all()) {
            s.insert(f);
        }
        s.dispose();
        return s;
    }

    @Benchmark
    public Object fireNoFilterNoListener() {
        CheckFacts facts = new CheckFacts(pole(), Fixtures.AS_OF);
        KieSession s = rules.kieBase().newKieSession();
        CheckFact check = new CheckFact(Fixtures.AS_OF, thresholds);
        s.insert(check);
        for (Object f : facts.all()) {
            s.insert(f);
        }
        try {
            s.fireAllRules();
        } catch (IllegalStateException e) {
            // finding() without listener
        }
        s.dispose();
        return check;
    }

    @Benchmark
    public Object pooledSession() {
        CheckFacts facts = new CheckFacts(pole(), Fixtures.AS_OF);
        KieSession s = pool.newKieSession();
        CheckFact check = new CheckFact(Fixtures.AS_OF, thresholds);
        DefaultAgendaEventListener l = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                check.firing(event.getMatch().getRule().getName());
            }
        };
        s.addEventListener(l);
        s.insert(check);
        for (Object f : facts.all()) {
            s.insert(f);
        }
        s.fireAllRules();
        s.removeEventListener(l);
        s.dispose();
        return check.findings();
    }
}
