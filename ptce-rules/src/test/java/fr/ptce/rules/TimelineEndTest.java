package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.rules.support.Checks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a timeline's last period is open or ends on the timeline's end. */
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
}
