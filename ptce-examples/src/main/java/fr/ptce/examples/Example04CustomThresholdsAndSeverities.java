package fr.ptce.examples;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Parameter;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
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

        // The same settings as a checker's defaults: every check of this checker uses them.
        ComplianceChecker networkChecker = ComplianceChecker.create(
                lowerThreshold.toBuilder().severity("CH-TERRITORY-SCALE", Severity.WARNING).build());
        ComplianceReport network = networkChecker.check(pole, Referential.CHARTE_LABO_ESS);

        return new Result(standardReports, charter, network);
    }

    public static void main(String[] args) {
        Result result = run();
        print("catalogue defaults", result.standard().get(0));
        print("catalogue defaults", result.standard().get(1));
        print("essVoteShareMin = 0.2", result.lowerThreshold());
        print("essVoteShareMin = 0.2 and CH-TERRITORY-SCALE as WARNING", result.stricter());
    }

    private static void print(String setting, ComplianceReport report) {
        System.out.println(report.referential() + " with " + setting + ": " + report.verdict());
        for (RuleResult r : report.failures()) {
            System.out.println("  " + r.severity() + " " + r.ruleId() + ": " + r.message());
        }
        report.result("CH-ESS-LED-GOVERNANCE").filter(r -> r.outcome() != fr.ptce.rules.Outcome.FAILED)
                .ifPresent(r -> System.out.println("  " + r.outcome() + " CH-ESS-LED-GOVERNANCE: " + r.message()));
    }
}
