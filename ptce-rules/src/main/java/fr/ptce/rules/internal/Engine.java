package fr.ptce.rules.internal;

import fr.ptce.model.Pole;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Parameter;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * One check on a KieBase: derive the facts, run them in a short-lived session, explain the findings. Used by
 * {@code ComplianceChecker} and by the benchmarks (which run it on other compiled forms of the same rules).
 */
public final class Engine {
    private Engine() {
    }

    /** The reports of {@code pole} against {@code referentials}, one per referential in {@link Referential} order. */
    public static List<ComplianceReport> check(KieBase kieBase, RuleCatalogue catalogue, Pole pole,
                                               Set<Referential> referentials, CheckOptions options) {
        LocalDate asOf = options.asOfOrToday();
        CheckFacts facts = new CheckFacts(pole, asOf);
        Set<Referential> inForce = EnumSet.noneOf(Referential.class);
        for (Referential r : referentials) {
            if (r.isInForceOn(asOf)) {
                inForce.add(r);
            }
        }
        Map<String, Finding> findings = inForce.isEmpty() ? Map.of() : fire(kieBase, checkFact(inForce, options), facts);
        Map<String, Object> metrics = facts.metrics();
        Map<String, Number> parameters = parameters(options);
        List<ComplianceReport> reports = new ArrayList<>(referentials.size());
        Map<String, RuleResult> explained = new HashMap<>(); // data rules belong to every referential: explain once
        for (Referential referential : Referential.values()) {
            if (!referentials.contains(referential)) {
                continue;
            }
            List<RuleResult> results = new ArrayList<>();
            if (!inForce.contains(referential)) {
                for (RuleDefinition rule : catalogue.rulesOf(referential)) {
                    results.add(Explainer.notInForce(rule, referential, options));
                }
                reports.add(new ComplianceReport(pole.id(), referential.id(), ComplianceReport.RULES_VERSION, asOf,
                        Verdict.NOT_IN_FORCE, parameters, results, metrics, facts.entries()));
                continue;
            }
            for (RuleDefinition rule : catalogue.rulesOf(referential)) {
                Finding finding = findings.get(rule.id());
                if (finding == null) {
                    throw new IllegalStateException("rule " + rule.id() + " recorded no outcome: the compiled rules"
                            + " do not match the catalogue");
                }
                results.add(explained.computeIfAbsent(rule.id(), id -> Explainer.explain(rule, finding, options,
                        entry -> pole.member(entry).map(fr.ptce.model.Member::name).orElse(entry))));
            }
            reports.add(new ComplianceReport(pole.id(), referential.id(), ComplianceReport.RULES_VERSION, asOf,
                    Verdict.of(results), parameters, results, metrics, facts.entries()));
        }
        return reports;
    }

    /** The thresholds in force, by key, in {@link Parameter} order (integers as integers). */
    static Map<String, Number> parameters(CheckOptions options) {
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put(Parameter.ESS_VOTE_SHARE_MIN.key(), options.parameter(Parameter.ESS_VOTE_SHARE_MIN));
        parameters.put(Parameter.MIN_ACTOR_FAMILIES.key(), (int) options.parameter(Parameter.MIN_ACTOR_FAMILIES));
        parameters.put(Parameter.ANCHORED_SHARE_MIN.key(), options.parameter(Parameter.ANCHORED_SHARE_MIN));
        return parameters;
    }

    /** The check fact: which referentials (in force on the as-of date), with the thresholds of {@code options}. */
    public static CheckFact checkFact(Set<Referential> referentials, CheckOptions options) {
        return new CheckFact(referentials.contains(Referential.LOI_2014_856_ART9),
                referentials.contains(Referential.DECRET_2015_431_ART3),
                referentials.contains(Referential.CHARTE_LABO_ESS),
                options.parameter(Parameter.ESS_VOTE_SHARE_MIN),
                (int) options.parameter(Parameter.MIN_ACTOR_FAMILIES),
                options.parameter(Parameter.ANCHORED_SHARE_MIN));
    }

    /** Runs {@code check} and {@code facts} in a new session and returns what the rules recorded. */
    public static Map<String, Finding> fire(KieBase kieBase, CheckFact check, CheckFacts facts) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(check);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return check.findings();
    }
}
