package fr.ptce.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.ptce.rules.internal.ResultsOnRead;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compliance report of one pole against one referential (format v1, "Output").
 *
 * @param pole         the pole's id
 * @param referential  the referential's stable id
 * @param rulesVersion the rule catalogue the report follows ({@value #RULES_VERSION})
 * @param asOf         the date the check was made as of
 * @param verdict      the overall result
 * @param parameters   the thresholds in force, by key ({@code essVoteShareMin}, {@code minActorFamilies},
 *                     {@code anchoredShareMin})
 * @param results      every rule of the referential, once, in catalogue order
 * @param metrics      figures about the pole (active members, ESS vote shares, anchored share…)
 * @param members      the derived facts of each entry of the pole's {@code members[]}, in input order, active or not
 */
@JsonPropertyOrder({"pole", "referential", "rulesVersion", "asOf", "verdict", "parameters", "results", "metrics",
        "members"})
public record ComplianceReport(String pole, String referential, String rulesVersion, LocalDate asOf, Verdict verdict,
                               Map<String, Number> parameters, List<RuleResult> results, Map<String, Object> metrics,
                               List<MemberFacts> members) {

    /** The version of the rule catalogue this library implements. */
    public static final String RULES_VERSION = "2";

    /** Copies the parameters, results, metrics and members. */
    public ComplianceReport {
        parameters = parameters == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        // the engine's results are already unmodifiable, and explained on first read: not copied (which would read them)
        results = results instanceof ResultsOnRead ? results : List.copyOf(results);
        metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The derived facts of the entry with this id, if the pole has it. */
    public Optional<MemberFacts> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    /** The result of this rule, if the referential has it. */
    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /** The failed results, in catalogue order; a report made by the engine writes the messages of those only. */
    public List<RuleResult> failures() {
        return withOutcome(Outcome.FAILED);
    }

    /**
     * The results that have {@code outcome}, in catalogue order; a report made by the engine writes the messages of
     * those only.
     */
    public List<RuleResult> withOutcome(Outcome outcome) {
        return results instanceof ResultsOnRead onRead ? onRead.withOutcome(outcome)
                : results.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** How many results have {@code outcome}; a report made by the engine writes no message for this. */
    public int count(Outcome outcome) {
        return results instanceof ResultsOnRead onRead ? onRead.count(outcome)
                : (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
