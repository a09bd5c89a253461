package fr.ptce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which State support counts on a date, and which programmes are State PTCE calls. */
class StateSupportTest {
    private static final LocalDate D = LocalDate.of(2015, 6, 30);

    @Test
    void supportDecidedOnOrBeforeTheDateIsDecidedByThen() {
        assertThat(support(2015, LocalDate.of(2015, 6, 30)).isDecidedBy(D)).isTrue();
        assertThat(support(2015, LocalDate.of(2015, 1, 15)).isDecidedBy(D)).isTrue();
    }

    @Test
    void supportDecidedAfterTheDateIsNotDecidedByThenEvenInTheSameYear() {
        assertThat(support(2015, LocalDate.of(2015, 7, 1)).isDecidedBy(D)).isFalse();
    }

    @Test
    void decisionDateWinsOverTheYear() {
        assertThat(support(2014, LocalDate.of(2016, 1, 10)).isDecidedBy(D)).isFalse();
        assertThat(support(2016, LocalDate.of(2015, 1, 10)).isDecidedBy(D)).isTrue();
    }

    @Test
    void withoutDecisionDateTheYearDecides() {
        assertThat(support(2015, null).isDecidedBy(D)).isTrue();
        assertThat(support(2016, null).isDecidedBy(D)).isFalse();
    }

    @Test
    void withNeitherDecisionDateNorYearSupportIsAlwaysDecided() {
        assertThat(support(null, null).isDecidedBy(LocalDate.of(1990, 1, 1))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAP-PTCE-2013", "AAP-PTCE-2015"})
    void callForProjectsIsAStatePtceCall(String programme) {
        StateSupport support = new StateSupport(programme, null, null);

        assertThat(support.isCallForProjects()).isTrue();
        assertThat(support.isStatePtceCall()).isTrue();
    }

    @Test
    void callForExpressionsOfInterestIsAStatePtceCallButNotACallForProjects() {
        StateSupport support = new StateSupport("AMI-PTCE-2021", 2021, null);

        assertThat(support.isCallForProjects()).isFalse();
        assertThat(support.isStatePtceCall()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Région Bourgogne-Franche-Comté", "aap-ptce-2013", "PTCE-2013"})
    void otherProgrammeIsNoStatePtceCall(String programme) {
        StateSupport support = new StateSupport(programme, null, null);

        assertThat(support.isCallForProjects()).isFalse();
        assertThat(support.isStatePtceCall()).isFalse();
    }

    @Test
    void supportWithoutDecisionDateHasNone() {
        assertThat(new StateSupport("AAP-PTCE-2013", 2014, new BigDecimal("100000")).decidedOn()).isNull();
    }

    private static StateSupport support(Integer year, LocalDate decidedOn) {
        return new StateSupport("AAP-PTCE-2015", year, null, decidedOn);
    }
}
