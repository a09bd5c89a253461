package fr.ptce.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The outcome of one rule in a report, with its evidence and source.
 *
 * @param ruleId   stable rule id
 * @param outcome  passed, failed or not applicable
 * @param severity severity in force (the catalogue's, or the deployment's override)
 * @param message  explanation in the report's language, with the figures behind the outcome
 * @param evidence ids of the members, cooperations, projects or programmes the outcome rests on
 * @param source   the text the rule encodes
 * @param remedy   for a failure, the smallest change that would make it pass, where one can be computed
 */
@JsonPropertyOrder({"ruleId", "outcome", "severity", "message", "evidence", "source", "remedy"})
public record RuleResult(String ruleId, Outcome outcome, Severity severity, String message, List<String> evidence,
                         Source source, @JsonInclude(JsonInclude.Include.ALWAYS) String remedy) {

    /** Copies the evidence. */
    public RuleResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
