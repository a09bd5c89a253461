package fr.ptce.rules.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The check itself as a fact: its as-of date, the thresholds in force, and the findings the rules record. One
 * instance per check, created by the engine (never shared across threads).
 *
 * <p>A rule matches it to read a threshold ({@code CheckFact( $min : parameter("essVoteShareMin") )}) and records
 * its outcome in its consequence with {@link #finding()}.
 */
public final class CheckFact {
    private final LocalDate asOf;
    private final Map<String, Double> parameters;
    private final Map<String, Finding> findings = new LinkedHashMap<>(64);
    private String firing;

    /**
     * @param asOf       the date of the check
     * @param parameters every threshold in force, by key
     */
    public CheckFact(LocalDate asOf, Map<String, Double> parameters) {
        this.asOf = Objects.requireNonNull(asOf);
        this.parameters = Map.copyOf(parameters);
    }

    /** The date the pole is checked at. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The value in force of a threshold of a rule's definition.
     *
     * @throws IllegalArgumentException when no rule defines it
     */
    public double parameter(String key) {
        Double value = parameters.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no rule defines the parameter " + key);
        }
        return value;
    }

    /**
     * The finding of the rule being fired, to fill in its consequence: its id is the DRL rule's name.
     *
     * @throws IllegalStateException outside a rule's consequence, or when the rule already recorded its finding
     */
    public Finding finding() {
        if (firing == null) {
            throw new IllegalStateException("finding() is called only from a rule's consequence");
        }
        Finding finding = new Finding(firing);
        if (findings.putIfAbsent(firing, finding) != null) {
            throw new IllegalStateException("rule " + firing + " recorded its finding twice in one check");
        }
        return finding;
    }

    /** Called by the engine before a rule's consequence runs ({@code null} after it). */
    public void firing(String ruleId) {
        this.firing = ruleId;
    }

    /** The findings recorded, by rule id, in firing order. */
    public Map<String, Finding> findings() {
        return java.util.Collections.unmodifiableMap(findings);
    }
}
