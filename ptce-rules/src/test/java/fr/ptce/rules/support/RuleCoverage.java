package fr.ptce.rules.support;

import fr.ptce.rules.Outcome;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every (rule id, outcome) a test asserted through {@link ReportAssert}, for the whole test JVM.
 * {@code RuleCoverageTest} reads it to show that the catalogue's rules are exercised both ways.
 */
public final class RuleCoverage {
    private static final Map<String, Set<Outcome>> SEEN = new ConcurrentHashMap<>();

    private RuleCoverage() {
    }

    /** Records that a test asserted {@code outcome} for {@code ruleId} (and the assertion held). */
    public static void record(String ruleId, Outcome outcome) {
        SEEN.computeIfAbsent(ruleId, k -> Collections.synchronizedSet(EnumSet.noneOf(Outcome.class))).add(outcome);
    }

    /** The outcomes asserted so far for {@code ruleId}. */
    public static Set<Outcome> outcomesOf(String ruleId) {
        Set<Outcome> s = SEEN.get(ruleId);
        if (s == null) {
            return EnumSet.noneOf(Outcome.class);
        }
        synchronized (s) {
            return s.isEmpty() ? EnumSet.noneOf(Outcome.class) : EnumSet.copyOf(s);
        }
    }

    /** A snapshot of everything recorded, by rule id. */
    public static Map<String, Set<Outcome>> snapshot() {
        Map<String, Set<Outcome>> copy = new TreeMap<>();
        SEEN.keySet().forEach(id -> copy.put(id, outcomesOf(id)));
        return copy;
    }
}
