package fr.ptce.rules.internal;

import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Parameter;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import fr.ptce.rules.internal.Messages.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a rule's finding into a result a person can read: the message with the figures behind the outcome
 * ("4 voix ESS sur 9 (44 %)") and, for a failure, the remedy (how many ESS votes to add, members to anchor…).
 */
public final class Explainer {
    private Explainer() {
    }

    /** The result of {@code rule} for {@code finding} under {@code options}; messages name entries by their ids. */
    public static RuleResult explain(RuleDefinition rule, Finding finding, CheckOptions options) {
        return explain(rule, finding, options, java.util.function.Function.identity());
    }

    /**
     * The result of {@code rule} for {@code finding} under {@code options}; the messages name an entry by
     * {@code names} (its name; the evidence keeps the ids).
     */
    public static RuleResult explain(RuleDefinition rule, Finding finding, CheckOptions options,
                                     java.util.function.Function<String, String> names) {
        Language lang = options.language();
        Messages messages = Messages.of(lang);
        Map<String, Object> figures = new HashMap<>(finding.figures());
        figures.put("count", finding.evidence().size());
        figures.put("evidence", finding.evidence());
        String variant = "";
        String remedyVariant = "";
        String id = rule.id();
        switch (id) {
            case "CH-ESS-LED-GOVERNANCE" -> {
                double min = options.parameter(Parameter.ESS_VOTE_SHARE_MIN);
                figures.put("essVoteShareMin", new Share(min));
                List<BodyFact> bodies = bodies(figures.get("bodies"));
                List<BodyFact> failing = bodies(figures.get("failing"));
                if (bodies.isEmpty()) {
                    variant = ".none";
                    remedyVariant = ".none";
                } else {
                    BodyFact shown = (failing.isEmpty() ? bodies : failing).stream()
                            .min(Comparator.comparingDouble(BodyFact::essShare).thenComparing(BodyFact::index)).orElseThrow();
                    putBody(figures, shown, shown.essVotes());
                    figures.put("essVotes", shown.essVotes());
                    if (shown.totalVotes() == 0) {
                        variant = ".noSeat";
                        remedyVariant = ".noSeat";
                    }
                    figures.put("votesToAdd", votesToAdd(shown, min));
                }
            }
            case "CH-NO-DOMINANT-MEMBER" -> {
                List<BodyFact> failing = bodies(figures.get("failing"));
                if (!failing.isEmpty()) {
                    BodyFact b = failing.get(0); // the first failing body in governance order
                    putBody(figures, b, b.topVotes());
                    figures.put("member", b.topEntries().stream().map(names).toList());
                    figures.put("topVotes", b.topVotes());
                }
            }
            case "CH-PUBLIC-NOT-DOMINANT" -> {
                List<BodyFact> failing = bodies(figures.get("failing"));
                if (!failing.isEmpty()) {
                    BodyFact b = failing.get(0); // the first failing body in governance order
                    putBody(figures, b, b.publicVotes());
                    figures.put("publicVotes", b.publicVotes());
                }
            }
            case "CH-TERRITORIAL-ANCHORING" -> {
                double min = options.parameter(Parameter.ANCHORED_SHARE_MIN);
                long anchored = ((Number) figures.get("anchored")).longValue();
                long persons = ((Number) figures.get("legalPersons")).longValue();
                figures.put("anchoredShareMin", new Share(min));
                figures.put("share", new Share(persons == 0 ? 0 : (double) anchored / persons));
                figures.put("missing", Shares.missingForAtLeast(anchored, persons, min));
                if (!Boolean.TRUE.equals(figures.get("territoryDeclared"))) {
                    variant = ".noTerritory";
                    remedyVariant = ".noTerritory";
                } else if (persons == 0) {
                    variant = ".none";
                    remedyVariant = ".none";
                }
            }
            case "CH-MULTI-ACTOR" -> {
                int families = ((Number) figures.get("families")).intValue();
                int min = (int) options.parameter(Parameter.MIN_ACTOR_FAMILIES);
                boolean ess = Boolean.TRUE.equals(figures.get("essFamily"));
                figures.put("minActorFamilies", min);
                figures.put("missing", Math.max(Math.max(0, min - families), ess ? 0 : 1));
                figures.put("familyNames", familyNames(figures.get("familyNames"), messages));
                figures.put("essHint", ess ? "" : messages.text("family.essHint"));
            }
            case "ART9-LINKED-PARTNER", "D3-THREE-LEGAL-PERSONS" -> {
                List<String> triple = finding.evidence();
                if (triple.size() == 3) {
                    figures.put("a", names.apply(triple.get(0)));
                    figures.put("b", names.apply(triple.get(1)));
                    figures.put("c", names.apply(triple.get(2)));
                }
            }
            case "D3-PRIVATE-LEGAL-PERSON" -> {
                if ("-".equals(figures.get("legalCategory"))) {
                    figures.put("legalCategory", messages.text("none"));
                    variant = ".none";
                }
            }
            case "CH-ESS-CARRIER" -> figures.put("carrier", named(first(finding.evidence()), names));
            case "CH-ANIMATION" -> {
                figures.put("animator", named(first(finding.evidence()), names));
                if (!Boolean.TRUE.equals(figures.get("declared"))) {
                    variant = ".none";
                }
            }
            case "ART9-SAME-TERRITORY" -> {
                if (!Boolean.TRUE.equals(figures.get("territoryDeclared"))) {
                    variant = ".noTerritory";
                }
            }
            default -> {
                // the generic figures suffice
            }
        }
        Outcome outcome = finding.outcome();
        String key = id + "." + outcome.name() + (outcome == Outcome.FAILED && messages.has(id + ".FAILED" + variant) ? variant : "");
        String message = messages.format(key, figures, lang);
        String remedy = null;
        if (outcome == Outcome.FAILED) {
            String remedyKey = messages.has(id + ".remedy" + remedyVariant) ? id + ".remedy" + remedyVariant : id + ".remedy";
            remedy = messages.format(remedyKey, figures, lang);
        }
        Severity severity = options.severities().getOrDefault(id, rule.severity());
        return new RuleResult(id, outcome, severity, message, finding.evidence(), rule.source(), remedy);
    }

