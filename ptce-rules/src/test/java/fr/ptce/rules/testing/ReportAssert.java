package fr.ptce.rules.testing;

import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on a {@link ComplianceReport}, in the style of AssertJ:
 *
 * <pre>{@code
 * assertThat(report).rule("CH-ESS-LED-GOVERNANCE").failed()
 *         .withMessageContaining("3 voix ESS sur 6 (50 %)")
 *         .withRemedyContaining("Ajouter 1 voix ESS");
 * assertThat(report).hasVerdict(Verdict.NON_COMPLIANT);
 * }</pre>
 *
 * <p>A failure shows the rule's actual outcome, severity, message, evidence and remedy. Every outcome assertion
 * that holds is recorded in {@link RuleCoverage}.
 *
 * <p>{@code withMessageContaining} and {@code withRemedyContaining} compare with no-break spaces (U+00A0, U+202F,
 * which French messages put before "%") read as plain spaces, so that specifications can be written as they are
 * read; {@code ReportJsonTest} checks the no-break space itself.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ComplianceReport> {

    private ReportAssert(ComplianceReport actual) {
        super(actual, ReportAssert.class);
    }

    /** Assertions on {@code report}. */
    public static ReportAssert assertThat(ComplianceReport report) {
        return new ReportAssert(report);
    }

    /** The report's verdict is {@code expected}. */
    public ReportAssert hasVerdict(Verdict expected) {
        isNotNull();
        if (actual.verdict() != expected) {
            failWithMessage("%s", "Expected the verdict of <" + actual.pole() + "> against " + actual.referential()
                    + " to be " + expected + " but was " + actual.verdict() + ". Rules not passed:"
                    + System.lineSeparator() + describeNotPassed(actual));
        }
        return this;
    }

    /** Every rule of the report PASSED (none FAILED, none NOT_APPLICABLE). */
    public ReportAssert allRulesPassed() {
        isNotNull();
        List<RuleResult> others = actual.results().stream().filter(r -> r.outcome() != Outcome.PASSED).toList();
        if (!others.isEmpty()) {
            failWithMessage("%s", "Expected every rule of " + actual.referential() + " to pass for <" + actual.pole()
                    + ">, but:" + System.lineSeparator() + describeNotPassed(actual));
        }
        actual.results().forEach(r -> RuleCoverage.record(r.ruleId(), Outcome.PASSED));
        return this;
    }

    /** Assertions on the result of rule {@code ruleId}, which the report must contain. */
    public RuleResultAssert rule(String ruleId) {
        isNotNull();
        Optional<RuleResult> result = actual.result(ruleId);
        if (result.isEmpty()) {
            failWithMessage("%s", "Expected the report of <" + actual.pole() + "> against " + actual.referential()
                    + " to have a result for " + ruleId + ", but its rules are "
                    + actual.results().stream().map(RuleResult::ruleId).toList());
        }
        return new RuleResultAssert(result.get(), this);
    }

    private static String describeNotPassed(ComplianceReport report) {
        String list = report.results().stream().filter(r -> r.outcome() != Outcome.PASSED)
                .map(r -> "  - " + describe(r).replace(System.lineSeparator(), System.lineSeparator() + "    "))
                .collect(Collectors.joining(System.lineSeparator()));
        return list.isEmpty() ? "  (none)" : list;
    }

    static String describe(RuleResult r) {
        String nl = System.lineSeparator();
        return r.ruleId() + " " + r.outcome() + " (" + r.severity() + ")" + nl
                + "  message:  " + r.message() + nl
                + "  evidence: " + r.evidence() + nl
                + "  remedy:   " + r.remedy();
    }

    private static String plainSpaces(String s) {
        return s == null ? null : s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Assertions on one rule's result. */
    public static final class RuleResultAssert extends AbstractAssert<RuleResultAssert, RuleResult> {
        private final ReportAssert report;

        private RuleResultAssert(RuleResult actual, ReportAssert report) {
            super(actual, RuleResultAssert.class);
            this.report = report;
        }

        /** Back to the report, to assert on another rule. */
        public ReportAssert and() {
            return report;
        }

        /** The rule's outcome is PASSED. */
        public RuleResultAssert passed() {
            return hasOutcome(Outcome.PASSED);
        }

        /** The rule's outcome is FAILED. */
        public RuleResultAssert failed() {
            return hasOutcome(Outcome.FAILED);
        }

        /** The rule's outcome is NOT_APPLICABLE. */
        public RuleResultAssert notApplicable() {
            return hasOutcome(Outcome.NOT_APPLICABLE);
        }

        /** The rule's outcome is {@code expected}. */
        public RuleResultAssert hasOutcome(Outcome expected) {
            isNotNull();
            if (actual.outcome() != expected) {
                failExpecting("to be " + expected);
            }
            RuleCoverage.record(actual.ruleId(), expected);
            return this;
        }

        /** The evidence is exactly these ids (in any order). */
        public RuleResultAssert withEvidence(String... ids) {
            Set<String> expected = new TreeSet<>(Arrays.asList(ids));
            if (!new TreeSet<>(actual.evidence()).equals(expected) || actual.evidence().size() != expected.size()) {
                failExpecting("to have exactly the evidence " + expected);
            }
            return this;
        }

        /** The evidence is exactly these ids, in this order. */
        public RuleResultAssert withEvidenceInOrder(String... ids) {
            if (!actual.evidence().equals(Arrays.asList(ids))) {
                failExpecting("to have exactly the evidence, in this order, " + Arrays.asList(ids));
            }
            return this;
        }

        /** The evidence contains these ids (and maybe others). */
        public RuleResultAssert withEvidenceContaining(String... ids) {
            if (!actual.evidence().containsAll(Arrays.asList(ids))) {
                failExpecting("to have evidence containing " + Arrays.toString(ids));
            }
            return this;
        }

        /** The evidence contains none of these ids. */
        public RuleResultAssert withEvidenceNotContaining(String... ids) {
            for (String id : ids) {
                if (actual.evidence().contains(id)) {
                    failExpecting("to have evidence not containing " + id);
                }
            }
            return this;
        }

        /** The evidence is empty. */
        public RuleResultAssert withNoEvidence() {
            if (!actual.evidence().isEmpty()) {
                failExpecting("to have no evidence");
            }
            return this;
        }

        /** The message contains {@code text} (no-break spaces read as spaces). */
        public RuleResultAssert withMessageContaining(String text) {
            if (actual.message() == null || !plainSpaces(actual.message()).contains(plainSpaces(text))) {
                failExpecting("to have a message containing \"" + text + "\"");
            }
            return this;
        }

        /** The remedy contains {@code text} (no-break spaces read as spaces). */
        public RuleResultAssert withRemedyContaining(String text) {
            if (actual.remedy() == null || !plainSpaces(actual.remedy()).contains(plainSpaces(text))) {
                failExpecting("to have a remedy containing \"" + text + "\"");
            }
            return this;
        }

        /** There is no remedy. */
        public RuleResultAssert withoutRemedy() {
            if (actual.remedy() != null) {
                failExpecting("to have no remedy");
            }
            return this;
        }

        /** The severity in force is {@code expected}. */
        public RuleResultAssert withSeverity(Severity expected) {
            if (actual.severity() != expected) {
                failExpecting("to have severity " + expected);
            }
            return this;
        }

        private void failExpecting(String expectation) {
            failWithMessage("%s", "Expected " + actual.ruleId() + " " + expectation + ", but it was:"
                    + System.lineSeparator() + describe(actual));
        }
    }
}
