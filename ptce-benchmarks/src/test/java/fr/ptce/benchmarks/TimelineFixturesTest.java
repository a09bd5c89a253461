package fr.ptce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.benchmarks.jmh.TimelineFixtures;
import fr.ptce.model.Pole;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline benchmark measures what it says: valid 15-member poles evaluated on 40 dates. */
class TimelineFixturesTest {
    @Test
    void everyPoleHas15MembersAnd40EvaluatedDatesAndChangesVerdictThroughTime() {
        Pole[] poles = TimelineFixtures.poles(16);
        ComplianceChecker checker = ComplianceChecker.create();

        for (Pole pole : poles) {
            assertThat(pole.memberList()).hasSize(TimelineFixtures.MEMBERS);
            assertThat(TimelineFixtures.evaluatedDates(pole)).isEqualTo(TimelineFixtures.DATES);
        }
        List<Timeline> timelines = checker.timeline(poles[0], TimelineFixtures.FROM, TimelineFixtures.TO);
        assertThat(timelines).hasSize(3);
        assertThat(timelines.get(1).periods()).hasSizeGreaterThan(1);
    }
}
