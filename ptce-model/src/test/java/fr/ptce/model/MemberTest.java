package fr.ptce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An entry's relation and the days it is active. */
class MemberTest {
    private static final LocalDate D = LocalDate.of(2024, 6, 1);

    @Test
    void anEntryWithoutRelationIsAMember() {
        assertThat(Member.builder("a", "A").build().relationOrDefault()).isEqualTo(Relation.MEMBER);
    }

    @Test
    void aPartnerKeepsItsRelation() {
        assertThat(Member.builder("a", "A").partner().build().relationOrDefault()).isEqualTo(Relation.PARTNER);
    }

    @Test
    void anEntryWithoutDatesIsAlwaysActive() {
        Member m = Member.builder("a", "A").build();
        assertThat(m.isActiveOn(LocalDate.MIN)).isTrue();
        assertThat(m.isActiveOn(LocalDate.MAX)).isTrue();
    }

    @Test
    void anEntryIsActiveFromTheDayItJoins() {
        Member m = Member.builder("a", "A").joinedOn(D).build();
        assertThat(m.isActiveOn(D.minusDays(1))).isFalse();
        assertThat(m.isActiveOn(D)).isTrue();
        assertThat(m.isActiveOn(D.plusYears(10))).isTrue();
    }

    @Test
    void anEntryIsNoLongerActiveOnTheDayItLeaves() {
        Member m = Member.builder("a", "A").leftOn(D).build();
        assertThat(m.isActiveOn(D.minusYears(10))).isTrue();
        assertThat(m.isActiveOn(D.minusDays(1))).isTrue();
        assertThat(m.isActiveOn(D)).isFalse();
    }

    @Test
    void anEntryIsActiveBetweenJoiningAndLeaving() {
        Member m = Member.builder("a", "A").joinedOn(D).leftOn(D.plusDays(2)).build();
        assertThat(m.isActiveOn(D.plusDays(1))).isTrue();
        assertThat(m.isActiveOn(D.plusDays(2))).isFalse();
        assertThat(m.isActiveOn(D.minusDays(1))).isFalse();
    }
}
