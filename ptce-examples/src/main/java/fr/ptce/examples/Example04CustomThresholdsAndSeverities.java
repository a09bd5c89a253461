package fr.ptce.examples;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Parameter;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * Example 4: a deployment's own thresholds and severities.
 *
 * <p>Organic'Vallée (bundled) fails the charter's ESS-led governance: its general assembly votes by colleges and ESS
 * enterprises hold 25 % of the votes, not at least 50 %. A funder that accepts a 20 % ESS share lowers
 * {@code essVoteShareMin}; a regional network that only supports poles working below the département level raises
 * {@code CH-TERRITORY-SCALE} from INFO to WARNING (Organic'Vallée's EPCI spans three départements). Options are set
 * per check, or once as a checker's defaults with {@link ComplianceChecker#create(CheckOptions)}.
 */
public final class Example04CustomThresholdsAndSeverities {
    /** The as-of date of the example (the bundled verdicts hold from 2016 on). */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    /**
     * The reports of Organic'Vallée under three settings.
     *
     * @param standard       catalogue defaults: charter and legal definition
     * @param lowerThreshold {@code essVoteShareMin} = 0.2: charter
     * @param stricter       {@code essVoteShareMin} = 0.2 and {@code CH-TERRITORY-SCALE} as WARNING: charter
     */
    public record Result(List<ComplianceReport> standard, ComplianceReport lowerThreshold, ComplianceReport stricter) {
    }

    private Example04CustomThresholdsAndSeverities() {
    }

    public static Result run() {
        Pole pole = BundledPoles.read(PoleReader.create(), "organic-vallee");
        ComplianceChecker checker = ComplianceChecker.create();

        CheckOptions standard = CheckOptions.builder().asOf(AS_OF).build();
        List<ComplianceReport> standardReports = List.of(
                checker.check(pole, Referential.CHARTE_LABO_ESS, standard),
                checker.check(pole, Referential.LOI_2014_856_ART9, standard));

        CheckOptions lowerThreshold = standard.toBuilder().parameter(Parameter.ESS_VOTE_SHARE_MIN, 0.2).build();
        ComplianceReport charter = checker.check(pole, Referential.CHARTE_LABO_ESS, lowerThreshold);

        // The same settings as a checker's defaults, and every INFO rule of the charter raised to WARNING: every
        // check of this checker uses them.
        CheckOptions.Builder networkOptions = lowerThreshold.toBuilder();
        for (RuleDefinition rule : checker.catalogue().rulesOf(Referential.CHARTE_LABO_ESS)) {
            if (rule.severity() == Severity.INFO) {
                networkOptions.severity(rule.id(), Severity.WARNING);
            }
        }
        ComplianceChecker networkChecker = ComplianceChecker.create(networkOptions.build());
        ComplianceReport network = networkChecker.check(pole, Referential.CHARTE_LABO_ESS);

        return new Result(standardReports, charter, network);
    }

    public static void main(String[] args) {
        Result result = run();
        print("catalogue defaults", result.standard().get(0));
        print("catalogue defaults", result.standard().get(1));
        print("essVoteShareMin = 0.2", result.lowerThreshold());
        print("essVoteShareMin = 0.2 and the charter's INFO rules as WARNING", result.stricter());
    }

    private static void print(String setting, ComplianceReport report) {
        System.out.println(report.referential() + " with " + setting + ": " + report.verdict());
        for (RuleResult r : report.failures()) {
            System.out.println("  " + r.severity() + " " + r.ruleId() + ": " + r.message());
        }
        // the rule whose threshold is essVoteShareMin, when it did not fail
        RuleCatalogue.standard().rules().stream().filter(d -> d.parameters().containsKey(Parameter.ESS_VOTE_SHARE_MIN.key()))
                .flatMap(d -> report.result(d.id()).stream()).filter(r -> r.outcome() != fr.ptce.rules.Outcome.FAILED)
                .forEach(r -> System.out.println("  " + r.outcome() + " " + r.ruleId() + ": " + r.message()));
    }
}
