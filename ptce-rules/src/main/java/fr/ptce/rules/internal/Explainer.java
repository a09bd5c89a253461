package fr.ptce.rules.internal;

import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import fr.ptce.rules.facts.Figure;
import fr.ptce.rules.facts.Finding;
import fr.ptce.rules.internal.Messages.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a rule's finding into a result a person can read: the rule's message for its outcome (and variant) with the
 * figures the rule gave, and for a failure its remedy. Knows no rule: what to show is in the finding.
 */
public final class Explainer {
    private Explainer() {
    }

    /**
     * The result of {@code rule} for {@code finding} under {@code options}; messages name an entry by {@code names}
     * (its name; the evidence keeps the ids).
     */
    public static RuleResult explain(RuleCatalogue catalogue, RuleDefinition rule, Finding finding, CheckOptions options,
                                     Function<String, String> names) {
        Language lang = options.language();
        Messages messages = CatalogueAccess.get().messages(catalogue, rule.id(), lang);
        Map<String, Object> figures = new HashMap<>();
        figures.put("count", (long) finding.evidence().size());
        finding.figures().forEach((name, figure) -> figures.put(name, value(figure, messages, names)));
        String id = rule.id();
        Outcome outcome = finding.outcome();
        String base = id + "." + outcome.name();
        String variant = finding.variant().isEmpty() ? "" : "." + finding.variant();
        String key = !variant.isEmpty() && messages.hasOwn(base + variant) ? base + variant : base;
        if (!messages.hasOwn(key)) {
            key = "outcome.generic." + outcome.name(); // a referential may omit NOT_APPLICABLE: a generic sentence
        }
        String remedyKey = outcome != Outcome.FAILED ? null
                : !variant.isEmpty() && messages.hasOwn(id + ".remedy" + variant) ? id + ".remedy" + variant
                : id + ".remedy";
        boolean showsEvidence = messages.text(key).contains("{evidence")
                || (remedyKey != null && messages.text(remedyKey).contains("{evidence"));
        if (showsEvidence) {
            figures.put("evidence", names(finding.evidence(), names)); // named only where a message shows it
        }
        String message = messages.format(key, figures, lang);
        String remedy = remedyKey == null ? null : messages.format(remedyKey, figures, lang);
        Severity severity = options.severities().getOrDefault(id, rule.severity());
        return new RuleResult(id, outcome, severity, message, finding.evidence(), rule.source(), remedy);
    }

    private static Object value(Figure figure, Messages messages, Function<String, String> names) {
        if (figure instanceof Figure.Count c) {
            return c.value();
        } else if (figure instanceof Figure.Share s) {
            return new Share(s.value());
        } else if (figure instanceof Figure.Flag f) {
            return f.value();
        } else if (figure instanceof Figure.Text t) {
            return t.value();
        } else if (figure instanceof Figure.Label l) {
            return l.key().isEmpty() ? "" : messages.text(l.key());
        } else if (figure instanceof Figure.Entries e) {
            return e.ids().isEmpty() ? "-" : names(e.ids(), names);
        } else if (figure instanceof Figure.Families f) {
            List<String> list = new ArrayList<>();
            f.families().forEach(family -> list.add(messages.text("family." + family.name())));
            return list;
        }
        throw new IllegalArgumentException("unknown figure " + figure);
    }

    private static List<String> names(List<String> ids, Function<String, String> names) {
        List<String> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            list.add(names.apply(id));
        }
        return list;
    }

    /**
     * The result of {@code rule} in a report of a referential checked before its text applied: NOT_APPLICABLE,
     * with a message giving the date from which it applies, no evidence, no remedy.
     */
    public static RuleResult notInForce(RuleCatalogue catalogue, RuleDefinition rule, fr.ptce.rules.Referential referential,
                                        LocalDate inForceFrom, CheckOptions options) {
        Language lang = options.language();
        Messages messages = Messages.of(lang);
        Map<String, Object> figures = new HashMap<>();
        figures.put("date", messages.longDate(inForceFrom));
        figures.put("text", catalogue.shortTitle(referential, lang));
        String message = messages.format("notInForce", figures, lang);
        Severity severity = options.severities().getOrDefault(rule.id(), rule.severity());
        return new RuleResult(rule.id(), Outcome.NOT_APPLICABLE, severity, message, List.of(), rule.source(), null);
    }
}
