package fr.ptce.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compliance report of one pole against one referential (format v1, "Output").
 *
 * @param pole        the pole's id
 * @param referential the referential's stable id
 * @param asOf        the date the check was made as of
 * @param verdict     the overall result
 * @param results     every rule of the referential, once, in catalogue order
 * @param metrics     figures about the pole (active members, ESS vote shares, anchored share…)
 */
@JsonPropertyOrder({"pole", "referential", "asOf", "verdict", "results", "metrics"})
public record ComplianceReport(String pole, String referential, LocalDate asOf, Verdict verdict,
                               List<RuleResult> results, Map<String, Object> metrics) {

    /** Copies the results and metrics. */
    public ComplianceReport {
        results = List.copyOf(results);
        metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }

    /** The result of this rule, if the referential has it. */
    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /** The failed results, in catalogue order. */
    public List<RuleResult> failures() {
        return results.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
    }
}
