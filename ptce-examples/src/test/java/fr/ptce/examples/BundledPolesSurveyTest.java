package fr.ptce.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.ptce.model.json.PoleReader;
import fr.ptce.report.PoleSurvey;
import fr.ptce.report.SurveyReport;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The survey of the seven bundled poles as of 2026-11-26, against figures computed by hand from the pole files (the
 * counted entries: active on the date, not the pole's own legal entity, members and partners alike):
 * <pre>
 * pole               entries  assoc coop comm-ESS comm-other public natural other  active members  départements
 * bio-pour-tous        10       3    3     0        1         3      0      0          8          65
 * cluster-jura         10       2    1     0        2         3      2      0         10          39
 * coursive-boutaric    16      11    2     0        1         2      0      0         15          21
 * figeacteurs           8       3    1     0        0         1      3      0          8          12, 46
 * organic-vallee       11       2    1     0        2         4      1      1 (EARL)  11          11, 31, 81
 * phares               11       6    1     1        2         0      1      0         11          93
 * resto-passerelle     17      14    0     1        2         0      0      0         17          8 (région 11)
 * total                83      41    9     2       10        13      7      1
 * </pre>
 * Cooperatives count the SCIC in the form of an SAS (odyssee-engrain), the SCOP and CAE and the agricultural
 * cooperatives (6316, 6317); the two commercial companies in the ESS are Novaedia (essStatutes), in two poles; the
 * former citizen member of FigeACteurs, who left in 2020, is not counted.
 */
class BundledPolesSurveyTest {
    private static SurveyReport survey;

    @BeforeAll
    static void survey() throws IOException {
        PoleReader reader = PoleReader.create();
        PoleSurvey s = PoleSurvey.create(ComplianceChecker.create(),
                CheckOptions.builder().asOf(LocalDate.of(2026, 11, 26)).build());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/poles"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> s.add(reader.read(f)));
        }
        survey = s.report();
    }

    private static long[] counts(String id) {
        SurveyReport.Indicator i = survey.indicator(id).orElseThrow();
        return new long[] {i.numerator(), i.denominator()};
    }

    @Test
    void sevenPolesAreCountedAsOfTheGivenDate() {
        assertThat(survey.poles()).isEqualTo(7);
        assertThat(survey.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(survey.brokenFiles()).isEmpty();
    }

    @Test
    void verdictCountsAreThoseOfTheReadmeTable() {
        assertThat(survey.verdicts().get("LOI-2014-856-ART9")).containsOnly(entry(Verdict.COMPLIANT, 2L),
                entry(Verdict.COMPLIANT_WITH_WARNINGS, 4L), entry(Verdict.NON_COMPLIANT, 1L), entry(Verdict.NOT_IN_FORCE, 0L));
        assertThat(survey.verdicts().get("DECRET-2015-431-ART3")).containsOnly(entry(Verdict.COMPLIANT, 1L),
                entry(Verdict.COMPLIANT_WITH_WARNINGS, 0L), entry(Verdict.NON_COMPLIANT, 6L), entry(Verdict.NOT_IN_FORCE, 0L));
        assertThat(survey.verdicts().get("CHARTE-LABO-ESS")).containsOnly(entry(Verdict.COMPLIANT, 2L),
                entry(Verdict.COMPLIANT_WITH_WARNINGS, 2L), entry(Verdict.NON_COMPLIANT, 3L), entry(Verdict.NOT_IN_FORCE, 0L));
        assertThat(counts("compliant-loi-2014-856-art9")).containsExactly(6, 7);
        assertThat(counts("compliant-decret-2015-431-art3")).containsExactly(1, 7);
        assertThat(counts("compliant-charte-labo-ess")).containsExactly(4, 7);
    }

    @Test
    void theMostFailedRulesAreTheLocalAuthorityLinkAndPriorStateSupport() {
        // ART9-LOCAL-AUTHORITY-LINK: coursive, resto, phares, figeacteurs; D3-NO-PRIOR-STATE-SUPPORT: coursive,
        // phares, organic-vallee, cluster-jura; CH-TERRITORY-SCALE: figeacteurs, organic-vallee, resto-passerelle
        assertThat(survey.mostFailedRules(3)).containsExactly(entry("ART9-LOCAL-AUTHORITY-LINK", 4L),
                entry("D3-NO-PRIOR-STATE-SUPPORT", 4L), entry("CH-TERRITORY-SCALE", 3L));
    }

    @Test
    void memberCompositionByLegalFormFamily() {
        assertThat(counts("members-associations")).containsExactly(41, 83);
        assertThat(counts("members-cooperatives")).containsExactly(9, 83);
        assertThat(counts("members-mutuals")).containsExactly(0, 83);
        assertThat(counts("members-foundations")).containsExactly(0, 83);
        assertThat(counts("members-commercial-ess")).containsExactly(2, 83);
        assertThat(counts("members-commercial-non-ess")).containsExactly(10, 83);
        assertThat(counts("members-public-bodies")).containsExactly(13, 83);
        assertThat(counts("members-natural-persons")).containsExactly(7, 83);
        assertThat(counts("members-other-forms")).containsExactly(1, 83);
        assertThat(counts("members-ess-enterprises")).containsExactly(52, 83); // 41 + 9 + 2
    }

    @Test
    void onlyJuratriHasAHeadcountAndItIsNotUnder10() {
        // the SCIC Clus'Ter Jura declares 6 employees, but it is the pole's own legal entity: not counted
        assertThat(counts("members-under-10-employees")).containsExactly(0, 1);
    }

    @Test
    void cooperationTypesPractised() {
        assertThat(counts("cooperation-knowledge")).containsExactly(5, 7);
        assertThat(counts("cooperation-partnership")).containsExactly(5, 7);
        assertThat(counts("cooperation-premises")).containsExactly(3, 7);
        assertThat(counts("cooperation-equipment")).containsExactly(2, 7);
        assertThat(counts("cooperation-services")).containsExactly(2, 7);
        assertThat(counts("cooperation-employment")).containsExactly(2, 7);
        assertThat(counts("cooperation-purchasing")).containsExactly(1, 7);
        assertThat(counts("cooperation-financial")).containsExactly(0, 7);
        assertThat(counts("cooperation-communication")).containsExactly(0, 7);
    }

    @Test
    void fourPolesLieWithinOneDepartement() {
        // Grand-Figeac spans the Lot and the Aveyron, the CC Aux sources du Canal du Midi three départements
        assertThat(counts("territory-within-one-departement")).containsExactly(4, 7);
    }

    @Test
    void sizesAreTheActiveMembersOfEachPole() {
        // 8, 8, 10, 11, 11, 15, 17
        SurveyReport.Sizes sizes = survey.sizes();
        assertThat(new int[] {sizes.min(), sizes.q1(), sizes.median(), sizes.q3(), sizes.max()})
                .containsExactly(8, 8, 11, 15, 17);
        assertThat(sizes.histogram()).containsEntry("5-9", 2L).containsEntry("10-14", 3L).containsEntry("15-19", 2L)
                .containsEntry("0-4", 0L).containsEntry("100+", 0L);
    }
}
