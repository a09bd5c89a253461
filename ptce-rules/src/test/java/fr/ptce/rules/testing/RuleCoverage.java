package fr.ptce.rules.testing;

import fr.ptce.rules.Outcome;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every (rule id, outcome) a test asserted through {@link ReportAssert}, for the whole test JVM and for each
 * open {@link ReferentialCoverage} scope (a test class), to show that a referential's rules are exercised every way.
 */
public final class RuleCoverage {
    private static final Map<String, Set<Outcome>> SEEN = new ConcurrentHashMap<>();
    private static final java.util.List<Map<String, Set<Outcome>>> SCOPES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private RuleCoverage() {
    }

    /** Records that a test asserted {@code outcome} for {@code ruleId} (and the assertion held). */
    public static void record(String ruleId, Outcome outcome) {
        SEEN.computeIfAbsent(ruleId, k -> Collections.synchronizedSet(EnumSet.noneOf(Outcome.class))).add(outcome);
        for (Map<String, Set<Outcome>> scope : SCOPES) {
            scope.computeIfAbsent(ruleId, k -> Collections.synchronizedSet(EnumSet.noneOf(Outcome.class))).add(outcome);
        }
    }

    /** Opens a scope: what is recorded from now on is also recorded in the map returned, until it is closed. */
    static Map<String, Set<Outcome>> open() {
        Map<String, Set<Outcome>> scope = new ConcurrentHashMap<>();
        SCOPES.add(scope);
        return scope;
    }

    /** Closes a scope opened by {@link #open()}. */
    static void close(Map<String, Set<Outcome>> scope) {
        SCOPES.remove(scope);
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
