package fr.ptce.examples.cli;

import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.RuleCatalogue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The checker and reader the commands share: both are immutable and thread-safe, and the checker costs a few
 * hundred milliseconds to build, so one of each serves every command run in the same JVM (tests run many).
 *
 * <p>The checker is built once, by the first command that needs it, or ahead of time on a thread of its own when
 * {@code main} knows that the command will check poles ({@link #prepareInBackground}): the rules are then loaded on
 * the second processor while the command line is read, the JSON reader is set up and the files are read.
 */
final class Shared {
    private Shared() {
    }

    /** Builds the checker on the first {@link FutureTask#run()}; later runs do nothing, {@code get()} waits for it. */
    private static final FutureTask<ComplianceChecker> CHECKER = new FutureTask<>(Shared::createChecker);

    private static ComplianceChecker createChecker() {
        long t = Trace.start();
        ComplianceChecker checker = ComplianceChecker.create();
        Trace.end(Trace.Phase.RULES, t);
        return checker;
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

    /**
     * Starts the work every checking command begins with, on two daemon threads, and returns at once: one discovers
     * the catalogue, then loads the rules; once the catalogue is there (it reads its definitions with Jackson's
     * parser), the other sets up the JSON reader of {@code language} (Jackson's data binding, Bean Validation).
     * Each library is thus first used by one thread at a time, none of them by the command's own thread while
     * another starts it. A failure there (a referential plug-in that is not usable) is not reported by those
     * threads: the command meets it again, on its own thread, where it is reported as usual.
     */
    static void prepareInBackground(fr.ptce.rules.Language language) {
        Thread rules = new Thread(() -> {
            try {
                RuleCatalogue.standard();
            } catch (RuntimeException e) {
                return; // reported by the command line's own call (RuleCatalogue.standard() throws on every call)
            }
            Thread reader = new Thread(() -> reader(language), "ptce-prepare-reader");
            reader.setDaemon(true);
            reader.start();
            CHECKER.run();
        }, "ptce-prepare-rules");
        rules.setDaemon(true);
        Trace.background();
        rules.start();
    }

    /**
     * The checker: built on this thread when nothing has started building it, else the one being built (this call
     * waits for it).
     *
     * @throws RuntimeException what building it threw ({@code InvalidReferentialException} for a bad plug-in)
     */
    static ComplianceChecker checker() {
        CHECKER.run(); // does nothing when the checker is built or being built
        long t = Trace.start();
        try {
            return CHECKER.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were loaded", e);
        } finally {
            Trace.end(Trace.Phase.WAIT, t);
        }
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
