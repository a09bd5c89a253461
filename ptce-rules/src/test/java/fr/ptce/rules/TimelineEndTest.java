package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a timeline's last period is open or ends on the timeline's end; rules that stop failing; endless cooperations. */
class TimelineEndTest {
    /** A pole without any dated input. */
    private static final Pole UNDATED = Pole.builder("nu", "Nu")
            .member(Member.builder("a", "A").legalCategory("9220")).build();

    private static Timeline timeline(LocalDate from, LocalDate to, Referential referential) {
        List<Timeline> timelines = Checks.checker().timeline(UNDATED, from, to, referential);
        assertThat(timelines).hasSize(1);
        return timelines.get(0);
    }

    @Test
    void aTimelineEndingBeforeItsTextComesIntoForceEndsItsLastPeriodOnItsEnd() {
        LocalDate end = LocalDate.of(2014, 1, 1);
        Timeline t = timeline(LocalDate.of(2013, 1, 1), end, Referential.LOI_2014_856_ART9);
        assertThat(t.periods()).singleElement().satisfies(p -> {
            assertThat(p.verdict()).isEqualTo(Verdict.NOT_IN_FORCE);
            assertThat(p.to()).isEqualTo(end);
        });
    }

    @Test
    void aTimelineOfAnUndatedPoleAfterItsTextIsInForceEndsOpen() {
        Timeline t = timeline(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1), Referential.LOI_2014_856_ART9);
        assertThat(t.periods()).singleElement().satisfies(p -> assertThat(p.to()).isNull());
    }

    @Test
    void aRuleThatStopsFailingIsNamedInThePeriodItStops() {
        LocalDate joined = LocalDate.of(2021, 6, 30);
        Pole pole = TestPoles.compliantPole().with(TestPoles.imprimerie().joinedOn(joined)).build();
        Timeline t = Checks.checker().timeline(pole, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1),
                Referential.DECRET_2015_431_ART3).get(0);
        assertThat(t.periods()).hasSize(2);
        assertThat(t.periods().get(0).failedRules()).contains("D3-NON-ESS-ENTERPRISE");
        TimelinePeriod after = t.periods().get(1);
        assertThat(after.from()).isEqualTo(joined);
        assertThat(after.stoppedFailing()).contains("D3-NON-ESS-ENTERPRISE");
        assertThat(after.failedRules()).doesNotContain("D3-NON-ESS-ENTERPRISE");
        assertThat(after.startedFailing()).isEmpty();
    }

    @Test
    void aCooperationUntilTheLastRepresentableDayNeverEnds() {
        Pole pole = Pole.builder("p", "P").member(Member.builder("a", "A").legalCategory("9220"))
                .member(Member.builder("b", "B").legalCategory("9220"))
                .cooperation(new Cooperation("c", CooperationType.PREMISES, List.of("a", "b"), LocalDate.of(2020, 1, 1),
                        LocalDate.MAX, null))
                .build();
        assertThat(TimelineChange.of(pole)).extracting(TimelineChange::kind)
                .containsExactly(TimelineChange.Kind.COOPERATION_STARTED);
    }
}
