package fr.ptce.rules;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.GRETA;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.PARIS;
import static fr.ptce.rules.support.TestPoles.SCIC;
import static fr.ptce.rules.support.TestPoles.UNIVERSITE;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.imprimerie;
import static fr.ptce.rules.support.TestPoles.seat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ptce.model.CooperationType;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Project;
import fr.ptce.model.Problem;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CheckOptions}: configurable thresholds and severities, and how the checker treats its input. */
class CheckOptionsTest {
    private static final ComplianceChecker CHECKER = Checks.checker();

    private static CheckOptions.Builder options() {
        return Checks.OPTIONS.toBuilder();
    }

    private static ComplianceReport charte(TestPoles.Draft pole, CheckOptions options) {
        return CHECKER.check(pole.build(), Referential.CHARTE_LABO_ESS, options);
    }

    // ---------------------------------------------------------------- thresholds

    @Test
    void essVoteShareMin_defaultsToHalf() {
        assertThat(CheckOptions.defaults().parameter(Parameter.ESS_VOTE_SHARE_MIN)).isEqualTo(0.5);
        assertThat(CheckOptions.defaults().parameter(Parameter.MIN_ACTOR_FAMILIES)).isEqualTo(3);
        assertThat(CheckOptions.defaults().parameter(Parameter.ANCHORED_SHARE_MIN)).isEqualTo(0.75);
    }

    @Test
    void essVoteShareMin_raisedToTwoThirdsFailsThreeEssVotesOfFive() {
        TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(SCIC, 1),
                seat(IMPRIMERIE, 1), seat(VILLE, 1));

