package fr.ptce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seven bundled example poles: each reads, validates and writes back to the same bytes, and gives the
 * verdicts recorded in {@code poles/README.md} and its companion note, with the same failed rules.
 */
class BundledPolesTest {
    private static final PoleReader READER = PoleReader.create();
    private static final ComplianceChecker CHECKER = ComplianceChecker.create();
    /** The date the expected verdicts were recorded for (they hold from each note's earliest date on). */
    private static final CheckOptions AS_RECORDED = CheckOptions.builder().asOf(LocalDate.of(2026, 11, 26)).build();

    static Stream<Arguments> expectations() {
        return Stream.of(
                expect("coursive-boutaric",
                        Verdict.COMPLIANT_WITH_WARNINGS, List.of("ART9-LOCAL-AUTHORITY-LINK"),
                        Verdict.NON_COMPLIANT, List.of("D3-NO-PRIOR-STATE-SUPPORT"),
                        Verdict.NON_COMPLIANT, List.of("CH-MULTI-ACTOR")),
                expect("bio-pour-tous",
                        Verdict.COMPLIANT, List.of(),
                        Verdict.NON_COMPLIANT, List.of("D3-PRIVATE-LEGAL-PERSON"),
                        Verdict.COMPLIANT_WITH_WARNINGS, List.of("CH-REAL-POOLING")),
                expect("resto-passerelle",
                        Verdict.COMPLIANT_WITH_WARNINGS, List.of("ART9-LOCAL-AUTHORITY-LINK"),
                        Verdict.NON_COMPLIANT, List.of("D3-PRIVATE-LEGAL-PERSON"),
                        Verdict.NON_COMPLIANT, List.of("CH-MULTI-ACTOR", "CH-TERRITORIAL-ANCHORING")),
                expect("phares",
                        Verdict.COMPLIANT_WITH_WARNINGS, List.of("ART9-LOCAL-AUTHORITY-LINK"),
                        Verdict.NON_COMPLIANT, List.of("D3-NO-PRIOR-STATE-SUPPORT"),
                        Verdict.COMPLIANT, List.of()),
                expect("figeacteurs",
                        Verdict.NON_COMPLIANT, List.of("ART9-ASSOCIATED-ENTERPRISE", "ART9-LINKED-PARTNER",
                                "ART9-LOCAL-AUTHORITY-LINK"),
                        Verdict.COMPLIANT, List.of(),
                        Verdict.COMPLIANT, List.of()),
                expect("organic-vallee",
                        Verdict.COMPLIANT, List.of(),
                        Verdict.NON_COMPLIANT, List.of("D3-NO-PRIOR-STATE-SUPPORT"),
                        Verdict.NON_COMPLIANT, List.of("CH-ESS-LED-GOVERNANCE")),
                expect("cluster-jura",
                        Verdict.COMPLIANT_WITH_WARNINGS, List.of("ART9-MEMBERS-ON-TERRITORY"),
                        Verdict.NON_COMPLIANT, List.of("D3-NO-PRIOR-STATE-SUPPORT"),
                        Verdict.COMPLIANT_WITH_WARNINGS, List.of("CH-REAL-POOLING")));
    }

    private static Arguments expect(String id, Verdict art9, List<String> art9Failures, Verdict decret,
                                    List<String> decretFailures, Verdict charte, List<String> charteFailures) {
        return Arguments.of(id, List.of(art9, decret, charte), List.of(art9Failures, decretFailures, charteFailures));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void bundledPoleGivesItsRecordedVerdictsAndFailures(String id, List<Verdict> verdicts, List<List<String>> failures) {
        List<ComplianceReport> reports = CHECKER.checkAll(BundledPoles.read(READER, id), AS_RECORDED);

        assertThat(reports).extracting(ComplianceReport::verdict).containsExactlyElementsOf(verdicts);
        for (int i = 0; i < reports.size(); i++) {
            assertThat(reports.get(i).results().stream()
                    .filter(r -> r.outcome() == Outcome.FAILED && r.severity() != Severity.INFO)
                    .map(RuleResult::ruleId).toList())
                    .as("failed rules of %s against %s", id, reports.get(i).referential())
                    .containsExactlyInAnyOrderElementsOf(failures.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "coursive-boutaric|zutique,eurl,asso-02|zutique,eurl,asso-02",
            "bio-pour-tous|gab65,biocoop-tarbes,resto-bio|gab65,biocoop-tarbes,resto-bio",
            "resto-passerelle|appui,soleda-negoce,coallia|appui,soleda-negoce,coallia",
            "phares|etudes-chantiers-idf,procarist,halage|etudes-chantiers-idf,procarist,halage",
            "figeacteurs||fermes-de-figeac,mode-d-emploi,apeai",
            "organic-vallee|asso-agri-bio,cler-verts,salarie-associe|asso-agri-bio,cler-verts,asso-anti-gaspillage",
            "cluster-jura|juratri,entreprise-1,entreprise-2|juratri,entreprise-1,entreprise-2"})
    void bundledPoleNamesTheTriplesWorkedOutByHand(String id, String linkedPartner, String threeLegalPersons) {
        List<ComplianceReport> reports = CHECKER.checkAll(BundledPoles.read(READER, id), AS_RECORDED);

        assertThat(reports.get(0).result("ART9-LINKED-PARTNER").orElseThrow().evidence())
                .containsExactlyElementsOf(linkedPartner == null ? List.of() : List.of(linkedPartner.split(",")));
        assertThat(reports.get(1).result("D3-THREE-LEGAL-PERSONS").orElseThrow().evidence())
                .containsExactlyElementsOf(List.of(threeLegalPersons.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void beforeTheLawEveryBundledPoleHasOnlyTheCharterInForce(String id) {
        CheckOptions end2013 = CheckOptions.builder().asOf(LocalDate.of(2013, 12, 31)).build();

        List<ComplianceReport> reports = CHECKER.checkAll(BundledPoles.read(READER, id), end2013);

        assertThat(reports).extracting(ComplianceReport::verdict).startsWith(Verdict.NOT_IN_FORCE, Verdict.NOT_IN_FORCE)
                .last().isNotEqualTo(Verdict.NOT_IN_FORCE);
    }

    @Test
    void organicValleeBecomesIneligibleOnTheDayItsCallForProjectsAwardWasDecided() {
        Pole pole = BundledPoles.read(READER, "organic-vallee");
        ComplianceReport before = CHECKER.check(pole, Referential.DECRET_2015_431_ART3,
                CheckOptions.builder().asOf(LocalDate.of(2016, 1, 13)).build());
        ComplianceReport after = CHECKER.check(pole, Referential.DECRET_2015_431_ART3,
                CheckOptions.builder().asOf(LocalDate.of(2016, 1, 14)).build());

        assertThat(before.result("D3-NO-PRIOR-STATE-SUPPORT").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(after.result("D3-NO-PRIOR-STATE-SUPPORT").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(after.result("D3-NO-PRIOR-STATE-SUPPORT").orElseThrow().evidence()).containsExactly("AAP-PTCE-2015");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void bundledPoleWritesBackToTheSameBytes(String id) {
        byte[] original = BundledPoles.resourceBytes("/poles/" + id + ".json");
        Pole pole = READER.read(new String(original, StandardCharsets.UTF_8));

        assertThat(PoleWriter.create().write(pole)).isEqualTo(new String(original, StandardCharsets.UTF_8));
    }
}
