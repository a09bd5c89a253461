package fr.ptce.rules.internal;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.ParameterDefinition;
import fr.ptce.rules.Referential;
import fr.ptce.rules.ReferentialDefinition;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Verdict;
import fr.ptce.rules.facts.CheckFact;
import fr.ptce.rules.facts.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One check on the compiled rules: derive the facts, run them in a session of the pool (only the rules of the
 * referentials in force fire), and report the findings, each explained when first read ({@link ResultsOnRead}). Used by
 * {@code ComplianceChecker}, the timeline and the benchmarks.
 */
public final class Engine {
    private Engine() {
    }

    /** The reports of {@code pole} against {@code referentials}, one per referential in catalogue order. */
    public static List<ComplianceReport> check(RuleBase rules, RuleCatalogue catalogue, Pole pole,
                                               Set<Referential> referentials, CheckOptions options) {
        LocalDate asOf = options.asOfOrToday();
        CheckFacts facts = new CheckFacts(pole, asOf);
        Set<Referential> inForce = inForce(catalogue, referentials, asOf);
        Map<String, Finding> findings = inForce.isEmpty() ? Map.of()
                : fire(rules, catalogue, inForce, options, asOf, facts);
        Map<String, Object> metrics = facts.metrics();
        Map<String, Number> parameters = parameters(catalogue, options);
        List<ComplianceReport> reports = new ArrayList<>(referentials.size());
        // data rules belong to every referential: one result, explained at most once, shared by the reports
        Map<String, ResultsOnRead.Cell> cells = new HashMap<>();
        Function<String, String> names = names(pole);
        for (Referential referential : catalogue.referentials()) {
            if (!referentials.contains(referential)) {
                continue;
            }
            List<ResultsOnRead.Cell> results = new ArrayList<>();
            if (!inForce.contains(referential)) {
                LocalDate from = catalogue.definition(referential).inForceFrom();
                for (RuleDefinition rule : catalogue.rulesOf(referential)) {
                    results.add(new ResultsOnRead.Cell(Explainer.notInForce(catalogue, rule, referential, from, options)));
                }
                reports.add(new ComplianceReport(pole.id(), referential.id(), ComplianceReport.RULES_VERSION, asOf,
                        Verdict.NOT_IN_FORCE, parameters, new ResultsOnRead(results), metrics, facts.entries()));
                continue;
            }
            for (RuleDefinition rule : catalogue.rulesOf(referential)) {
                Finding finding = findingOf(findings, rule);
                results.add(cells.computeIfAbsent(rule.id(), id -> new ResultsOnRead.Cell(finding.outcome(),
                        options.severities().getOrDefault(id, rule.severity()),
                        () -> Explainer.explain(catalogue, rule, finding, options, names))));
            }
            reports.add(new ComplianceReport(pole.id(), referential.id(), ComplianceReport.RULES_VERSION, asOf,
                    Verdict.ofFailures(ResultsOnRead.failedSeverities(results)), parameters, new ResultsOnRead(results),
                    metrics, facts.entries()));
        }
        return reports;
    }

    /** Entries are named in messages by their name (the evidence keeps the ids); the map is made on first use. */
    private static Function<String, String> names(Pole pole) {
        return new Function<>() {
            private Map<String, String> byId;

            @Override
            public synchronized String apply(String entry) {
                if (byId == null) {
                    byId = new HashMap<>();
                    for (Member m : pole.memberList()) {
                        if (m != null && m.id() != null && m.name() != null) {
                            byId.putIfAbsent(m.id(), m.name());
                        }
                    }
                }
                return byId.getOrDefault(entry, entry);
            }
        };
    }

    /** The finding of {@code rule}; a compiled rule that recorded nothing is a defect of its referential. */
    public static Finding findingOf(Map<String, Finding> findings, RuleDefinition rule) {
        Finding finding = findings.get(rule.id());
        if (finding == null) {
            throw new IllegalStateException("the rule " + rule.id() + " of " + rule.referential() + " recorded no outcome:"
                    + " its DRL rule must match once per check and call finding() in its consequence");
        }
        return finding;
    }

    /** Those of {@code referentials} whose text applies on {@code date}. */
    public static Set<Referential> inForce(RuleCatalogue catalogue, Set<Referential> referentials, LocalDate date) {
        Set<Referential> inForce = new HashSet<>();
        for (Referential r : referentials) {
            if (catalogue.definition(r).isInForceOn(date)) {
                inForce.add(r);
            }
        }
        return inForce;
    }

    /** The thresholds in force, by key, in catalogue order (integers as integers). */
    static Map<String, Number> parameters(RuleCatalogue catalogue, CheckOptions options) {
        Map<String, Number> parameters = new LinkedHashMap<>();
        for (ParameterDefinition p : catalogue.parameters()) {
            double value = options.parameter(p);
            parameters.put(p.key(), p.integer() ? (Number) (int) value : (Number) value);
        }
        return parameters;
    }

    /**
     * Runs {@code facts} in a new session where only the rules of {@code referentials} (and of the units part of every
     * referential) fire, and returns what they recorded.
     */
    public static Map<String, Finding> fire(RuleBase rules, RuleCatalogue catalogue, Set<Referential> referentials,
                                            CheckOptions options, LocalDate asOf, CheckFacts facts) {
        Set<String> packages = new HashSet<>();
        for (ReferentialDefinition d : catalogue.definitions()) {
            if (d.partOfEveryReferential() || referentials.contains(d.referential())) {
                packages.add(d.rulePackage());
            }
        }
        Map<String, Double> thresholds = new HashMap<>();
        for (ParameterDefinition p : catalogue.parameters()) {
            thresholds.put(p.key(), options.parameter(p));
        }
        CheckFact check = new CheckFact(asOf, thresholds);
        KieSession session = rules.session();
        DefaultAgendaEventListener firing = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                check.firing(event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(firing);
        try {
            session.insert(check);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            session.fireAllRules(match -> packages.contains(match.getRule().getPackageName()));
        } finally {
            session.removeEventListener(firing); // the session goes back to the pool: the next check brings its own
            session.dispose();
        }
        return check.findings();
    }
}
