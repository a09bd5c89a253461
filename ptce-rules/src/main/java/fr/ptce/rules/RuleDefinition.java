package fr.ptce.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rule as its referential defines it.
 *
 * @param id                     stable id, e.g. {@code ART9-ESS-ENTERPRISE}: the name of its DRL rule
 * @param referential            its referential's id ({@code DATA} for the data rules)
 * @param partOfEveryReferential the rule belongs to the report of every referential (the data rules)
 * @param severity               the default severity
 * @param source                 the text it encodes, with its address
 * @param parameterDefinitions   its configurable thresholds
 * @param failureExample         the resource path of a pole that fails it (format v1), or {@code null}
 * @param concerns               the part of the pole its results concern when not its evidence's entries:
 *                               {@code governance} (the decision-making bodies), or {@code null}
 */
public record RuleDefinition(String id, String referential, boolean partOfEveryReferential, Severity severity,
                             Source source, List<ParameterDefinition> parameterDefinitions, String failureExample,
                             String concerns) {

    /** Checks the required parts and copies the parameters. */
    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        parameterDefinitions = parameterDefinitions == null ? List.of() : List.copyOf(parameterDefinitions);
    }

    /** The parameters' defaults by key, in definition order (integers as {@code Integer}). */
    public Map<String, Number> parameters() {
        Map<String, Number> defaults = new LinkedHashMap<>();
        for (ParameterDefinition p : parameterDefinitions) {
            defaults.put(p.key(), p.defaultNumber());
        }
        return java.util.Collections.unmodifiableMap(defaults);
    }

    /** True when the rule's results concern the pole's decision-making bodies ({@code "concerns": "governance"}). */
    public boolean concernsGovernance() {
        return "governance".equals(concerns);
    }

    /** True when the rule is part of {@code r}'s report (a data rule is part of every referential's). */
    public boolean belongsTo(Referential r) {
        return partOfEveryReferential || referential.equals(r.id());
    }

    /** True for a rule part of every referential's report (the data rules). */
    public boolean isDataRule() {
        return partOfEveryReferential;
    }
}
