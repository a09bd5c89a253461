package fr.ptce.rules;

import java.util.Collection;

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
        boolean warning = false;
        for (RuleResult r : results) {
            if (r.outcome() == Outcome.FAILED) {
                if (r.severity() == Severity.ERROR) {
                    return NON_COMPLIANT;
                }
                warning |= r.severity() == Severity.WARNING;
            }
        }
        return warning ? COMPLIANT_WITH_WARNINGS : COMPLIANT;
    }
}
