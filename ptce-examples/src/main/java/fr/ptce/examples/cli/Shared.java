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
        static final ComplianceChecker CHECKER = create();

        private static ComplianceChecker create() {
            long t = Trace.start();
            ComplianceChecker checker = ComplianceChecker.create();
            Trace.end(Trace.Phase.RULES, t);
            return checker;
        }
    }

    private static final class FrenchReader {
        static final PoleReader READER = create(java.util.Locale.FRENCH);
    }

    private static final class EnglishReader {
        static final PoleReader READER = create(java.util.Locale.ENGLISH);
    }

    private static PoleReader create(java.util.Locale locale) {
        long t = Trace.start();
        PoleReader reader = PoleReader.create(locale);
        Trace.end(Trace.Phase.READER, t);
        return reader;
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
        return language == fr.ptce.rules.Language.EN ? EnglishReader.READER : FrenchReader.READER;
    }
}
