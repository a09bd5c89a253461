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
        for (int i = 0; i < 1_000; i++) {
            for (Pole pole : List.of(calibrated.pole(i), edges.pole(i))) {
                List<Problem> problems = validator.validate(pole);
                assertThat(problems).as(() -> pole.id() + "\n" + writer.write(pole)).isEmpty();
            }
        }
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

    private static final class StateSupportView {
        static boolean isCall(fr.ptce.model.StateSupport s) {
            return s.isStatePtceCall();
        }
    }
}
