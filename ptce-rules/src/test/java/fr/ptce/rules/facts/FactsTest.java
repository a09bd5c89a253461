package fr.ptce.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the rules read from a body's votes and from an entry's facts. */
class FactsTest {

    static MemberFact entry(String id, int index, String person, boolean ess, boolean nonEss, boolean located,
                            Set<ActorFamily> families) {
        return new MemberFact(id, index, true, true, person, true, false,
                ess ? EssStatus.ESS_BY_STATUS : EssStatus.NOT_ESS, ess, nonEss, false, false, false, true, located,
                null, false, false, false, families, EnumSet.of(Role.ENTERPRISE));
    }

    private static MemberFact withSirene(boolean ess, SireneEss flag) {
        return new MemberFact("a", 0, true, true, "entry:a", true, false,
                ess ? EssStatus.ESS_BY_STATUS : EssStatus.NOT_ESS, ess, !ess, false, false, false, true, true, flag,
                false, false, false, Set.of(), Set.of());
    }

    private static BodyFact body(long total, long ess, long pub, long top) {
        return new BodyFact("CA", 0, total, ess, pub, List.of(), top, List.of(), List.of(), List.of());
    }

    @Test
    void aBodyIsDominatedWhenOnePersonHoldsMoreThanHalfTheVotes() {
        assertThat(body(10, 0, 0, 6).dominated()).isTrue();
        assertThat(body(10, 0, 0, 5).dominated()).as("exactly half").isFalse();
        assertThat(body(0, 0, 0, 0).dominated()).as("no votes").isFalse();
    }

    @Test
    void aBodyIsPublicDominatedWhenPublicLawPersonsHoldMoreThanHalfTheVotes() {
        assertThat(body(10, 0, 6, 1).publicDominated()).isTrue();
        assertThat(body(10, 0, 5, 1).publicDominated()).isFalse();
        assertThat(body(0, 0, 0, 0).publicDominated()).isFalse();
    }

    @Test
    void theEssShareOfABodyIsExactAndZeroWithoutVotes() {
        assertThat(body(4, 1, 0, 1).essShare()).isEqualTo(0.25);
        assertThat(body(0, 0, 0, 0).essShare()).isZero();
        assertThat(body(100, 57, 0, 1).essShareAtLeast(0.57)).isTrue();
        assertThat(body(100, 56, 0, 1).essShareAtLeast(0.57)).isFalse();
    }

    @Test
    void theSireneFlagContradictsTheClassificationWhenItSaysTheOpposite() {
        assertThat(withSirene(true, SireneEss.N).sireneMismatch()).isTrue();
        assertThat(withSirene(false, SireneEss.O).sireneMismatch()).isTrue();
        assertThat(withSirene(true, SireneEss.O).sireneMismatch()).isFalse();
        assertThat(withSirene(false, SireneEss.N).sireneMismatch()).isFalse();
        assertThat(withSirene(true, null).sireneMismatch()).isFalse();
        assertThat(withSirene(false, null).sireneMismatch()).isFalse();
    }

    @Test
    void anUnknownEssStatusIsTold() {
        MemberFact unknown = new MemberFact("a", 0, true, true, "entry:a", true, false, EssStatus.UNKNOWN, false,
                false, false, false, false, true, true, null, false, false, false, Set.of(), Set.of());
        assertThat(unknown.essUnknown()).isTrue();
        assertThat(withSirene(true, null).essUnknown()).isFalse();
    }

    @Test
    void aConstituentMemberIsAConstituentWithRelationMember() {
        MemberFact partner = new MemberFact("a", 0, false, true, "entry:a", true, false, EssStatus.NOT_ESS, false,
                false, false, false, false, true, true, null, false, false, false, Set.of(), Set.of());
        MemberFact legalEntity = new MemberFact("a", 0, true, false, "entry:a", true, false, EssStatus.NOT_ESS, false,
                false, false, false, false, true, true, null, false, false, false, Set.of(), Set.of());
        assertThat(withSirene(true, null).constituentMember()).isTrue();
        assertThat(partner.constituentMember()).isFalse();
        assertThat(legalEntity.constituentMember()).isFalse();
    }

    @Test
    void theFamiliesOfEntriesAreTheirUnionAndTheirContributorsThoseWithOne() {
        List<MemberFact> entries = List.of(
                entry("a", 0, "entry:a", true, false, true, EnumSet.of(ActorFamily.ESS_ENTERPRISE)),
                entry("b", 1, "entry:b", false, false, true, EnumSet.noneOf(ActorFamily.class)),
                entry("c", 2, "entry:c", false, false, true,
                        EnumSet.of(ActorFamily.LOCAL_AUTHORITY, ActorFamily.CITIZEN)));
        Set<ActorFamily> union = Families.union(entries);
        assertThat(union).containsExactlyInAnyOrder(ActorFamily.ESS_ENTERPRISE, ActorFamily.LOCAL_AUTHORITY,
                ActorFamily.CITIZEN);
        assertThat(Families.contributors(entries)).containsExactly("a", "c");
        assertThat(Families.names(union)).containsExactly("ESS_ENTERPRISE", "LOCAL_AUTHORITY", "CITIZEN");
    }

    @Test
    void theHoldersOfBodiesAreListedOnceInOrder() {
        List<BodyFact> bodies = List.of(
                new BodyFact("CA", 0, 3, 2, 1, List.of("z", "b"), 2, List.of("b", "z"), List.of("p"), List.of()),
                new BodyFact("AG", 1, 3, 2, 1, List.of("b"), 2, List.of("a", "b"), List.of("q", "p"), List.of()));
        assertThat(Bodies.essHolders(bodies)).containsExactly("a", "b", "z");
        assertThat(Bodies.topEntries(bodies)).containsExactly("b", "z");
        assertThat(Bodies.publicHolders(bodies)).containsExactly("p", "q");
    }
}
