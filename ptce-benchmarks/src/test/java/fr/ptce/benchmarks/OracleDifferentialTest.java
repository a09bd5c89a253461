package fr.ptce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drools ({@link ComplianceChecker#checkAll}) and the plain-Java {@link ReferenceChecker} must agree on every rule
 * outcome of every generated pole, as of a random date (2004–2032, so that members who joined late or left, and
 * lapsed cooperations, matter), a quarter of them with non-default thresholds. Half the poles are calibrated, half are
 * edge poles ({@link PoleGenerator#withEdgeCases(double)}). The system property {@code oracle.poles} sets how many
 * (1,000 by default, 10,000 in {@code scripts/bench.sh}).
 *
 * <p>On disagreement the test prints, for the first pole of each (rule, expected, actual), the rule, both outcomes, the
 * as-of date, the thresholds and the pole's JSON, then fails listing every disagreement's count.
 */
class OracleDifferentialTest {
    /** Thresholds a deployment could plausibly set, including ones whose product with small counts is not exact in binary. */
    private static final double[] SHARES = {0.0, 0.1, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.0};
    /** essVoteShareMin must stay below 1 (a share strictly above 100 % is impossible). */
    private static final double[] VOTE_SHARES = {0.0, 0.1, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 0.99};

    private static ComplianceChecker checker;

    @BeforeAll
    static void load() {
        checker = ComplianceChecker.create();
    }

    static int poleCount() {
        String value = System.getProperty("oracle.poles", "");
        return value.isBlank() || value.startsWith("$") ? 1000 : Integer.parseInt(value.trim());
    }

    @Test
    void droolsAndTheReferenceCheckerAgreeOnEveryRuleOfEveryGeneratedPole() {
        int count = poleCount();
        PoleGenerator generator = new PoleGenerator(20_260_401L).withEdgeCases(0.5);
        ReferenceChecker oracle = new ReferenceChecker();
        PoleWriter writer = PoleWriter.create();
        SplittableRandom rnd = new SplittableRandom(7);
        long span = PoleGenerator.HORIZON.toEpochDay() - PoleGenerator.EPOCH.toEpochDay();

        Map<String, Integer> disagreements = new TreeMap<>();
        Map<String, Map<Outcome, Integer>> seen = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Pole pole = generator.pole(i);
            LocalDate asOf = PoleGenerator.EPOCH.plusDays(rnd.nextLong(span + 1));
            Thresholds thresholds = rnd.nextInt(4) == 0
                    ? new Thresholds(VOTE_SHARES[rnd.nextInt(VOTE_SHARES.length)], 1 + rnd.nextInt(6),
                            SHARES[rnd.nextInt(SHARES.length)])
                    : Thresholds.defaults();
            CheckOptions options = thresholds.applyTo(CheckOptions.builder().asOf(asOf)).build(); // validates too
            Map<String, Outcome> drools = droolsOutcomes(checker.checkAll(pole, options));
            Map<String, Outcome> expected = oracle.check(pole, asOf, thresholds);
            assertThat(drools.keySet()).as("rules reported by Drools").containsExactlyInAnyOrderElementsOf(expected.keySet());
            for (Map.Entry<String, Outcome> e : expected.entrySet()) {
                Outcome actual = drools.get(e.getKey());
                seen.computeIfAbsent(e.getKey(), k -> new EnumMap<>(Outcome.class)).merge(e.getValue(), 1, Integer::sum);
                if (actual != e.getValue()) {
                    String key = e.getKey() + ": oracle " + e.getValue() + ", Drools " + actual;
                    if (disagreements.merge(key, 1, Integer::sum) == 1) {
                        System.out.println("DISAGREEMENT " + key + " — pole " + pole.id() + " (index " + i + "), as of "
                                + asOf + ", thresholds " + thresholds + "\n" + writer.write(pole));
                    }
                }
            }
        }
        System.out.println("OracleDifferentialTest: " + count + " poles, outcomes seen by rule: " + seen);
        assertThat(disagreements).as("disagreements (rule: expected, actual → number of poles); first poles printed above")
                .isEmpty();
        // the sample must exercise every rule both ways (and NOT_APPLICABLE where the rule has one)
        for (String rule : ReferenceChecker.RULE_IDS) {
            assertThat(seen.get(rule)).as("outcomes of %s", rule).containsKeys(Outcome.PASSED, Outcome.FAILED);
        }
        for (String rule : List.of("ART9-MEMBERS-ON-TERRITORY", "CH-NO-DOMINANT-MEMBER", "CH-PUBLIC-NOT-DOMINANT",
                "CH-ESS-CARRIER", "CH-TERRITORY-SCALE")) {
            assertThat(seen.get(rule)).as("outcomes of %s", rule).containsKey(Outcome.NOT_APPLICABLE);
        }
    }

    /** The real example poles of ptce-examples (when the folder is there), at dates across their history. */
    @Test
    void droolsAndTheReferenceCheckerAgreeOnTheExamplePoles() throws IOException {
        Path dir = Path.of("..", "ptce-examples", "src", "main", "resources", "poles");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no example poles at " + dir.toAbsolutePath());
        ReferenceChecker oracle = new ReferenceChecker();
        PoleReader reader = PoleReader.create();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            Pole pole;
            try {
                pole = reader.read(file);
            } catch (PoleFormatException e) {
                System.out.println("skipped (not valid now): " + file + ": " + e.getMessage());
                continue;
            }
            for (String date : List.of("2010-01-01", "2013-12-31", "2015-07-01", "2018-01-01", "2021-06-30",
                    "2025-06-30", "2030-01-01")) {
                LocalDate asOf = LocalDate.parse(date);
                Map<String, Outcome> drools = droolsOutcomes(checker.checkAll(pole,
                        CheckOptions.builder().asOf(asOf).build()));
                assertThat(drools).as("%s as of %s", file.getFileName(), asOf)
                        .containsExactlyInAnyOrderEntriesOf(oracle.check(pole, asOf));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theOracleCoversExactlyTheCatalogue() {
        List<String> catalogue = new ArrayList<>();
        for (RuleDefinition r : checker.catalogue().rules()) {
            catalogue.add(r.id());
        }
        assertThat(ReferenceChecker.RULE_IDS).containsExactlyInAnyOrderElementsOf(catalogue);
    }

    /** Rule id to outcome over the three reports; a data rule appears in each and must not differ between them. */
    static Map<String, Outcome> droolsOutcomes(List<ComplianceReport> reports) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (ComplianceReport report : reports) {
            for (RuleResult r : report.results()) {
                Outcome previous = outcomes.put(r.ruleId(), r.outcome());
                assertThat(previous == null || previous == r.outcome())
                        .as("%s differs between referentials", r.ruleId()).isTrue();
            }
        }
        return outcomes;
    }
}
