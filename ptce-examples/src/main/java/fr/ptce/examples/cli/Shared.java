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
        static final PoleReader READER = PoleReader.create();
    }

    static ComplianceChecker checker() {
        return CheckerHolder.CHECKER;
    }

    /** The catalogue alone: no need to load the rules for it. */
    static RuleCatalogue catalogue() {
        return RuleCatalogue.standard();
    }

    static PoleReader reader() {
        return ReaderHolder.READER;
    }
}
