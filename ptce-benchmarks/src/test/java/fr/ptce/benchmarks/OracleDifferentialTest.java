package fr.ptce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.benchmarks.ReferenceChecker.EntryFacts;
import fr.ptce.benchmarks.ReferenceChecker.ReferentialCheck;
import fr.ptce.benchmarks.ReferenceChecker.RuleCheck;
import fr.ptce.model.Cooperation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.StateSupport;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssReason;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.MemberFacts;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drools ({@link ComplianceChecker#checkAll}) and the plain-Java {@link ReferenceChecker} must agree on every generated
 * pole, as of a date: for each of the three reports its verdict ({@code NOT_IN_FORCE} included), and for each of its
 * rules the outcome, the evidence, the severity, the source, the absence of a remedy unless it failed, and the figure
 * of the two numeric remedies (ESS votes to add, members to locate); and the derived facts of every entry (the report's
 * {@code members}). Half the poles are calibrated, half are edge poles ({@link PoleGenerator#withEdgeCases(double)}),
 * a quarter with non-default thresholds. The as-of date is uniform over 2004–2032 for most poles, exactly one of the
 * texts' first days or the day before (2014-08-01/02, 2015-04-17/18) for some, and one of the pole's own dates (a
 * member joining or leaving, an ESUS approval granted or ending, a cooperation starting or ending, a support decided),
 * or the day before or after it, for others. The system property {@code oracle.poles} sets how many poles (1,000 by
 * default, 10,000 in {@code scripts/bench.sh}).
 *
 * <p>On disagreement the test prints one {@code DISAGREEMENT} line per kind (what differs, the rule or field, both
 * values) with the first pole that shows it (index, as-of date, thresholds, JSON), then fails listing every kind's
 * count.
 */
class OracleDifferentialTest {
    /** Thresholds a deployment could plausibly set, including ones whose product with small counts is not exact in binary. */
    private static final double[] SHARES = {0.0, 0.1, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.0};
    /** essVoteShareMin must stay below 1. */
    private static final double[] VOTE_SHARES = {0.0, 0.1, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 0.99};
    /** The texts' first days and the days before. */
    private static final List<LocalDate> BOUNDARIES = List.of(LocalDate.of(2014, 8, 1), LocalDate.of(2014, 8, 2),
            LocalDate.of(2015, 4, 17), LocalDate.of(2015, 4, 18));
    /** The figure in the (French) remedies of CH-ESS-LED-GOVERNANCE and CH-TERRITORIAL-ANCHORING. */
    private static final Pattern VOTES_TO_ADD = Pattern.compile("^Ajouter ([\\d\\s\\u00a0\\u202f]+) voix ESS");
    /** "Situer sur le territoire 9 membres…", or "un membre" for one. */
    private static final Pattern TO_LOCATE = Pattern.compile("^Situer sur le territoire (un|[\\d\\s\\u00a0\\u202f]+) membre");

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
        SplittableRandom rnd = new SplittableRandom(7);
        Comparison comparison = new Comparison();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Pole pole = generator.pole(i);
            LocalDate asOf = asOf(pole, rnd);
            Thresholds thresholds = rnd.nextInt(4) == 0
                    ? new Thresholds(VOTE_SHARES[rnd.nextInt(VOTE_SHARES.length)], 1 + rnd.nextInt(6),
                            SHARES[rnd.nextInt(SHARES.length)])
                    : Thresholds.defaults();
            CheckOptions options = thresholds.applyTo(CheckOptions.builder().asOf(asOf)).build(); // validates too
            comparison.compare(pole, "index " + i, asOf, thresholds, checker.checkAll(pole, options),
                    oracle.evaluate(pole, asOf, thresholds));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("OracleDifferentialTest: %d poles, %d rule results compared (outcome, evidence, severity, source,"
                        + " remedy), %d verdicts, %d entry facts, %d poles with a disagreement (%d kinds), %.1f s%n",
                count, comparison.ruleResults, comparison.verdicts, comparison.entryFacts,
                comparison.polesWithDisagreement, comparison.disagreements.size(), seconds);
        System.out.println("outcomes seen by rule (referentials in force): " + comparison.seen);
        System.out.println("verdicts seen: " + comparison.verdictsSeen);
        assertThat(comparison.disagreements)
                .as("disagreements (what: oracle, Drools → number of poles); first poles printed above").isEmpty();

        // the sample must exercise every rule both ways, NOT_APPLICABLE where the rule has one, every verdict
        for (String rule : ReferenceChecker.RULE_IDS) {
            assertThat(comparison.seen.get(rule)).as("outcomes of %s", rule).containsKeys(Outcome.PASSED, Outcome.FAILED);
        }
        for (String rule : List.of("ART9-MEMBERS-ON-TERRITORY", "CH-NO-DOMINANT-MEMBER", "CH-PUBLIC-NOT-DOMINANT",
                "CH-ESS-CARRIER", "CH-TERRITORY-SCALE")) {
            assertThat(comparison.seen.get(rule)).as("outcomes of %s", rule).containsKey(Outcome.NOT_APPLICABLE);
        }
        for (String referential : List.of(ReferenceChecker.ART9, ReferenceChecker.DECRET)) {
            assertThat(comparison.verdictsSeen.get(referential)).as("verdicts of %s", referential)
                    .containsKeys(Verdict.NOT_IN_FORCE, Verdict.NON_COMPLIANT, Verdict.COMPLIANT);
        }
        assertThat(comparison.verdictsSeen.get(ReferenceChecker.CHARTE)).as("verdicts of the charter")
                .containsKeys(Verdict.NON_COMPLIANT, Verdict.COMPLIANT_WITH_WARNINGS);
        // and every line of the ESS classification, every family
        assertThat(comparison.reasons).as("ESS reasons seen").containsExactlyInAnyOrder(EssReason.values());
        assertThat(comparison.families).as("families seen").containsExactlyInAnyOrder(ActorFamily.values());
        assertThat(comparison.remedyFigures).as("numeric remedies compared").isPositive();
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
        Comparison comparison = new Comparison();
        int checked = 0;
        for (Path file : files) {
            Pole pole;
            try {
                pole = reader.read(file);
            } catch (PoleFormatException e) {
                System.out.println("skipped (not valid now): " + file + ": " + e.getMessage());
                continue;
            }
            for (String date : List.of("2010-01-01", "2013-12-31", "2014-08-01", "2014-08-02", "2015-04-17",
                    "2015-04-18", "2015-07-01", "2018-01-01", "2021-06-30", "2025-06-30", "2030-01-01")) {
                LocalDate asOf = LocalDate.parse(date);
                comparison.compare(pole, file.getFileName().toString(), asOf, Thresholds.defaults(),
                        checker.checkAll(pole, CheckOptions.builder().asOf(asOf).build()), oracle.evaluate(pole, asOf));
                checked++;
            }
        }
        System.out.printf("OracleDifferentialTest (example poles): %d checks (poles × dates), %d rule results compared,"
                + " %d with a disagreement%n", checked, comparison.ruleResults, comparison.polesWithDisagreement);
        assertThat(comparison.disagreements).as("disagreements on the example poles; first printed above").isEmpty();
        assertThat(checked).isPositive();
    }

    @Test
    void theOracleCoversExactlyTheCatalogue() {
        List<String> catalogue = new ArrayList<>();
        for (RuleDefinition r : checker.catalogue().rules()) {
            catalogue.add(r.id());
            assertThat(r.severity()).as("severity of %s", r.id()).isEqualTo(ReferenceChecker.SEVERITIES.get(r.id()));
            assertThat(r.source().label()).as("source of %s", r.id()).isEqualTo(ReferenceChecker.SOURCES.get(r.id()).label());
            assertThat(r.source().url()).as("source of %s", r.id()).isEqualTo(ReferenceChecker.SOURCES.get(r.id()).url());
        }
        assertThat(ReferenceChecker.RULE_IDS).hasSize(31).containsExactlyElementsOf(catalogue);
    }

    /**
     * The as-of date of a pole: uniform over the generator's span (70 %), one of the texts' first days or the day
     * before (10 %), or one of the pole's own dates, the day before or the day after (20 %).
     */
    static LocalDate asOf(Pole pole, SplittableRandom rnd) {
        int r = rnd.nextInt(10);
        if (r == 0) {
            return BOUNDARIES.get(rnd.nextInt(BOUNDARIES.size()));
        }
        if (r <= 2) {
            List<LocalDate> dates = datesOf(pole);
            if (!dates.isEmpty()) {
                return dates.get(rnd.nextInt(dates.size())).plusDays(rnd.nextInt(3) - 1);
            }
        }
        long span = PoleGenerator.HORIZON.toEpochDay() - PoleGenerator.EPOCH.toEpochDay();
        return PoleGenerator.EPOCH.plusDays(rnd.nextLong(span + 1));
    }

    /** The dates at which something about the pole changes. */
    static List<LocalDate> datesOf(Pole pole) {
        List<LocalDate> dates = new ArrayList<>(PoleGenerator.PLAUSIBLE_AS_OF);
        for (Member m : pole.memberList()) {
            addIfPresent(dates, m.joinedOn());
            addIfPresent(dates, m.leftOn());
            if (m.esusApproval() != null) {
                addIfPresent(dates, m.esusApproval().grantedOn());
                addIfPresent(dates, m.esusApproval().expiresOn());
            }
        }
        for (Cooperation c : pole.cooperations()) {
            addIfPresent(dates, c.since());
            addIfPresent(dates, c.until());
        }
        for (StateSupport s : pole.stateSupport()) {
            addIfPresent(dates, s.decidedOn());
            if (s.year() != null) {
                dates.add(LocalDate.of(s.year(), 1, 1));
                dates.add(LocalDate.of(s.year(), 12, 31));
            }
        }
        return dates;
    }

    private static void addIfPresent(List<LocalDate> dates, LocalDate d) {
        if (d != null) {
            dates.add(d);
        }
    }

    /** Compares Drools' reports with the oracle's check and keeps the disagreements and the coverage. */
    static final class Comparison {
        final PoleWriter writer = PoleWriter.create();
        final Map<String, Integer> disagreements = new TreeMap<>();
        final Map<String, Map<Outcome, Integer>> seen = new TreeMap<>();
        final Map<String, Map<Verdict, Integer>> verdictsSeen = new TreeMap<>();
        final Set<EssReason> reasons = EnumSet.noneOf(EssReason.class);
        final Set<ActorFamily> families = EnumSet.noneOf(ActorFamily.class);
        long ruleResults;
        long verdicts;
        long entryFacts;
        long remedyFigures;
        long polesWithDisagreement;
        private Set<String> inThisPole;

        void compare(Pole pole, String where, LocalDate asOf, Thresholds thresholds, List<ComplianceReport> drools,
                     ReferenceChecker.Check oracle) {
            inThisPole = new java.util.HashSet<>();
            Context ctx = new Context(pole, where, asOf, thresholds);
            List<String> referentials = drools.stream().map(ComplianceReport::referential).toList();
            if (!referentials.equals(ReferenceChecker.REFERENTIALS)) {
                disagree(ctx, "referentials", ReferenceChecker.REFERENTIALS, referentials);
                return;
            }
            for (EntryFacts f : oracle.entries()) {
                reasons.add(f.essReason());
                families.addAll(f.families());
            }
            for (int r = 0; r < drools.size(); r++) {
                ComplianceReport report = drools.get(r);
                ReferentialCheck expected = oracle.referentials().get(r);
                String ref = expected.referential();
                verdicts++;
                verdictsSeen.computeIfAbsent(ref, k -> new EnumMap<>(Verdict.class)).merge(expected.verdict(), 1,
                        Integer::sum);
                check(ctx, "verdict " + ref, expected.verdict(), report.verdict());
                check(ctx, "rulesVersion", "2", report.rulesVersion());
                check(ctx, "asOf", asOf, report.asOf());
                check(ctx, "parameters", Map.of("essVoteShareMin", thresholds.essVoteShareMin(),
                        "minActorFamilies", thresholds.minActorFamilies(), "anchoredShareMin", thresholds.anchoredShareMin()),
                        Map.of("essVoteShareMin", report.parameters().get("essVoteShareMin").doubleValue(),
                                "minActorFamilies", report.parameters().get("minActorFamilies").intValue(),
                                "anchoredShareMin", report.parameters().get("anchoredShareMin").doubleValue()));
                List<String> expectedIds = expected.results().stream().map(RuleCheck::ruleId).toList();
                List<String> actualIds = report.results().stream().map(RuleResult::ruleId).toList();
                if (!expectedIds.equals(actualIds)) {
                    disagree(ctx, "rules of " + ref, expectedIds, actualIds);
                    continue;
                }
                for (int i = 0; i < expectedIds.size(); i++) {
                    compareRule(ctx, ref, expected.verdict(), expected.results().get(i), report.results().get(i));
                }
                compareMembers(ctx, ref, oracle.entries(), report.members());
            }
        }

        private void compareRule(Context ctx, String ref, Verdict verdict, RuleCheck expected, RuleResult actual) {
            String id = expected.ruleId();
            ruleResults++;
            if (verdict != Verdict.NOT_IN_FORCE) {
                seen.computeIfAbsent(id, k -> new EnumMap<>(Outcome.class)).merge(expected.outcome(), 1, Integer::sum);
            }
            String in = verdict == Verdict.NOT_IN_FORCE ? " (" + ref + " not in force)" : "";
            if (!check(ctx, "outcome " + id + in, expected.outcome(), actual.outcome())) {
                return; // the evidence and remedy of a different outcome say nothing more
            }
            check(ctx, "evidence " + id + in, expected.evidence(), actual.evidence());
            check(ctx, "severity " + id, ReferenceChecker.SEVERITIES.get(id), actual.severity());
            check(ctx, "source " + id, ReferenceChecker.SOURCES.get(id).label(), actual.source().label());
            check(ctx, "source url " + id, ReferenceChecker.SOURCES.get(id).url(), actual.source().url());
            if (expected.outcome() != Outcome.FAILED) {
                check(ctx, "remedy of a rule that did not fail " + id + in, null, actual.remedy());
            } else if (expected.remedyFigure() != null) {
                Pattern p = id.equals("CH-ESS-LED-GOVERNANCE") ? VOTES_TO_ADD : TO_LOCATE;
                Matcher m = actual.remedy() == null ? null : p.matcher(actual.remedy());
                Long figure = m != null && m.find() ? (m.group(1).equals("un") ? Long.valueOf(1)
                        : Long.valueOf(m.group(1).replaceAll("\\D", ""))) : null;
                remedyFigures++;
                check(ctx, "remedy figure " + id, expected.remedyFigure(), figure);
            }
            if (verdict == Verdict.NOT_IN_FORCE) {
                String year = ref.equals(ReferenceChecker.ART9) ? "2014" : "2015";
                check(ctx, "not-in-force message names the year " + id, true,
                        actual.message() != null && actual.message().contains(year));
            }
        }

        private void compareMembers(Context ctx, String ref, List<EntryFacts> expected, List<MemberFacts> actual) {
            if (expected.size() != actual.size()) {
                disagree(ctx, "members[] size in " + ref, expected.size(), actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                EntryFacts e = expected.get(i);
                MemberFacts a = actual.get(i);
                entryFacts++;
                check(ctx, "members[].id", e.id(), a.id());
                check(ctx, "members[].active", e.active(), a.active());
                check(ctx, "members[].constituent", e.constituent(), a.constituent());
                check(ctx, "members[].legalPerson", e.legalPerson(), a.legalPerson());
                check(ctx, "members[].publicLaw", e.publicLaw(), a.publicLaw());
                check(ctx, "members[].essStatus", e.essStatus(), a.essStatus());
                check(ctx, "members[].essReason", e.essReason(), a.essReason());
                check(ctx, "members[].roles", e.roleNames(), a.roles());
                check(ctx, "members[].families", e.familyNames(), a.families());
                check(ctx, "members[].onTerritory", e.onTerritory(), a.onTerritory());
            }
        }

        private boolean check(Context ctx, String what, Object expected, Object actual) {
            if (Objects.equals(expected, actual)) {
                return true;
            }
            disagree(ctx, what, expected, actual);
            return false;
        }

        private void disagree(Context ctx, String what, Object expected, Object actual) {
            // the kind of disagreement: what differs, with both values when they are single values (an outcome, a
            // verdict, a status), without them when they are lists of ids (they differ from pole to pole)
            boolean lists = expected instanceof java.util.Collection || actual instanceof java.util.Collection
                    || expected instanceof Map || actual instanceof Map;
            String key = lists ? what : what + ": oracle " + expected + ", Drools " + actual;
            if (inThisPole.isEmpty()) {
                polesWithDisagreement++;
            }
            if (!inThisPole.add(key)) {
                return; // once per pole (members[] is repeated in each report)
            }
            if (disagreements.merge(key, 1, Integer::sum) == 1) {
                System.out.println("DISAGREEMENT " + key + (lists ? " (oracle " + expected + ", Drools " + actual + ")" : "")
                        + " — pole " + ctx.pole().id() + " (" + ctx.where() + "), as of " + ctx.asOf() + ", thresholds "
                        + ctx.thresholds() + "\n" + writer.write(ctx.pole()));
            }
        }
    }

    private record Context(Pole pole, String where, LocalDate asOf, Thresholds thresholds) {
    }
}
