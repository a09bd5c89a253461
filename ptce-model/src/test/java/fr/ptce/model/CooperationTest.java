package fr.ptce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The days a cooperation is active: from {@code since} to {@code until}, both included. */
class CooperationTest {
    private static final LocalDate D = LocalDate.of(2024, 6, 1);

    private static Cooperation between(LocalDate since, LocalDate until) {
        return new Cooperation("c", CooperationType.PREMISES, List.of("a", "b"), since, until, null);
    }

    @Test
    void aCooperationWithoutDatesIsAlwaysActive() {
        assertThat(between(null, null).isActiveOn(LocalDate.MIN)).isTrue();
        assertThat(between(null, null).isActiveOn(LocalDate.MAX)).isTrue();
    }

    @Test
    void aCooperationIsActiveFromItsFirstDay() {
        assertThat(between(D, null).isActiveOn(D.minusDays(1))).isFalse();
        assertThat(between(D, null).isActiveOn(D)).isTrue();
        assertThat(between(D, null).isActiveOn(D.plusDays(1))).isTrue();
    }

    @Test
    void aCooperationIsActiveUntilItsLastDayIncluded() {
        assertThat(between(null, D).isActiveOn(D.minusDays(1))).isTrue();
        assertThat(between(null, D).isActiveOn(D)).isTrue();
        assertThat(between(null, D).isActiveOn(D.plusDays(1))).isFalse();
    }

    @Test
    void aCooperationOfOneDayIsActiveThatDayOnly() {
        assertThat(between(D, D).isActiveOn(D)).isTrue();
        assertThat(between(D, D).isActiveOn(D.plusDays(1))).isFalse();
        assertThat(between(D, D).isActiveOn(D.minusDays(1))).isFalse();
    }
}
