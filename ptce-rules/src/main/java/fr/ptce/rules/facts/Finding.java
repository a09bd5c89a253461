package fr.ptce.rules.facts;

import fr.ptce.model.classification.ActorFamily;
import fr.ptce.rules.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one rule found in one check: its outcome, its evidence (ids of entries, bodies' seat holders, cooperations,
 * projects or programmes) and the figures its messages show. A rule's consequence obtains it from
 * {@link CheckFact#finding()} and fills it:
 *
 * <pre>{@code
 * $check.finding().passedIf( !$ess.isEmpty() ).evidence( $ess ).count( "essEnterprises", $ess.size() );
 * }</pre>
 *
 * <p>The rule's id is the name of the DRL rule that records it: it is written once. The outcome is
 * {@link Outcome#FAILED} until set. A variant ({@link #variant(String)}) selects the messages
 * {@code RULE.OUTCOME.variant} and {@code RULE.remedy.variant} when the referential defines them.
 */
public final class Finding {
    private final String ruleId;
    private Outcome outcome = Outcome.FAILED;
    private List<String> evidence = List.of();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private String variant = "";

    Finding(String ruleId) {
        this.ruleId = Objects.requireNonNull(ruleId);
    }

    /** The rule's stable id. */
    public String ruleId() {
        return ruleId;
    }

    /** The outcome. */
    public Outcome outcome() {
        return outcome;
    }

    /** The evidence, as ids. */
    public List<String> evidence() {
        return evidence;
    }

    /** The figures, by name, in the order given. */
    public Map<String, Figure> figures() {
        return java.util.Collections.unmodifiableMap(figures);
    }

    /** The message variant, empty for none. */
    public String variant() {
        return variant;
    }

    /** PASSED when {@code passed}, FAILED otherwise. */
    public Finding passedIf(boolean passed) {
        outcome = passed ? Outcome.PASSED : Outcome.FAILED;
        return this;
    }

    /** NOT_APPLICABLE: the rule's premise does not hold for this pole. */
    public Finding notApplicable() {
        outcome = Outcome.NOT_APPLICABLE;
        return this;
    }

    /** The evidence: these ids, sorted, without duplicates. */
    public Finding evidence(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
        evidence = List.copyOf(sorted);
        return this;
    }

    /** The evidence: these ids, in the order given (a triple, where order means A, B, C). */
    public Finding evidenceInOrder(List<String> ids) {
        evidence = List.copyOf(ids);
        return this;
    }

    /** A whole number. */
    public Finding count(String name, long value) {
        return put(name, new Figure.Count(value));
    }

    /** A share between 0 and 1, shown as a percentage. */
    public Finding share(String name, double value) {
        return put(name, new Figure.Share(value));
    }

    /** {@code part / whole} shown as a percentage (0 when {@code whole} is 0). */
    public Finding share(String name, long part, long whole) {
        return put(name, new Figure.Share(whole == 0 ? 0 : (double) part / whole));
    }

    /** Yes or no. */
    public Finding flag(String name, boolean value) {
        return put(name, new Figure.Flag(value));
    }

    /** Text shown as is. */
    public Finding text(String name, String value) {
        return put(name, new Figure.Text(Objects.requireNonNull(value, name)));
    }

    /** A text of the referential's messages, by key (an empty key shows nothing). */
    public Finding label(String name, String key) {
        return put(name, new Figure.Label(Objects.requireNonNull(key, name)));
    }

    /** One entry of {@code members[]}, shown by its name ({@code -} when {@code id} is null). */
    public Finding entry(String name, String id) {
        return put(name, new Figure.Entries(id == null ? List.of() : List.of(id)));
    }

    /** Entries of {@code members[]}, shown by their names. */
    public Finding entries(String name, List<String> ids) {
        return put(name, new Figure.Entries(ids));
    }

    /** Actor families, shown by their names. */
    public Finding families(String name, Collection<ActorFamily> families) {
        return put(name, new Figure.Families(new ArrayList<>(families)));
    }

    /** Selects the message variant {@code RULE.OUTCOME.variant} (and {@code RULE.remedy.variant}) where defined. */
    public Finding variant(String name) {
        variant = Objects.requireNonNull(name);
        return this;
    }

    private Finding put(String name, Figure figure) {
        figures.put(Objects.requireNonNull(name), figure);
        return this;
    }

    @Override
    public String toString() {
        return ruleId + " " + outcome + " " + evidence + " " + figures;
    }
}
