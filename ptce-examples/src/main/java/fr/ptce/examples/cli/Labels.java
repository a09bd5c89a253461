package fr.ptce.examples.cli;

import fr.ptce.model.text.Texts;
import fr.ptce.rules.Language;

/**
 * The command-line tool's own labels (verdicts, input errors, the texts of {@code rules}, {@code explain} and
 * {@code import-csv}) in French or English, from {@code fr/ptce/examples/cli/labels_<lang>.properties}. Placeholders
 * are {@code {0}}, {@code {1}}…, replaced literally (no {@link java.text.MessageFormat} quoting rules, so French
 * apostrophes need no escaping). The reports' labels belong to the renderers ({@link fr.ptce.report}), the CSV
 * import's messages to {@link fr.ptce.model.csv.MemberCsv}.
 */
final class Labels {
    private Labels() {
    }

    private static final ThreadLocal<Language> REQUESTED = ThreadLocal.withInitial(() -> Language.FR);

    /**
     * The labels of the language the command line asks for ({@code --lang}, French by default), for the messages
     * written while the options are still being read.
     */
    static Texts requested() {
        return of(REQUESTED.get());
    }

    /** The language of {@link #requested()}. */
    static Language requestedLanguage() {
        return REQUESTED.get();
    }

    /** The language of {@code args}: the value of their {@code --lang} when it is a known language, else French. */
    static Language requestedBy(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Language.fromCode(value.trim()).orElse(Language.FR);
            }
        }
        return Language.FR;
    }

    /** Sets the language of {@link #requested()} for this thread. */
    static void request(Language language) {
        REQUESTED.set(language);
    }

    /** The labels of a language. */
    static Texts of(Language language) {
        return Texts.load(language.locale(), "labels", Labels.class::getResourceAsStream);
    }
}
