package fr.ptce.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the rule contract's table (id, severity, source, parameter defaults), written in a referential's tests
 * independently of its definitions, and the check that the definitions say the same.
 */
public record ContractRule(String id, Severity severity, String source, Map<String, Double> parameters) {

    /** The definitions of {@code referentialId} are exactly {@code contract}, in its order. */
    public static void assertDefinitionsAre(String referentialId, List<ContractRule> contract) {
        List<RuleDefinition> rules = RuleCatalogue.standard().definition(Referential.of(referentialId)).rules();

        assertThat(rules).extracting(RuleDefinition::id).containsExactlyElementsOf(contract.stream().map(ContractRule::id).toList());
        for (ContractRule expected : contract) {
            RuleDefinition rule = RuleCatalogue.standard().rule(expected.id()).orElseThrow();
            assertThat(rule.severity()).as(expected.id()).isEqualTo(expected.severity());
            assertThat(rule.source().label()).as(expected.id()).isEqualTo(expected.source());
            Map<String, Double> parameters = new HashMap<>();
            rule.parameters().forEach((k, v) -> parameters.put(k, v.doubleValue()));
            assertThat(parameters).as(expected.id()).isEqualTo(expected.parameters());
        }
    }
}
