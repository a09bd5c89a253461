package fr.ptce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Yes-or-no declarations count only when they say yes: a missing answer is no. */
class DeclarationsTest {

    @Test
    void aBodyTakesDecisionsOnlyWhenItSaysSo() {
        assertThat(new DecisionBody("CA", true, List.of()).takesDecisions()).isTrue();
        assertThat(new DecisionBody("CA", false, List.of()).takesDecisions()).isFalse();
        assertThat(new DecisionBody("CA", null, List.of()).takesDecisions()).isFalse();
    }

    @Test
    void aPoleDeclaresSustainableLocalDevelopmentOnlyWhenItSaysSo() {
        assertThat(new Aims(true, null).declaresSustainableLocalDevelopment()).isTrue();
        assertThat(new Aims(false, null).declaresSustainableLocalDevelopment()).isFalse();
        assertThat(new Aims(null, "summary").declaresSustainableLocalDevelopment()).isFalse();
    }

    @Test
    void aSeatWithoutVotesHasOne() {
        assertThat(new Seat("a", null).votesOrDefault()).isEqualTo(1);
        assertThat(new Seat("a", 3).votesOrDefault()).isEqualTo(3);
    }

    @Test
    void removingAMemberFromABuilderRemovesThatEntryOnly() {
        Pole pole = Pole.builder("p", "P").member(Member.builder("a", "A")).member(Member.builder("b", "B"))
                .removeMember("a").build();
        assertThat(pole.memberList()).extracting(Member::id).containsExactly("b");
    }
}
