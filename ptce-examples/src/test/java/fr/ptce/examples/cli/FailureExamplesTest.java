package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Verdict;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FailureExamplesTest {
    private static ComplianceChecker checker;

    @BeforeAll
    static void checker() {
        checker = ComplianceChecker.create();
    }

    static List<String> ruleIds() {
        return RuleCatalogue.standard().rules().stream().map(RuleDefinition::id).toList();
    }

    @Test
    void theExamplePolePassesEveryRuleOfEveryReferential() {
        assertThat(PoleValidator.create().validate(FailureExamples.compliant())).isEmpty();
        List<ComplianceReport> reports = checker.checkAll(FailureExamples.compliant(), CheckOptions.defaults());
        for (ComplianceReport report : reports) {
            assertThat(report.failures()).as(report.referential()).isEmpty();
            assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
            assertThat(report.results()).extracting(RuleResult::outcome).containsOnly(Outcome.PASSED);
        }
    }

    @Test
    void everyRuleOfTheCatalogueHasAnExample() {
        assertThat(FailureExamples.ruleIds()).containsExactlyInAnyOrderElementsOf(ruleIds());
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void eachExampleIsAValidPoleThatFailsItsRule(String ruleId) {
        FailureExamples.Example example = FailureExamples.of(ruleId).orElseThrow();
        assertThat(PoleValidator.create().validate(example.pole())).isEmpty();
        List<ComplianceReport> reports = checker.checkAll(example.pole(), CheckOptions.defaults());
        for (ComplianceReport report : reports) {
            report.result(ruleId).ifPresent(r -> assertThat(r.outcome()).as(report.referential()).isEqualTo(Outcome.FAILED));
        }
        assertThat(reports.stream().flatMap(r -> r.result(ruleId).stream())).isNotEmpty();
    }

    @Test
    void unknownRuleHasNoExample() {
        assertThat(FailureExamples.of("NOPE")).isEmpty();
    }
}
