package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The values a check and a timeline give: verdicts, periods, timelines, languages, report look-ups. */
class ResultValuesTest {
    private static final LocalDate D = LocalDate.of(2024, 6, 1);

    private static RuleResult result(String id, Outcome outcome, Severity severity) {
        return new RuleResult(id, outcome, severity, "message", List.of(), null, null);
    }

    private static TimelinePeriod period(LocalDate from, LocalDate to) {
        return new TimelinePeriod(from, to, Verdict.COMPLIANT, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aFailedErrorMakesANonCompliantVerdict() {
        assertThat(Verdict.of(List.of(result("a", Outcome.FAILED, Severity.WARNING),
                result("b", Outcome.FAILED, Severity.ERROR)))).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void onlyFailedWarningsMakeACompliantWithWarningsVerdict() {
        assertThat(Verdict.of(List.of(result("a", Outcome.PASSED, Severity.ERROR),
                result("b", Outcome.FAILED, Severity.WARNING)))).isEqualTo(Verdict.COMPLIANT_WITH_WARNINGS);
    }

    @Test
    void passedOrNotApplicableRulesMakeACompliantVerdictWhateverTheirSeverity() {
        assertThat(Verdict.of(List.of(result("a", Outcome.PASSED, Severity.ERROR),
                result("b", Outcome.NOT_APPLICABLE, Severity.ERROR), result("c", Outcome.NOT_APPLICABLE,
                        Severity.WARNING)))).isEqualTo(Verdict.COMPLIANT);
        assertThat(Verdict.of(List.of())).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void aFailedRuleOfAnotherSeverityMakesNoWarning() {
        for (Severity s : Severity.values()) {
            if (s != Severity.ERROR && s != Severity.WARNING) {
                assertThat(Verdict.of(List.of(result("a", Outcome.FAILED, s)))).isEqualTo(Verdict.COMPLIANT);
            }
        }
    }

    @Test
    void aLanguageIsFoundByItsCodeInAnyCase() {
        assertThat(Language.fromCode("fr")).contains(Language.FR);
        assertThat(Language.fromCode("EN")).contains(Language.EN);
        assertThat(Language.fromCode("de")).isEmpty();
        assertThat(Language.FR.locale()).isEqualTo(Locale.FRENCH);
        assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aPeriodContainsItsFirstAndLastDays() {
        TimelinePeriod p = period(D, D.plusDays(10));
        assertThat(p.contains(D)).isTrue();
        assertThat(p.contains(D.plusDays(10))).isTrue();
        assertThat(p.contains(D.minusDays(1))).isFalse();
        assertThat(p.contains(D.plusDays(11))).isFalse();
    }

    @Test
    void anOpenPeriodContainsEveryLaterDay() {
        assertThat(period(D, null).contains(LocalDate.MAX)).isTrue();
        assertThat(period(D, null).contains(D.minusDays(1))).isFalse();
    }

    @Test
    void aPeriodOfOneDayIsAccepted() {
        assertThat(period(D, D).contains(D)).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> period(D, D.minusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period ends (2024-05-31) before it starts (2024-06-01)");
    }

    @Test
    void aTimelineHasAtLeastOnePeriod() {
        assertThatThrownBy(() -> new Timeline("p", Referential.CHARTE_LABO_ESS, D, D, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTimelinesPeriodOnADayIsTheOneContainingIt() {
        TimelinePeriod first = period(D, D.plusDays(4));
        TimelinePeriod second = period(D.plusDays(5), null);
        Timeline t = new Timeline("p", Referential.CHARTE_LABO_ESS, D, D.plusDays(9), List.of(first, second));
        assertThat(t.periodOn(D.plusDays(4))).contains(first);
        assertThat(t.periodOn(D.plusDays(5))).contains(second);
        assertThat(t.periodOn(D.plusYears(3))).contains(second);
        assertThat(t.periodOn(D.minusDays(1))).isEmpty();
    }

    @Test
    void aReportFindsItsRulesItsEntriesAndItsFailures() {
        MemberFacts facts = new MemberFacts("a", true, true, true, false, null, null, List.of(), List.of(), true);
        ComplianceReport report = new ComplianceReport("p", "CHARTE-LABO-ESS", "2", D, Verdict.NON_COMPLIANT, null,
                List.of(result("R1", Outcome.PASSED, Severity.ERROR), result("R2", Outcome.FAILED, Severity.ERROR),
                        result("R3", Outcome.FAILED, Severity.WARNING)), null, List.of(facts));
        assertThat(report.result("R2")).map(RuleResult::outcome).contains(Outcome.FAILED);
        assertThat(report.result("R9")).isEmpty();
        assertThat(report.member("a")).contains(facts);
        assertThat(report.member("b")).isEmpty();
        assertThat(report.failures()).extracting(RuleResult::ruleId).containsExactly("R2", "R3");
        assertThat(report.parameters()).isEmpty();
        assertThat(report.metrics()).isEmpty();
    }

    @Test
    void aReportCountsAndListsTheResultsOfEachOutcome() {
        ComplianceReport report = new ComplianceReport("p", "CHARTE-LABO-ESS", "2", D, Verdict.NON_COMPLIANT, null,
                List.of(result("R1", Outcome.PASSED, Severity.ERROR), result("R2", Outcome.FAILED, Severity.ERROR),
                        result("R3", Outcome.NOT_APPLICABLE, Severity.WARNING),
                        result("R4", Outcome.PASSED, Severity.WARNING)), null, List.of());

        assertThat(report.count(Outcome.PASSED)).isEqualTo(2);
        assertThat(report.count(Outcome.FAILED)).isEqualTo(1);
        assertThat(report.count(Outcome.NOT_APPLICABLE)).isEqualTo(1);
        assertThat(report.withOutcome(Outcome.PASSED)).extracting(RuleResult::ruleId).containsExactly("R1", "R4");
        assertThat(report.withOutcome(Outcome.NOT_APPLICABLE)).extracting(RuleResult::ruleId).containsExactly("R3");
    }

    @Test
    void aResultWithoutEvidenceHasAnEmptyList() {
        assertThat(new RuleResult("R", Outcome.PASSED, Severity.ERROR, "m", null, null, null).evidence()).isEmpty();
    }
}
