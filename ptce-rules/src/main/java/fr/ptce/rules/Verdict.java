package fr.ptce.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The overall result of a report. */
public enum Verdict {
    /** No ERROR or WARNING rule failed. */
    COMPLIANT,
    /** Only WARNING rules failed. */
    COMPLIANT_WITH_WARNINGS,
    /** At least one ERROR rule failed. */
    NON_COMPLIANT,
    /** The referential's text did not apply yet on the as-of date: every rule is NOT_APPLICABLE. */
    NOT_IN_FORCE;

    /** The verdict of the results of a referential in force (format v1, "Output"). */
    public static Verdict of(Collection<RuleResult> results) {
        List<Severity> failed = new ArrayList<>();
        for (RuleResult r : results) {
            if (r.outcome() == Outcome.FAILED) {
                failed.add(r.severity());
            }
        }
        return ofFailures(failed);
    }

    /**
     * The verdict of a referential in force whose failed rules have these severities: {@link #NON_COMPLIANT} when
     * one is {@code ERROR}, else {@link #COMPLIANT_WITH_WARNINGS} when one is {@code WARNING}, else {@link #COMPLIANT}
     * (an {@code INFO} failure does not change the verdict).
     */
    public static Verdict ofFailures(Collection<Severity> severitiesOfFailedRules) {
        if (severitiesOfFailedRules.contains(Severity.ERROR)) {
            return NON_COMPLIANT;
        }
        return severitiesOfFailedRules.contains(Severity.WARNING) ? COMPLIANT_WITH_WARNINGS : COMPLIANT;
    }
}
