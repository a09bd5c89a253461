package fr.ptce.rules.testing;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import fr.ptce.rules.support.Checks;
import org.junit.jupiter.api.Test;

/** The test helper itself: it passes when it should, and its failures show what the rule actually said. */
class ReportAssertTest {
    private static final ComplianceReport WITHOUT_NON_ESS = Checks.check(compliantPole().without(IMPRIMERIE),
            Referential.LOI_2014_856_ART9);

    @Test
    void rule_passesOnTheActualOutcomeAndRecordsIt() {
        assertThat(WITHOUT_NON_ESS).hasVerdict(Verdict.NON_COMPLIANT)
                .rule("ART9-ASSOCIATED-ENTERPRISE").failed().withSeverity(Severity.ERROR).withNoEvidence()
                .withRemedyContaining("hors ESS")
                .and().rule("ART9-ESS-ENTERPRISE").passed().withEvidence("zutique", "coursive", "scic-gresilles")
                .withEvidenceContaining("coursive").withEvidenceNotContaining(IMPRIMERIE).withoutRemedy();

        assertThat(RuleCoverage.outcomesOf("ART9-ASSOCIATED-ENTERPRISE")).contains(Outcome.FAILED);
    }

    @Test
    void wrongOutcome_showsTheActualOutcomeMessageAndEvidence() {
        assertThatThrownBy(() -> assertThat(WITHOUT_NON_ESS).rule("ART9-ESS-ENTERPRISE").failed())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected ART9-ESS-ENTERPRISE to be FAILED")
                .hasMessageContaining("ART9-ESS-ENTERPRISE PASSED (ERROR)")
                .hasMessageContaining("message:  3 entreprises de l'ESS parmi les membres.")
                .hasMessageContaining("evidence: [coursive, scic-gresilles, zutique]")
                .hasMessageContaining("remedy:   null");
    }

    @Test
    void wrongEvidence_isExactAsASet() {
        assertThatThrownBy(() -> assertThat(WITHOUT_NON_ESS).rule("ART9-ESS-ENTERPRISE").withEvidence("coursive"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have exactly the evidence [coursive]")
                .hasMessageContaining("evidence: [coursive, scic-gresilles, zutique]");
    }

    @Test
    void wrongMessageOrRemedy_showsTheActualTexts() {
        assertThatThrownBy(() -> assertThat(WITHOUT_NON_ESS).rule("ART9-ASSOCIATED-ENTERPRISE")
                .withMessageContaining("50 %"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a message containing \"50 %\"")
                .hasMessageContaining("Aucun membre ni partenaire n'est une entreprise hors ESS");
        assertThatThrownBy(() -> assertThat(WITHOUT_NON_ESS).rule("ART9-ESS-ENTERPRISE").withRemedyContaining("x"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("remedy:   null");
    }

    @Test
    void wrongVerdict_listsTheRulesThatDidNotPass() {
        assertThatThrownBy(() -> assertThat(WITHOUT_NON_ESS).hasVerdict(Verdict.COMPLIANT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be COMPLIANT but was NON_COMPLIANT")
                .hasMessageContaining("ART9-ASSOCIATED-ENTERPRISE FAILED (ERROR)")
                .satisfies(e -> assertThat(e.getMessage()).as("passed rules are not listed")
                        .doesNotContain("ART9-ESS-ENTERPRISE"));
    }

    @Test
    void unknownRule_namesTheReportsRules() {
        assertThatThrownBy(() -> assertThat(WITHOUT_NON_ESS).rule("CH-ANIMATION"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a result for CH-ANIMATION")
                .hasMessageContaining("ART9-ESS-ENTERPRISE");
    }

    @Test
    void messages_readNoBreakSpacesAsSpaces() {
        ComplianceReport report = Checks.check(compliantPole(), Referential.CHARTE_LABO_ESS);

        assertThat(report).rule("CH-ESS-LED-GOVERNANCE").withMessageContaining("(66,7 %)")
                .withMessageContaining("(66,7\u00a0%)");
    }
}
