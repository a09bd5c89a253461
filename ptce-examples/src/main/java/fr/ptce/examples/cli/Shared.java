package fr.ptce.examples.cli;

import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.RuleCatalogue;

/**
 * The checker and reader the commands share: both are immutable and thread-safe, and the checker costs a few
 * hundred milliseconds to build, so one of each serves every command run in the same JVM (tests run many).
 */
final class Shared {
    private Shared() {
    }

    private static final class CheckerHolder {
        static final ComplianceChecker CHECKER = ComplianceChecker.create();
    }

    private static final class ReaderHolder {
        static final PoleReader FRENCH = PoleReader.create(java.util.Locale.FRENCH);
        static final PoleReader ENGLISH = PoleReader.create(java.util.Locale.ENGLISH);
    }

    static ComplianceChecker checker() {
        return CheckerHolder.CHECKER;
    }

    /** The catalogue alone: no need to load the rules for it. */
    static RuleCatalogue catalogue() {
        return RuleCatalogue.standard();
    }

    /** The reader whose problems are written in {@code language}. */
    static PoleReader reader(fr.ptce.rules.Language language) {
        return language == fr.ptce.rules.Language.EN ? ReaderHolder.ENGLISH : ReaderHolder.FRENCH;
    }
}
