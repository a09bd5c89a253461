package fr.ptce.rules.facts;

import static fr.ptce.rules.facts.FactsTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Role;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Triples of distinct persons (ART9-LINKED-PARTNER, D3-THREE-LEGAL-PERSONS) and the anchoring count. */
class PersonsTest {
    private static final Set<ActorFamily> NONE = Set.of();

    private static MemberFact ess(String id, int index, String person) {
        return entry(id, index, person, true, false, true, NONE);
    }

    private static MemberFact nonEss(String id, int index, String person) {
        return entry(id, index, person, false, true, true, NONE);
    }

    private static MemberFact other(String id, int index, String person) {
        return entry(id, index, person, false, false, true, NONE);
    }

    private static MemberFact located(String id, String person, boolean located) {
        return entry(id, 0, person, false, false, located, NONE);
    }

    private static MemberFact grouping(String id, int index, String person) {
        return new MemberFact(id, index, true, true, person, true, false, EssStatus.NOT_ESS, false, false, true,
                false, false, true, true, null, false, false, false, NONE, Set.of(Role.OTHER));
    }

    @Test
    void theTripleIsAnEssEnterpriseANonEssEnterpriseAndAnyThirdPerson() {
        assertThat(Persons.linkedPartnerTriple(List.of(ess("a", 0, "p1"), nonEss("b", 1, "p2"), other("c", 2, "p3"))))
                .containsExactly("a", "b", "c");
    }

    @Test
    void twoPersonsMakeNoTripleHoweverManyTheirEntries() {
        assertThat(Persons.linkedPartnerTriple(List.of(ess("a", 0, "p1"), nonEss("b", 1, "p2"), other("c", 2, "p2"),
                other("d", 3, "p1")))).isEmpty();
    }

    @Test
    void withoutANonEssEnterpriseThereIsNoTriple() {
        assertThat(Persons.linkedPartnerTriple(List.of(ess("a", 0, "p1"), other("b", 1, "p2"), other("c", 2, "p3"))))
                .isEmpty();
    }

    @Test
    void withoutAnEssEnterpriseThereIsNoTriple() {
        assertThat(Persons.linkedPartnerTriple(List.of(nonEss("a", 0, "p1"), other("b", 1, "p2"), other("c", 2, "p3"))))
                .isEmpty();
    }

    @Test
    void theTripleFollowsTheOrderOfMembersNotThatOfThePool() {
        assertThat(Persons.linkedPartnerTriple(List.of(other("c", 5, "p3"), nonEss("b", 3, "p2"), ess("a", 1, "p1"),
                other("d", 0, "p4")))).containsExactly("a", "b", "d");
    }

    @Test
    void aNonEssEntryOfTheEssEnterprisesPersonIsNotItsB() {
        assertThat(Persons.linkedPartnerTriple(List.of(ess("a", 0, "p1"), nonEss("a2", 1, "p1"), nonEss("b", 2, "p2"),
                other("c", 3, "p3")))).containsExactly("a", "b", "c");
    }

    @Test
    void theThirdPersonIsNeitherAsNorBs() {
        assertThat(Persons.linkedPartnerTriple(List.of(ess("a", 0, "p1"), other("a2", 1, "p1"), nonEss("b", 2, "p2"),
                other("b2", 3, "p2"), other("c", 4, "p3")))).containsExactly("a", "b", "c");
    }

    @Test
    void aLaterEssEnterpriseMakesTheTripleWhenTheFirstIsTheOnlyNonEssEnterprisesPerson() {
        assertThat(Persons.linkedPartnerTriple(List.of(ess("a", 0, "p1"), nonEss("b", 1, "p1"), ess("c", 2, "p2"),
                other("d", 3, "p3")))).containsExactly("c", "b", "d");
    }

    @Test
    void aGroupingWithANonEssMajorityIsABForThreeLegalPersonsOnly() {
        List<MemberFact> pool = List.of(ess("a", 0, "p1"), grouping("g", 1, "p2"), other("c", 2, "p3"));
        assertThat(Persons.threeLegalPersonsTriple(pool)).containsExactly("a", "g", "c");
        assertThat(Persons.linkedPartnerTriple(pool)).isEmpty();
        assertThat(Persons.threeLegalPersonsTriple(List.of(ess("a", 0, "p1"), nonEss("b", 1, "p2"),
                other("c", 2, "p3")))).containsExactly("a", "b", "c");
    }

    @Test
    void aPersonIsAnchoredWhenOneOfItsEntriesIsOnTheTerritory() {
        Persons.Anchoring anchoring = Persons.anchoring(List.of(located("a", "p1", false), located("a2", "p1", true),
                located("b", "p2", false), located("c", "p3", true), located("b2", "p2", false)));
        assertThat(anchoring.persons()).isEqualTo(3);
        assertThat(anchoring.anchored()).isEqualTo(2);
        assertThat(anchoring.outside()).containsExactly("b", "b2");
    }

    @Test
    void noEntryMeansNoPerson() {
        Persons.Anchoring anchoring = Persons.anchoring(List.of());
        assertThat(anchoring.persons()).isZero();
        assertThat(anchoring.anchored()).isZero();
        assertThat(anchoring.outside()).isEmpty();
    }
}