    private static void putBody(Map<String, Object> figures, BodyFact b, long votes) {
        figures.put("body", b.name());
        figures.put("totalVotes", b.totalVotes());
        figures.put("share", new Share(b.totalVotes() == 0 ? 0 : (double) votes / b.totalVotes()));
    }

    /**
     * The smallest number x ≥ 0 of ESS votes to add to {@code b} so that (e + x) / (t + x) ≥ {@code min}, exactly
     * ({@code min} is below 1, so x exists).
     */
    static long votesToAdd(BodyFact b, double min) {
        long e = b.essVotes();
        long t = b.totalVotes();
        // (e + x) / (t + x) >= min  <=>  x >= (min * t - e) / (1 - min); start below and step up past rounding.
        long x = Math.max(0, (long) Math.floor((min * t - e) / (1 - min)) - 1);
        while (!Shares.atLeast(e + x, t + x, min)) {
            x++;
        }
        return x;
    }

    /**
     * The result of {@code rule} in a report of {@code referential} checked before the referential's text applied:
     * NOT_APPLICABLE, with a message giving the date from which it applies, no evidence, no remedy.
     */
    public static RuleResult notInForce(RuleDefinition rule, fr.ptce.rules.Referential referential, CheckOptions options) {
        Language lang = options.language();
        Messages messages = Messages.of(lang);
        Map<String, Object> figures = new HashMap<>();
        figures.put("date", messages.longDate(referential.inForceFrom().orElseThrow()));
        figures.put("text", messages.text("referential.short." + referential.id()));
        String message = messages.format("notInForce", figures, lang);
        Severity severity = options.severities().getOrDefault(rule.id(), rule.severity());
        return new RuleResult(rule.id(), Outcome.NOT_APPLICABLE, severity, message, List.of(), rule.source(), null);
    }

    /** The bodies a rule collected, in governance order (the engine's collection order is not specified). */
    private static List<BodyFact> bodies(Object value) {
        List<BodyFact> list = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object o : l) {
                list.add((BodyFact) o);
            }
        }
        list.sort(Comparator.comparingInt(BodyFact::index));
        return list;
    }

    private static List<String> familyNames(Object value, Messages messages) {
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object o : l) {
                names.add(messages.text("family." + o));
            }
        }
        return names;
    }

    private static String named(String id, java.util.function.Function<String, String> names) {
        return id == null ? null : names.apply(id);
    }

    private static String first(List<String> evidence) {
        return evidence.isEmpty() ? "-" : evidence.get(0);
    }
}
