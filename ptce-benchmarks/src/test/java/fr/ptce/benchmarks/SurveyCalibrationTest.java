package fr.ptce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.ptce.report.PoleSurvey;
import fr.ptce.report.SurveyReport;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The survey of 10,000 calibrated generated poles gives back the generator's calibration shares (the Labo de l'ESS
 * survey figures, {@link PoleGenerator}), each within 2 points. The poles are surveyed as of the generator's own
 * profile date, the date it chooses carriers and animators as of.
 */
class SurveyCalibrationTest {
    private static final double TOLERANCE = 0.02; // 2 points
    private static SurveyReport survey;

    @BeforeAll
    static void survey() {
        PoleSurvey s = PoleSurvey.create(ComplianceChecker.create(),
                CheckOptions.builder().asOf(PoleGenerator.PROFILE_DATE).trustedInput().build());
        PoleGenerator generator = new PoleGenerator(2017);
        survey = s.run(java.util.stream.IntStream.range(0, 10_000).iterator(), generator::pole, 2,
                new PoleSurvey.Listener<Integer>() { });
        System.out.println("survey of 10,000 calibrated poles: " + survey.indicators());
    }

    private static double share(String id) {
        return survey.indicator(id).orElseThrow().share().orElseThrow();
    }

    @Test
    void everyGeneratedPoleIsCountedAndNoneIsBroken() {
        assertThat(survey.poles()).isEqualTo(10_000);
        assertThat(survey.brokenFiles()).isEmpty();
    }

    @Test
    void associationsAre57PercentOfTheEntries() {
        assertThat(share("members-associations")).isCloseTo(0.57, within(TOLERANCE));
    }

    @Test
    void twoThirdsOfTheOrganisationsWithAHeadcountAreUnder10Employees() {
        assertThat(share("members-under-10-employees")).isCloseTo(2.0 / 3, within(TOLERANCE));
    }

    @Test
    void cooperationTypesArePractisedByTheSurveyShareOfPoles() {
        assertThat(share("cooperation-knowledge")).as("knowledge").isCloseTo(0.79, within(TOLERANCE));
        assertThat(share("cooperation-premises")).as("premises").isCloseTo(0.58, within(TOLERANCE));
        assertThat(share("cooperation-equipment")).as("equipment").isCloseTo(0.44, within(TOLERANCE));
        assertThat(share("cooperation-financial")).as("financial").isCloseTo(0.27, within(TOLERANCE));
        assertThat(share("cooperation-communication")).as("communication").isCloseTo(0.02, within(TOLERANCE));
    }

    @Test
    void seventyNinePercentOfThePolesLieWithinOneDepartement() {
        assertThat(share("territory-within-one-departement")).isCloseTo(0.79, within(TOLERANCE));
    }

    @Test
    void theMedianPoleHasAboutElevenEntries() {
        // the generator draws the number of entries of members[] (median 11); the survey counts active members,
        // without partners, entries that left and the pole's own legal entity, so its median is a little lower
        assertThat(survey.sizes().median()).isBetween(8, 11);
        assertThat(survey.sizes().q1()).isLessThan(survey.sizes().median());
        assertThat(survey.sizes().q3()).isGreaterThan(survey.sizes().median());
    }
}
