package fr.ptce.examples.cli;

import fr.ptce.model.internal.Texts;
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

    /** The labels of a language. */
    static Texts of(Language language) {
        return Texts.load(language.locale(), "labels", Labels.class::getResourceAsStream);
    }
}
