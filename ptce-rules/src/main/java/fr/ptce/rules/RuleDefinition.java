package fr.ptce.rules;

import java.util.Map;

/**
 * One rule of the catalogue.
 *
 * @param id          stable id, e.g. {@code ART9-ESS-ENTERPRISE}
 * @param referential the referential's id, or {@code DATA} for the data rules that belong to every referential
 * @param severity    the default severity
 * @param source      the text it encodes
 * @param parameters  its configurable parameters with their default values
 */
public record RuleDefinition(String id, String referential, Severity severity, Source source,
                             Map<String, Number> parameters) {

    /** Copies the parameters. */
    public RuleDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** True when the rule is part of {@code r} (data rules are part of every referential). */
    public boolean belongsTo(Referential r) {
        return isDataRule() || referential.equals(r.id());
    }

    /** True for the data rules, part of every referential. */
    public boolean isDataRule() {
        return "DATA".equals(referential);
    }
}
