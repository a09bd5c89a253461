package fr.ptce.rules;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.MemberClassifier;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixture itself: the baseline is valid and passes every rule of the three referentials. */
class TestPolesTest {
    private static final ComplianceChecker CHECKER = Checks.checker();

    @Test
    void baseline_isStructurallyValid() {
        assertThat(PoleValidator.create().validate(compliantPole().build())).isEmpty();
    }

    @Test
    void baseline_passesEveryRuleOfTheThreeReferentials() {
        List<ComplianceReport> reports = CHECKER.checkAll(compliantPole().build(), Checks.OPTIONS);

        assertThat(reports).hasSize(3);
        int rules = 0;
        for (ComplianceReport report : reports) {
            assertThat(report).hasVerdict(Verdict.COMPLIANT).allRulesPassed();
            rules += report.results().size();
        }
        // 9 + 8 + 10 own rules, plus the 4 data rules in each referential
        assertThat(rules).isEqualTo(9 + 8 + 10 + 3 * 4);
    }

    @Test
    void baseline_coversFiveActorFamilies() {
        Set<ActorFamily> families = EnumSet.noneOf(ActorFamily.class);
        for (var m : compliantPole().build().memberList()) {
            families.addAll(MemberClassifier.profile(m, TestPoles.AS_OF).families());
        }
        assertThat(families).containsExactlyInAnyOrder(ActorFamily.ESS_ENTERPRISE, ActorFamily.NON_ESS_ENTERPRISE,
                ActorFamily.LOCAL_AUTHORITY, ActorFamily.RESEARCH_OR_HIGHER_EDUCATION, ActorFamily.TRAINING_BODY);
    }

    @Test
    void without_removesTheMemberAndEveryReferenceToIt() {
        Pole pole = compliantPole().without(TestPoles.COURSIVE, TestPoles.IMPRIMERIE).build();

        assertThat(PoleValidator.create().validate(pole)).isEmpty();
        assertThat(pole.carrier()).isNull();
        assertThat(pole.governance().animator()).isNull();
        assertThat(pole.cooperations()).extracting(c -> c.id()).containsExactly("filiere");
    }
}
