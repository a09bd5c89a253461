package fr.ptce.report;

import fr.ptce.model.text.Texts;
import fr.ptce.rules.Language;
import java.util.EnumMap;
import java.util.Map;

/**
 * The renderers' labels (verdicts, headings, member facts, chart captions) from
 * {@code fr/ptce/report/labels_<language>.properties}.
 */
final class ReportLabels {
    private static final Map<Language, Texts> LABELS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LABELS.put(language, Texts.load(language.locale(), "labels", ReportLabels.class::getResourceAsStream));
        }
    }

    private ReportLabels() {
    }

    /** The labels of a language. */
    static Texts of(Language language) {
        return LABELS.get(language);
    }
}
