package fr.ptce.rules.support;

import fr.ptce.model.Pole;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Referential;
import java.util.List;

/**
 * The one {@link ComplianceChecker} of the test JVM (building the KieBase takes a few hundred milliseconds, so
 * test classes share it through a static field) and shortcuts that check as of {@link TestPoles#AS_OF}, so
 * that no test depends on the day it runs.
 */
public final class Checks {
    private static final class Holder {
        static final ComplianceChecker CHECKER = ComplianceChecker.create();
    }

    /** The default options of the tests: as of {@link TestPoles#AS_OF}, French, catalogue thresholds. */
    public static final CheckOptions OPTIONS = CheckOptions.builder().asOf(TestPoles.AS_OF).build();

    private Checks() {
    }

    /** The shared checker. */
    public static ComplianceChecker checker() {
        return Holder.CHECKER;
    }

    /** Checks {@code pole} against {@code referential} as of {@link TestPoles#AS_OF}. */
    public static ComplianceReport check(Pole pole, Referential referential) {
        return checker().check(pole, referential, OPTIONS);
    }

    /** Checks {@code pole} with {@code options}. */
    public static ComplianceReport check(Pole pole, Referential referential, CheckOptions options) {
        return checker().check(pole, referential, options);
    }

    /** Checks the pole of {@code draft} against {@code referential} as of {@link TestPoles#AS_OF}. */
    public static ComplianceReport check(TestPoles.Draft draft, Referential referential) {
        return check(draft.build(), referential);
    }

    /** Checks {@code pole} against the three referentials as of {@link TestPoles#AS_OF}. */
    public static List<ComplianceReport> checkAll(Pole pole) {
        return checker().checkAll(pole, OPTIONS);
    }

    /** Every referential of the class path's catalogue, for parameterized tests. */
    public static java.util.List<fr.ptce.rules.Referential> referentials() {
        return fr.ptce.rules.RuleCatalogue.standard().referentials();
    }
}
