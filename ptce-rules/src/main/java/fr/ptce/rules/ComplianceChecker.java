package fr.ptce.rules;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.internal.CheckFact;
import fr.ptce.rules.internal.CheckFacts;
import fr.ptce.rules.internal.Explainer;
import fr.ptce.rules.internal.Finding;
import fr.ptce.rules.internal.RuleBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Checks poles against the referentials of rules-v1 and explains every outcome.
 *
 * <p>Build one per application and share it: it is immutable and thread-safe. Building it loads the rules
 * compiled at build time (a few hundred milliseconds); each check then runs in its own short-lived Drools
 * session.
 *
 * <pre>{@code
 * ComplianceChecker checker = ComplianceChecker.create();
 * Pole pole = PoleReader.create().read(Path.of("pole.json"));
 * ComplianceReport report = checker.check(pole, Referential.LOI_2014_856_ART9);
 * System.out.println(report.verdict());
 * }</pre>
 */
public final class ComplianceChecker {
    private final KieBase kieBase;
    private final RuleCatalogue catalogue;
    private final CheckOptions defaults;
    private final PoleValidator validator;

    private ComplianceChecker(KieBase kieBase, CheckOptions defaults) {
        this.kieBase = kieBase;
        this.catalogue = RuleCatalogue.standard();
        this.defaults = Objects.requireNonNull(defaults);
        this.validator = PoleValidator.create();
    }

    /** A checker with the catalogue's defaults (French messages, rules-v1 thresholds and severities). */
    public static ComplianceChecker create() {
        return create(CheckOptions.defaults());
    }

    /**
     * A checker whose default options are {@code defaults} (a deployment's thresholds, severities, language);
     * {@link #check(Pole, Referential, CheckOptions)} can still override them per check.
     */
    public static ComplianceChecker create(CheckOptions defaults) {
        return new ComplianceChecker(RuleBase.load(), defaults);
    }

    /** The rule catalogue. */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The default options of this checker. */
    public CheckOptions defaults() {
        return defaults;
    }

    /**
     * Checks {@code pole} against one referential with the default options.
     *
     * @throws PoleFormatException when the pole is not structurally valid (every problem listed)
     */
    public ComplianceReport check(Pole pole, Referential referential) {
        return check(pole, referential, defaults);
    }

    /**
     * Checks {@code pole} against one referential.
     *
     * @throws PoleFormatException when the pole is not structurally valid (every problem listed)
     */
    public ComplianceReport check(Pole pole, Referential referential, CheckOptions options) {
        return check(pole, EnumSet.of(referential), options).get(0);
    }

    /** Checks {@code pole} against all three referentials at once (one session), with the default options. */
    public List<ComplianceReport> checkAll(Pole pole) {
        return checkAll(pole, defaults);
    }

    /** Checks {@code pole} against all three referentials at once (one session). */
    public List<ComplianceReport> checkAll(Pole pole, CheckOptions options) {
        return check(pole, EnumSet.allOf(Referential.class), options);
    }

    /**
     * Checks {@code pole} against the given referentials in one session: one report per referential, in the
     * order of {@link Referential}.
     *
     * @throws PoleFormatException when the pole is not structurally valid (every problem listed)
     */
    public List<ComplianceReport> check(Pole pole, Set<Referential> referentials, CheckOptions options) {
        Objects.requireNonNull(pole, "pole");
        Objects.requireNonNull(options, "options");
        if (referentials.isEmpty()) {
            throw new IllegalArgumentException("no referential to check");
        }
        if (options.validate()) {
            validator.requireValid(pole);
        }
        LocalDate asOf = options.asOfOrToday();
        CheckFacts facts = new CheckFacts(pole, asOf);
        CheckFact check = new CheckFact(referentials.contains(Referential.LOI_2014_856_ART9),
                referentials.contains(Referential.DECRET_2015_431_ART3),
                referentials.contains(Referential.CHARTE_LABO_ESS),
                options.parameter(Parameter.ESS_VOTE_SHARE_MIN),
                (int) options.parameter(Parameter.MIN_ACTOR_FAMILIES),
                options.parameter(Parameter.ANCHORED_SHARE_MIN));
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
        Map<String, Finding> findings = check.findings();
        Map<String, Object> metrics = facts.metrics();
        List<ComplianceReport> reports = new ArrayList<>(referentials.size());
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
                results.add(Explainer.explain(rule, finding, options));
            }
            reports.add(new ComplianceReport(pole.id(), referential.id(), asOf, Verdict.of(results), results, metrics));
        }
        return reports;
    }
}
