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
import java.util.HashMap;
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
        Map<String, Finding> findings = fire(kieBase, checkFact(referentials, options), facts);
        Map<String, Object> metrics = facts.metrics();
        List<ComplianceReport> reports = new ArrayList<>(referentials.size());
        Map<String, RuleResult> explained = new HashMap<>(); // data rules belong to every referential: explain once
        for (Referential referential : Referential.values()) {
            if (!referentials.contains(referential)) {
                continue;
            }
            List<RuleResult> results = new ArrayList<>();
            for (RuleDefinition rule : catalogue.rulesOf(referential)) {
                Finding finding = findings.get(rule.id());
                if (finding == null) {
                    throw new IllegalStateException("rule " + rule.id() + " recorded no outcome: the compiled rules"
                            + " do not match the catalogue");
                }
                results.add(explained.computeIfAbsent(rule.id(), id -> Explainer.explain(rule, finding, options)));
            }
            reports.add(new ComplianceReport(pole.id(), referential.id(), asOf, Verdict.of(results), results, metrics));
        }
        return reports;
    }

    /** The check fact: which referentials, with the thresholds of {@code options}. */
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
