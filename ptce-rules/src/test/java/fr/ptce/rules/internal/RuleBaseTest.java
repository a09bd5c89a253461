package fr.ptce.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.support.TestPoles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** The compiled rules and their pool of sessions. */
class RuleBaseTest {
    private static final RuleBase RULES = RuleBase.load(RuleCatalogue.standard());
    private static final CheckOptions OPTIONS = CheckOptions.builder().asOf(TestPoles.AS_OF).build();

    private static List<ComplianceReport> check(fr.ptce.model.Pole pole) {
        return Engine.check(RULES, RuleCatalogue.standard(), pole,
                new LinkedHashSet<>(RuleCatalogue.standard().referentials()), OPTIONS);
    }

    /** The evidence of ART9-ASSOCIATED-ENTERPRISE: a fact of the session, unlike the report's entries. */
    private static List<String> enterprises(List<ComplianceReport> reports) {
        return reports.get(0).result("ART9-ASSOCIATED-ENTERPRISE").orElseThrow().evidence();
    }

    @Test
    void everySessionThePoolHandsOutAfterChecksHoldsNoFactAndNoListenerOfThem() {
        check(TestPoles.compliantPole().build());
        check(TestPoles.compliantPole().build());
        List<KieSession> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors() + 2; i++) { // more than the pool holds
                KieSession session = RULES.session();
                taken.add(session);
                assertThat(session.getFactCount()).as("facts of session %d", i).isZero();
                assertThat(session.getAgendaEventListeners()).as("listeners of session %d", i).isEmpty();
            }
        } finally {
            taken.forEach(KieSession::dispose);
        }
    }

    @Test
    void aCheckInSessionsGivenBackByALargerPoleGivesTheReportOfAFreshRuleBase() {
        fr.ptce.model.Pole larger = TestPoles.compliantPole().with(TestPoles.sarl("menuiserie")).build();
        fr.ptce.model.Pole baseline = TestPoles.compliantPole().build();
        for (int i = 0; i < 20; i++) {
            assertThat(enterprises(check(larger))).contains("menuiserie");
        }
        List<ComplianceReport> reports = check(baseline);
        assertThat(enterprises(reports)).containsExactly(TestPoles.IMPRIMERIE);
        assertThat(reports).isEqualTo(Engine.check(RuleBase.load(RuleCatalogue.standard()), RuleCatalogue.standard(),
                baseline, new LinkedHashSet<>(RuleCatalogue.standard().referentials()), OPTIONS));
    }
}
