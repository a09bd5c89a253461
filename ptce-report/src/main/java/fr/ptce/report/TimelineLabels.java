package fr.ptce.report;

import fr.ptce.model.text.Texts;
import fr.ptce.rules.Language;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.TimelineChange;
import fr.ptce.rules.TimelinePeriod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The timelines' labels, from {@code fr/ptce/report/timeline_<language>.properties}, and the period summaries. */
final class TimelineLabels {
    private static final Map<Language, Texts> LABELS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LABELS.put(language, Texts.load(language.locale(), "timeline", TimelineLabels.class::getResourceAsStream));
        }
    }

    private final Texts texts;
    private final Language language;
    private final RuleCatalogue catalogue;

    TimelineLabels(TimelineFormat.Context context) {
        this.texts = LABELS.get(context.language());
        this.language = context.language();
        this.catalogue = context.catalogue();
    }

    Texts texts() {
        return texts;
    }

    /** A rule for people: its title and its id. */
    String rule(String ruleId) {
        return catalogue.title(ruleId, language) + " (" + ruleId + ")";
    }

    String change(TimelineChange change) {
        return texts.format("change." + change.kind().name(), change.name());
    }

    /**
     * What a period says, after its first day: the verdict, the rules that started and stopped failing (for the first
     * period, every failing rule), the input changes of its first day.
     */
    List<String> describe(TimelinePeriod period, boolean first) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("verdict." + period.verdict().name()));
        if (first) {
            if (!period.failedRules().isEmpty()) {
                parts.add(texts.format("failing", rules(period.failedRules())));
            }
        } else {
            if (!period.startedFailing().isEmpty()) {
                parts.add(texts.format("started", rules(period.startedFailing())));
            }
            if (!period.stoppedFailing().isEmpty()) {
                parts.add(texts.format("stopped", rules(period.stoppedFailing())));
            }
        }
        for (TimelineChange c : period.changes()) {
            parts.add(change(c));
        }
        return parts;
    }

    private String rules(List<String> ids) {
        List<String> shown = new ArrayList<>();
        ids.forEach(id -> shown.add(rule(id)));
        return String.join(", ", shown);
    }

    String referential(String id) {
        return ReportLabels.referential(id, language);
    }
}
