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

    /**
     * The title of the referential {@code id} as its definitions give it (a plug-in's too), or the id itself when the
     * catalogue of the class path does not know it.
     */
    static String referential(String id, Language language) {
        fr.ptce.rules.RuleCatalogue catalogue = fr.ptce.rules.RuleCatalogue.standard();
        boolean known = catalogue.definitions().stream().anyMatch(d -> d.id().equals(id));
        return known ? catalogue.title(fr.ptce.rules.Referential.of(id), language) : id;
    }
}
