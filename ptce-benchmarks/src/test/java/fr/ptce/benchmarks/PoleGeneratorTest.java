package fr.ptce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.model.Role;
import fr.ptce.model.Statute;
import fr.ptce.model.classification.MemberClassifier;
import fr.ptce.model.classification.TerritoryLocator;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.model.validation.PoleValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator makes valid poles, deterministically, and reproduces the survey shares. What each share measures is
 * stated in {@link #surveyShares()} and in {@code docs/performance.md}.
 */
class PoleGeneratorTest {
    private static final double TOLERANCE = 0.02; // 2 points
    private static List<Pole> survey;

    @BeforeAll
    static void generate() {
        survey = new PoleGenerator(2017).poles(10_000);
    }

    @Test
    void calibratedAndEdgePolesAreValid() {
        PoleValidator validator = PoleValidator.create();
        PoleWriter writer = PoleWriter.create();
        PoleGenerator calibrated = new PoleGenerator(42);
        PoleGenerator edges = calibrated.withEdgeCases(1.0);
        int entityAndCategory = 0;
        for (int i = 0; i < 1_000; i++) {
            for (Pole pole : List.of(calibrated.pole(i), edges.pole(i))) {
                List<Problem> problems = validator.validate(pole);
                assertThat(problems).as(() -> pole.id() + "\n" + writer.write(pole)).isEmpty();
                if (pole.legalEntity() != null && pole.legalCategory() != null) {
                    // both given: they are equal, and another pole category would make the document invalid input
                    entityAndCategory++;
                    assertThat(pole.member(pole.legalEntity()).orElseThrow().legalCategory()).isEqualTo(pole.legalCategory());
                    String other = pole.legalCategory().equals("9220") ? "5710" : "9220";
                    assertThat(validator.validate(pole.toBuilder().legalCategory(other).build())).as(pole.id()).isNotEmpty();
                }
            }
        }
        assertThat(entityAndCategory).isPositive();
    }

    @Test
    void aGeneratedPoleSurvivesAJsonRoundTripThroughTheStrictReader() {
        PoleGenerator generator = new PoleGenerator(3).withEdgeCases(0.5);
        PoleWriter writer = PoleWriter.create();
        PoleReader reader = PoleReader.create();
        for (int i = 0; i < 200; i++) {
            Pole pole = generator.pole(i);
            assertThat(reader.read(writer.write(pole))).isEqualTo(pole);
        }
    }

    @Test
    void deterministicFromTheSeedAndIndex() {
        PoleWriter writer = PoleWriter.create();
        assertThat(writer.write(new PoleGenerator(9).pole(123))).isEqualTo(writer.write(new PoleGenerator(9).pole(123)));
        assertThat(writer.write(new PoleGenerator(9).pole(123))).isNotEqualTo(writer.write(new PoleGenerator(9).pole(124)));
        assertThat(writer.write(new PoleGenerator(9).pole(5))).isNotEqualTo(writer.write(new PoleGenerator(10).pole(5)));
        assertThat(writer.write(new PoleGenerator(9).pole(7, 100))).isEqualTo(writer.write(new PoleGenerator(9).pole(7, 100)));
    }

    @Test
    void aRequestedSizeIsTheNumberOfEntries() {
        PoleGenerator generator = new PoleGenerator(1);
        for (int size : new int[] {3, 15, 100, 1000}) {
            assertThat(generator.pole(0, size).memberList()).hasSize(size);
        }
    }

    @Test
    void luhnDigits() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            String siren = PoleGenerator.siren(rnd);
            assertThat(fr.ptce.model.validation.Identifiers.isValidSiren(siren)).as(siren).isTrue();
            assertThat(fr.ptce.model.validation.Identifiers.isValidSiret(PoleGenerator.siret(siren, rnd))).isTrue();
        }
    }

    /**
     * Shares measured on 10,000 calibrated poles (seed 2017), each within 2 points of its target:
     * <ul>
     *   <li>member kinds: share of all entries of {@code members[]} (members and partners, dates ignored) whose legal
     *       category is an association's (9220, 9221, 9222, 9230, 9260): 57 %; IAE associations (9221, 9222): 23 %;
     *       SARL (5499): 9 %; statute SCIC: 8 %; collectivités (derived role LOCAL_AUTHORITY: 72xx, 7340–7357): 7 %;</li>
     *   <li>headcount: share of the entries that have a {@code headcountBand} (every entry but natural persons) whose
     *       band is under 10 employees (NN, 00, 01, 02, 03): 2/3;</li>
     *   <li>cooperation types: share of poles with at least one entry of {@code cooperations[]} of the type, dates
     *       ignored: knowledge 79 %, premises 58 %, equipment 44 %, financial 27 %, communication 2 %;</li>
     *   <li>territory: share of poles whose territory lies within one département (the départements it touches, as
     *       CH-TERRITORY-SCALE counts them): 79 % (the survey's infra-départemental share).</li>
     * </ul>
     */
    @Test
    void surveyShares() {
        long entries = 0;
        long associations = 0;
        long iae = 0;
        long sarl = 0;
        long scic = 0;
        long collectivites = 0;
        long banded = 0;
        long small = 0;
        Map<CooperationType, Integer> polesWith = new EnumMap<>(CooperationType.class);
        long singleDepartement = 0;
        Set<String> smallBands = Set.of("NN", "00", "01", "02", "03");
        for (Pole pole : survey) {
            for (Member m : pole.memberList()) {
                entries++;
                String cat = m.citizen() ? null : m.legalCategory();
                if (cat != null && Set.of("9220", "9221", "9222", "9230", "9260").contains(cat)) {
                    associations++;
                }
                if ("9221".equals(cat) || "9222".equals(cat)) {
                    iae++;
                }
                if ("5499".equals(cat)) {
                    sarl++;
                }
                if (m.statute() == Statute.SCIC) {
                    scic++;
                }
                if (MemberClassifier.roles(m).contains(Role.LOCAL_AUTHORITY)) {
                    collectivites++;
                }
                if (m.headcountBand() != null) {
                    banded++;
                    small += smallBands.contains(m.headcountBand()) ? 1 : 0;
                }
            }
            EnumSet<CooperationType> types = EnumSet.noneOf(CooperationType.class);
            for (Cooperation c : pole.cooperations()) {
                types.add(c.type());
            }
            types.forEach(t -> polesWith.merge(t, 1, Integer::sum));
            if (new TerritoryLocator(pole.territory()).departementsCovered(pole.territory()).size() == 1) {
                singleDepartement++;
            }
        }
        double n = survey.size();
        assertThat((double) associations / entries).as("associations").isCloseTo(0.57, within(TOLERANCE));
        assertThat((double) iae / entries).as("IAE associations").isCloseTo(0.23, within(TOLERANCE));
        assertThat((double) sarl / entries).as("SARL").isCloseTo(0.09, within(TOLERANCE));
        assertThat((double) scic / entries).as("SCIC").isCloseTo(0.08, within(TOLERANCE));
        assertThat((double) collectivites / entries).as("collectivités").isCloseTo(0.07, within(TOLERANCE));
        assertThat((double) small / banded).as("under 10 employees").isCloseTo(2.0 / 3, within(TOLERANCE));
        assertThat(polesWith.getOrDefault(CooperationType.KNOWLEDGE, 0) / n).as("knowledge").isCloseTo(0.79, within(TOLERANCE));
        assertThat(polesWith.getOrDefault(CooperationType.PREMISES, 0) / n).as("premises").isCloseTo(0.58, within(TOLERANCE));
        assertThat(polesWith.getOrDefault(CooperationType.EQUIPMENT, 0) / n).as("equipment").isCloseTo(0.44, within(TOLERANCE));
        assertThat(polesWith.getOrDefault(CooperationType.FINANCIAL, 0) / n).as("financial").isCloseTo(0.27, within(TOLERANCE));
        assertThat(polesWith.getOrDefault(CooperationType.COMMUNICATION, 0) / n).as("communication").isCloseTo(0.02, within(TOLERANCE));
        assertThat(singleDepartement / n).as("within one département").isCloseTo(0.79, within(TOLERANCE));
        System.out.printf("survey shares: entries %d, associations %.4f, IAE %.4f, SARL %.4f, SCIC %.4f, collectivités %.4f, "
                        + "<10 employees %.4f, knowledge %.4f, premises %.4f, equipment %.4f, financial %.4f, "
                        + "communication %.4f, one département %.4f%n", entries, (double) associations / entries,
                (double) iae / entries, (double) sarl / entries, (double) scic / entries, (double) collectivites / entries,
                (double) small / banded, polesWith.getOrDefault(CooperationType.KNOWLEDGE, 0) / n,
                polesWith.getOrDefault(CooperationType.PREMISES, 0) / n, polesWith.getOrDefault(CooperationType.EQUIPMENT, 0) / n,
                polesWith.getOrDefault(CooperationType.FINANCIAL, 0) / n,
                polesWith.getOrDefault(CooperationType.COMMUNICATION, 0) / n, singleDepartement / n);
    }

    /** Size: log-normal (median 11), mean about 15, clipped to 3..1000, with a long tail. */
    @Test
    void sizeDistribution() {
        int[] sizes = survey.stream().mapToInt(p -> p.memberList().size()).sorted().toArray();
        double mean = Arrays.stream(sizes).average().orElseThrow();
        int median = sizes[sizes.length / 2];
        long over100 = Arrays.stream(sizes).filter(s -> s > 100).count();
        System.out.printf("sizes: mean %.2f, median %d, min %d, max %d, >100: %d%n", mean, median, sizes[0],
                sizes[sizes.length - 1], over100);
        assertThat(mean).isBetween(13.5, 16.5);
        assertThat(median).isBetween(10, 12);
        assertThat(sizes[0]).isGreaterThanOrEqualTo(3);
        assertThat(sizes[sizes.length - 1]).isLessThanOrEqualTo(1000).isGreaterThan(100);
        assertThat(over100).isBetween(5L, 100L);
    }

    /** Some members off the territory, some members inactive at some dates, some State support. */
    @Test
    void realisticVariety() {
        long located = 0;
        long withCommune = 0;
        long left = 0;
        long stateCalls = 0;
        long members = 0;
        List<String> epcis = new ArrayList<>();
        for (Pole pole : survey.subList(0, 2_000)) {
            TerritoryLocator locator = new TerritoryLocator(pole.territory());
            for (Member m : pole.memberList()) {
                members++;
                if (m.commune() != null) {
                    withCommune++;
                    located += locator.locates(m.commune()) ? 1 : 0;
                }
                left += m.leftOn() != null ? 1 : 0;
            }
            stateCalls += pole.stateSupport().stream().anyMatch(StateSupportView::isCall) ? 1 : 0;
            epcis.addAll(pole.territory().epcis());
        }
        assertThat((double) located / withCommune).isBetween(0.8, 0.95);
        assertThat((double) left / members).isBetween(0.05, 0.15);
        assertThat(stateCalls / 2_000.0).isBetween(0.15, 0.35);
        assertThat(epcis.stream().distinct().count()).isGreaterThan(500);
    }

    /**
     * The fields and categories rules-v2 added or changed all occur, in calibrated poles (the realistic ones) and in
     * edge poles (the rest): the pole's legal entity (carrier or not, with or without the pole's own category), NAF
     * codes of every role and unrelated ones, ESUS approvals lasting, expired, granted late or ending on a typical
     * as-of date, essStatutes on the forms only the data settle, compatible and incompatible statutes, several State
     * services in one pole, shared SIRENs, natural persons, the rarer categories, and State calls with and without a
     * decision date or a year.
     */
    @Test
    void everyRulesV2FieldAndCategoryOccurs() {
        Map<String, Integer> calibrated = features(new PoleGenerator(11).poles(2_000));
        Map<String, Integer> edge = features(new PoleGenerator(11).withEdgeCases(1.0).poles(2_000));
        System.out.println("rules-v2 features, 2,000 calibrated poles: " + calibrated);
        System.out.println("rules-v2 features, 2,000 edge poles: " + edge);
        for (String f : List.of("legalEntity", "legalEntity carries the pole", "legalEntity, no pole category",
                "legalEntity and pole category", "naf 72.*", "naf 85.42Z", "naf 85.41Z", "naf 85.59A", "naf 85.59B",
                "naf 85.32Z", "naf other", "esus without end", "esus expired by 2025-06-30",
                "esus granted after 2025-06-30", "esus ending on a typical as-of date", "essStatutes true, unknown form",
                "essStatutes false, unknown form", "statute compatible", "State service", "State services in one pole",
                "shared SIREN", "natural person", "category 9223", "category 9224", "category 0000", "category 6100",
                "category 3120", "category 3220", "category 3290", "category 9240", "SICA", "GIE flagged O",
                "AAP-PTCE decided on", "AAP-PTCE year only", "AMI-PTCE decided on", "AMI-PTCE year only")) {
            assertThat(calibrated.getOrDefault(f, 0)).as("calibrated poles: %s", f).isPositive();
        }
        for (String f : List.of("legalEntity", "legalEntity carries the pole", "legalEntity, no pole category",
                "legalEntity and pole category", "legalEntity not a private legal person", "statute incompatible",
                "statute on a natural person", "naf on a natural person", "roles on a natural person",
                "State services in one pole", "shared SIREN", "shared SIREN across categories",
                "shared SIREN of a State service and another entry", "shared SIREN of natural persons",
                "category 7312", "category 7341", "category 9224", "category 0000", "SICA", "GIE flagged O",
                "esus on a body that is not ESS", "State call neither decided on nor dated",
                "State call decided on another year")) {
            assertThat(edge.getOrDefault(f, 0)).as("edge poles: %s", f).isPositive();
        }
        for (String code : List.of("7111", "7112", "7113", "7120", "7150", "7160", "7171", "7172", "7179", "7190")) {
            assertThat(calibrated.getOrDefault("category " + code, 0) + edge.getOrDefault("category " + code, 0))
                    .as("State service %s", code).isPositive();
        }
    }

    private static Map<String, Integer> features(List<Pole> poles) {
        Map<String, Integer> f = new java.util.TreeMap<>();
        java.util.function.Consumer<String> count = k -> f.merge(k, 1, Integer::sum);
        java.time.LocalDate ref = java.time.LocalDate.of(2025, 6, 30);
        for (Pole pole : poles) {
            if (pole.legalEntity() != null) {
                count.accept("legalEntity");
                Member entity = pole.member(pole.legalEntity()).orElseThrow();
                if (pole.legalEntity().equals(pole.carrier())) {
                    count.accept("legalEntity carries the pole");
                }
                count.accept(pole.legalCategory() == null ? "legalEntity, no pole category" : "legalEntity and pole category");
                if (!ReferenceChecker.privateLegalPerson(entity.legalCategory())) {
                    count.accept("legalEntity not a private legal person");
                }
            }
            int state = 0;
            Map<String, List<Member>> bySiren = new java.util.HashMap<>();
            for (Member m : pole.memberList()) {
                String cat = m.legalCategory();
                if (m.citizen()) {
                    count.accept("natural person");
                    if (m.statute() != null) {
                        count.accept("statute on a natural person");
                    }
                    if (m.naf() != null) {
                        count.accept("naf on a natural person");
                    }
                    if (m.roles() != null) {
                        count.accept("roles on a natural person");
                    }
                } else {
                    count.accept("category " + cat);
                    if (cat.startsWith("71")) {
                        state++;
                        count.accept("State service");
                    }
                    if (Set.of("5432", "5532", "5632", "6532").contains(cat)) {
                        count.accept("SICA");
                    }
                    if (cat.equals("6220") && m.sireneEss() == fr.ptce.model.SireneEss.O) {
                        count.accept("GIE flagged O");
                    }
                    if (Set.of("3120", "3220", "3290", "9240").contains(cat) && m.essStatutes() != null) {
                        count.accept("essStatutes " + m.essStatutes() + ", unknown form");
                    }
                    if (m.statute() != null) {
                        boolean ok = ReferenceChecker.compatible(m.statute(),
                                fr.ptce.model.reference.LegalCategories.facts(cat).orElseThrow());
                        count.accept(ok ? "statute compatible" : "statute incompatible");
                    }
                }
                if (m.naf() != null) {
                    String naf = m.naf();
                    count.accept(naf.startsWith("72.") ? "naf 72.*" : Set.of("85.42Z", "85.41Z", "85.59A", "85.59B",
                            "85.32Z").contains(naf) ? "naf " + naf : "naf other");
                }
                if (m.esusApproval() != null) {
                    fr.ptce.model.EsusApproval e = m.esusApproval();
                    if (e.expiresOn() == null) {
                        count.accept("esus without end");
                    } else if (PoleGenerator.PLAUSIBLE_AS_OF.contains(e.expiresOn())) {
                        count.accept("esus ending on a typical as-of date");
                    }
                    if (e.expiresOn() != null && !e.expiresOn().isAfter(ref)) {
                        count.accept("esus expired by 2025-06-30");
                    }
                    if (e.grantedOn().isAfter(ref)) {
                        count.accept("esus granted after 2025-06-30");
                    }
                    if (!MemberClassifier.profile(m, e.grantedOn()).essEnterprise()) {
                        count.accept("esus on a body that is not ESS");
                    }
                }
                if (m.siren() != null) {
                    bySiren.computeIfAbsent(m.siren(), k -> new ArrayList<>()).add(m);
                }
            }
            if (state >= 2) {
                count.accept("State services in one pole");
            }
            for (List<Member> same : bySiren.values()) {
                if (same.size() < 2) {
                    continue;
                }
                count.accept("shared SIREN");
                if (same.stream().map(m -> m.citizen() ? "-" : m.legalCategory()).distinct().count() > 1) {
                    count.accept("shared SIREN across categories");
                }
                boolean withState = same.stream().anyMatch(m -> !m.citizen() && m.legalCategory().startsWith("71"));
                boolean withOther = same.stream().anyMatch(m -> m.citizen() || !m.legalCategory().startsWith("71"));
                if (withState && withOther) {
                    count.accept("shared SIREN of a State service and another entry");
                }
                if (same.stream().anyMatch(Member::citizen)) {
                    count.accept("shared SIREN of natural persons");
                }
            }
            for (fr.ptce.model.StateSupport s : pole.stateSupport()) {
                String kind = s.programme().startsWith("AAP-PTCE-") ? "AAP-PTCE" : s.programme().startsWith("AMI-PTCE-")
                        ? "AMI-PTCE" : null;
                if (kind == null) {
                    continue;
                }
                count.accept(kind + (s.decidedOn() != null ? " decided on" : s.year() != null ? " year only" : " neither"));
                if (s.decidedOn() == null && s.year() == null) {
                    count.accept("State call neither decided on nor dated");
                }
                if (s.decidedOn() != null && s.year() != null && s.decidedOn().getYear() != s.year()) {
                    count.accept("State call decided on another year");
                }
            }
        }
        return f;
    }

    private static final class StateSupportView {
        static boolean isCall(fr.ptce.model.StateSupport s) {
            return s.isStatePtceCall();
        }
    }
}