        assertThat(charte(pole, Checks.OPTIONS)).rule("CH-ESS-LED-GOVERNANCE").passed();
        assertThat(charte(pole, options().parameter(Parameter.ESS_VOTE_SHARE_MIN, 0.65).build()))
                .rule("CH-ESS-LED-GOVERNANCE").failed()
                .withMessageContaining("3 voix ESS sur 5 (60 %)")
                .withMessageContaining("il en faut au moins 65 %")
                .withRemedyContaining("Ajouter 1 voix ESS");
    }

    @Test
    void essVoteShareMin_loweredPassesBelowHalf() {
        TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 2), seat(IMPRIMERIE, 3));

        assertThat(charte(pole, Checks.OPTIONS)).rule("CH-ESS-LED-GOVERNANCE").failed();
        assertThat(charte(pole, options().parameter(Parameter.ESS_VOTE_SHARE_MIN, 0.4).build()))
                .rule("CH-ESS-LED-GOVERNANCE").passed();
    }

    @Test
    void essVoteShareMin_isInclusiveAndExactAtAnyThreshold() {
        // 0.57 × 100 is 56.99999999999999 in binary floating point: the comparison must be exact
        TestPoles.Draft atThreshold = compliantPole().withBoardSeats(seat(COURSIVE, 57), seat(IMPRIMERIE, 43));
        TestPoles.Draft below = compliantPole().withBoardSeats(seat(COURSIVE, 56), seat(IMPRIMERIE, 44));
        CheckOptions fiftySeven = options().parameter(Parameter.ESS_VOTE_SHARE_MIN, 0.57).build();

        assertThat(charte(atThreshold, fiftySeven)).rule("CH-ESS-LED-GOVERNANCE").passed();
        assertThat(charte(below, fiftySeven)).rule("CH-ESS-LED-GOVERNANCE").failed()
                .withRemedyContaining("Ajouter 3 voix ESS");
    }

    @Test
    void essVoteShareMin_ofOneIsRejected() {
        // "at least 100 %" would leave a body with one non-ESS vote without any finite remedy
        assertThatThrownBy(() -> options().parameter(Parameter.ESS_VOTE_SHARE_MIN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("essVoteShareMin must be between 0 and 1 (excluded)");
    }

    @Test
    void essVoteShareMin_justBelowOneStillGivesAFiniteRemedy() {
        TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 1), seat(IMPRIMERIE, 1));

        assertThat(charte(pole, options().parameter(Parameter.ESS_VOTE_SHARE_MIN, 0.99).build()))
                .rule("CH-ESS-LED-GOVERNANCE").failed().withRemedyContaining("Ajouter 98 voix ESS");
    }

    @Test
    void minActorFamilies_changesTheNumberOfFamiliesRequired() {
        TestPoles.Draft fiveFamilies = compliantPole();

        assertThat(charte(fiveFamilies, options().parameter(Parameter.MIN_ACTOR_FAMILIES, 5).build()))
                .rule("CH-MULTI-ACTOR").passed();
        assertThat(charte(fiveFamilies, options().parameter(Parameter.MIN_ACTOR_FAMILIES, 6).build()))
                .rule("CH-MULTI-ACTOR").failed()
                .withMessageContaining("il en faut 6")
                .withRemedyContaining("une famille supplémentaire");
    }

    @Test
    void minActorFamilies_ofOneStillRequiresTheEssFamily() {
        TestPoles.Draft onlyNonEss = compliantPole().without(COURSIVE, ZUTIQUE, SCIC, VILLE, UNIVERSITE, GRETA);

        assertThat(charte(onlyNonEss, options().parameter(Parameter.MIN_ACTOR_FAMILIES, 1).build()))
                .rule("CH-MULTI-ACTOR").failed();
    }

    @Test
    void anchoredShareMin_changesTheShareOfMembersToAnchor() {
        // 6 of 7 legal-person members anchored: 85.7 %
        TestPoles.Draft pole = compliantPole().with(imprimerie().commune(PARIS));

        assertThat(charte(pole, Checks.OPTIONS)).rule("CH-TERRITORIAL-ANCHORING").passed();
        assertThat(charte(pole, options().parameter(Parameter.ANCHORED_SHARE_MIN, 0.9).build()))
                .rule("CH-TERRITORIAL-ANCHORING").failed()
                .withMessageContaining("il en faut au moins 90 %")
                .withRemedyContaining("Situer sur le territoire un membre");
        assertThat(charte(pole, options().parameter(Parameter.ANCHORED_SHARE_MIN, 1.0).build()))
                .rule("CH-TERRITORIAL-ANCHORING").failed();
    }

    @Test
    void anchoredShareMin_isInclusiveAtAnyThreshold() {
        // 6 of 7 anchored, threshold exactly 6/7
        TestPoles.Draft pole = compliantPole().with(imprimerie().commune(PARIS));

        assertThat(charte(pole, options().parameter(Parameter.ANCHORED_SHARE_MIN, 6.0 / 7).build()))
                .rule("CH-TERRITORIAL-ANCHORING").passed();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "essVoteShareMin, -0.1, essVoteShareMin",
        "essVoteShareMin, 1.5, essVoteShareMin",
        "essVoteShareMin, NaN, essVoteShareMin",
        "minActorFamilies, 0, minActorFamilies",
        "minActorFamilies, 7, minActorFamilies",
        "minActorFamilies, 2.5, minActorFamilies",
        "anchoredShareMin, -0.01, anchoredShareMin",
        "anchoredShareMin, 1.01, anchoredShareMin",
        "anchoredShareMin, Infinity, anchoredShareMin",
    })
    void parameter_rejectsInvalidValuesNamingTheParameter(Parameter parameter, double value, String key) {
        assertThatThrownBy(() -> CheckOptions.builder().parameter(parameter, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
    }

    @Test
    void parameter_acceptsItsBounds() {
        CheckOptions o = CheckOptions.builder().parameter(Parameter.ESS_VOTE_SHARE_MIN, 0)
                .parameter(Parameter.MIN_ACTOR_FAMILIES, 1).parameter(Parameter.MIN_ACTOR_FAMILIES, 6)
                .parameter(Parameter.ANCHORED_SHARE_MIN, 0).parameter(Parameter.ANCHORED_SHARE_MIN, 1).build();

        assertThat(o.parameter(Parameter.MIN_ACTOR_FAMILIES)).isEqualTo(6);
    }

    @Test
    void parameter_isFoundByItsCatalogueKey() {
        assertThat(Parameter.fromKey("essVoteShareMin")).contains(Parameter.ESS_VOTE_SHARE_MIN);
        assertThat(Parameter.fromKey("minActorFamilies")).contains(Parameter.MIN_ACTOR_FAMILIES);
        assertThat(Parameter.fromKey("anchoredShareMin")).contains(Parameter.ANCHORED_SHARE_MIN);
        assertThat(Parameter.fromKey("nope")).isEmpty();
    }

    // ---------------------------------------------------------------- severities

    @Test
    void severity_overrideOfAnimationToErrorMakesTheVerdictNonCompliant() {
        TestPoles.Draft pole = compliantPole().withAnimator(UNIVERSITE);

        assertThat(charte(pole, Checks.OPTIONS)).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS)
                .rule("CH-ANIMATION").failed().withSeverity(Severity.WARNING);
        assertThat(charte(pole, options().severity("CH-ANIMATION", Severity.ERROR).build()))
                .hasVerdict(Verdict.NON_COMPLIANT)
                .rule("CH-ANIMATION").failed().withSeverity(Severity.ERROR);
    }

    @Test
    void severity_overrideToInfoKeepsAFailureFromTheVerdict() {
        TestPoles.Draft pole = compliantPole().withAnimator(UNIVERSITE);

        assertThat(charte(pole, options().severity("CH-ANIMATION", Severity.INFO).build()))
                .hasVerdict(Verdict.COMPLIANT)
                .rule("CH-ANIMATION").failed().withSeverity(Severity.INFO);
    }

    @Test
    void severity_overrideAppliesToPassedRulesToo() {
        assertThat(charte(compliantPole(), options().severity("CH-ANIMATION", Severity.ERROR).build()))
                .rule("CH-ANIMATION").passed().withSeverity(Severity.ERROR);
    }

    @Test
    void severity_rejectsAnUnknownRuleId() {
        assertThatThrownBy(() -> CheckOptions.builder().severity("CH-NOPE", Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CH-NOPE");
    }

    // ---------------------------------------------------------------- options themselves

    @Test
    void options_areValuesAndToBuilderCopiesThem() {
        CheckOptions a = CheckOptions.builder().asOf(TestPoles.AS_OF).language(Language.EN)
                .parameter(Parameter.ESS_VOTE_SHARE_MIN, 0.6).severity("CH-ANIMATION", Severity.ERROR).build();

        assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.toBuilder().language(Language.FR).build()).isNotEqualTo(a);
        assertThat(CheckOptions.defaults().asOf()).isNull();
        assertThat(CheckOptions.defaults().language()).isEqualTo(Language.FR);
        assertThat(CheckOptions.defaults().validate()).isTrue();
    }

    @Test
    void asOf_decidesWhichMembersAreActive() {
        TestPoles.Draft pole = compliantPole().with(imprimerie().leftOn(LocalDate.of(2024, 1, 1)));
        Referential d3 = Referential.DECRET_2015_431_ART3;

        assertThat(CHECKER.check(pole.build(), d3, options().asOf(LocalDate.of(2023, 12, 31)).build()))
                .rule("D3-NON-ESS-ENTERPRISE").passed();
        assertThat(CHECKER.check(pole.build(), d3, options().asOf(LocalDate.of(2024, 1, 1)).build()))
                .rule("D3-NON-ESS-ENTERPRISE").failed();
    }

    @Test
    void asOf_isReportedAndDefaultsToToday() {
        assertThat(Checks.check(compliantPole().build(), Referential.CHARTE_LABO_ESS).asOf()).isEqualTo(TestPoles.AS_OF);
        assertThat(CHECKER.check(compliantPole().build(), Referential.CHARTE_LABO_ESS).asOf())
                .isEqualTo(LocalDate.now());
    }

    // ---------------------------------------------------------------- checkAll and input errors

    @Test
    void checkAll_returnsThreeReportsInReferentialOrder() {
        List<ComplianceReport> reports = CHECKER.checkAll(compliantPole().build(), Checks.OPTIONS);

        assertThat(reports).extracting(ComplianceReport::referential)
                .containsExactly("LOI-2014-856-ART9", "DECRET-2015-431-ART3", "CHARTE-LABO-ESS");
        assertThat(reports).allSatisfy(r -> assertThat(r.pole()).isEqualTo("poles-gresilles"));
    }

    @Test
    void checkAll_givesTheSameReportsAsSeparateChecks() {
        Pole pole = compliantPole().withAnimator(IMPRIMERIE).withoutTerritory().build();
        List<ComplianceReport> all = CHECKER.checkAll(pole, Checks.OPTIONS);

        List<Referential> referentials = RuleCatalogue.standard().referentials();
        assertThat(all).hasSameSizeAs(referentials);
        for (int i = 0; i < referentials.size(); i++) {
            assertThat(all.get(i)).isEqualTo(CHECKER.check(pole, referentials.get(i), Checks.OPTIONS));
        }
    }

    @Test
    void check_rejectsAnEmptySetOfReferentials() {
        assertThatThrownBy(() -> CHECKER.check(compliantPole().build(), Set.of(), Checks.OPTIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidPole_danglingAnimatorGivesAPoleFormatExceptionWithThePath() {
        Pole pole = compliantPole().withAnimator("personne").build();

        PoleFormatException e = catchThrowableOfType(PoleFormatException.class,
                () -> CHECKER.check(pole, Referential.CHARTE_LABO_ESS, Checks.OPTIONS));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.governance.animator");
    }

    @Test
    void invalidPole_danglingSeatGivesAPoleFormatExceptionWithThePath() {
        Pole pole = compliantPole().withBoardSeats(seat(COURSIVE, 1), seat("fantome", 1)).build();

        PoleFormatException e = catchThrowableOfType(PoleFormatException.class, () -> CHECKER.checkAll(pole, Checks.OPTIONS));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.governance.bodies[0].seats[1].member");
        assertThat(e.getMessage()).contains("$.governance.bodies[0].seats[1].member");
    }

    static Stream<Arguments> danglingReferences() {
        return Stream.of(
                Arguments.of("a cooperation with an unknown member",
                        compliantPole().andCooperation(TestPoles.cooperation("c", CooperationType.PREMISES,
                                COURSIVE, "inconnu")), "$.cooperations[2].members[1]"),
                Arguments.of("a project with an unknown member",
                        compliantPole().withProjects(new Project("p", "p",
                                List.of(Innovation.SOCIAL), List.of(COURSIVE, "inconnu"))),
                        "$.projects[0].members[1]"),
                Arguments.of("an unknown carrier",
                        compliantPole().withCarrier("inconnu"), "$.carrier"),
                Arguments.of("an unknown animator",
                        compliantPole().withAnimator("inconnu"), "$.governance.animator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("danglingReferences")
    void invalidPole_givesAPoleFormatExceptionWithThePathBeforeAnyRuleRuns(String name, TestPoles.Draft draft,
                                                                           String path) {
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class,
                () -> CHECKER.checkAll(draft.build(), Checks.OPTIONS));

        assertThat(e).as(name).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly(path);
    }

    @Test
    void invalidPole_duplicateMemberIdIsReportedAtItsPath() {
        Pole base = compliantPole().build();
        List<Member> members = new ArrayList<>(base.memberList());
        members.add(TestPoles.sarl(COURSIVE).build());
        Pole pole = new Pole(1, base.id(), base.name(), base.legalCategory(), base.carrier(), null, base.territory(),
                base.aims(), members, base.governance(), base.cooperations(), base.projects(), base.stateSupport());

        PoleFormatException e = catchThrowableOfType(PoleFormatException.class,
                () -> CHECKER.check(pole, Referential.LOI_2014_856_ART9, Checks.OPTIONS));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.members[7].id");
    }

    @Test
    void invalidPole_withoutMembersIsAFormatError() {
        Pole base = compliantPole().build();
        Pole pole = new Pole(1, base.id(), base.name(), base.legalCategory(), null, null, base.territory(), base.aims(),
                null, null, List.of(), List.of(), List.of());

        PoleFormatException e = catchThrowableOfType(PoleFormatException.class,
                () -> CHECKER.check(pole, Referential.LOI_2014_856_ART9, Checks.OPTIONS));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).contains("$.members");
    }

    @Test
    void trustedInput_skipsValidation() {
        Pole pole = compliantPole().with(imprimerie().commune("99999")).build();

        assertThatThrownBy(() -> CHECKER.check(pole, Referential.CHARTE_LABO_ESS, Checks.OPTIONS))
                .isInstanceOf(PoleFormatException.class);
        assertThat(CHECKER.check(pole, Referential.CHARTE_LABO_ESS, options().trustedInput().build()))
                .rule("CH-TERRITORIAL-ANCHORING").passed().withMessageContaining("6 personnes morales membres sur 7");
    }

    @Test
    void invalidPole_everyProblemIsListed() {
        Pole pole = compliantPole().withCarrier("personne").with(imprimerie().commune("99999")).build();

        PoleFormatException e = catchThrowableOfType(PoleFormatException.class,
                () -> CHECKER.check(pole, Referential.LOI_2014_856_ART9, Checks.OPTIONS));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).contains("$.carrier", "$.members[3].commune");
    }
}
