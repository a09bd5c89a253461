package fr.ptce.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.ptce.model.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which entries of a pole are one person: the State's services, and entries sharing a SIREN (rules-v2). */
class PersonIdentitiesTest {
    private static final String MINISTRY = "7113";
    private static final String PREFECTURE = "7172";
    private static final String SAS = "5710";
    private static final String ASSOCIATION = "9220";

    private static Member entry(String id, String legalCategory, String siren) {
        return Member.builder(id, id).legalCategory(legalCategory).siren(siren).build();
    }

    private static Map<String, String> of(Member... members) {
        return PersonIdentities.of(Arrays.asList(members));
    }

    @Test
    void anEntryWithoutSirenIsAPersonOfItsOwn() {
        assertThat(of(entry("a", ASSOCIATION, null), entry("b", ASSOCIATION, null)))
                .containsExactly(Map.entry("a", "entry:a"), Map.entry("b", "entry:b"));
    }

    @Test
    void entriesSharingASirenAreOnePersonNamedBySiren() {
        assertThat(of(entry("a", SAS, "123456789"), entry("b", SAS, "123456789"), entry("c", SAS, "987654321")))
                .containsExactly(Map.entry("a", "siren:123456789"), Map.entry("b", "siren:123456789"),
                        Map.entry("c", "siren:987654321"));
    }

    @Test
    void everyServiceOfTheStateIsTheState() {
        assertThat(of(entry("ministry", MINISTRY, null), entry("prefecture", PREFECTURE, "130000001")))
                .containsExactly(Map.entry("ministry", MemberClassifier.STATE),
                        Map.entry("prefecture", MemberClassifier.STATE));
    }

    @Test
    void anEntrySharingItsSirenWithAServiceOfTheStateListedBeforeItIsTheState() {
        assertThat(of(entry("prefecture", PREFECTURE, "130000001"), entry("office", ASSOCIATION, "130000001")))
                .containsEntry("office", MemberClassifier.STATE);
    }

    @Test
    void anEntrySharingItsSirenWithAServiceOfTheStateListedAfterItIsTheState() {
        assertThat(of(entry("office", ASSOCIATION, "130000001"), entry("prefecture", PREFECTURE, "130000001")))
                .containsEntry("office", MemberClassifier.STATE);
    }

    @Test
    void oneStateServiceJoinsTwoSirensIntoTheState() {
        assertThat(of(entry("a", SAS, "111111111"), entry("b", SAS, "222222222"),
                entry("ministry", MINISTRY, "111111111"), entry("c", SAS, "222222222"),
                entry("prefecture", PREFECTURE, "222222222")))
                .containsOnlyKeys("a", "b", "ministry", "c", "prefecture")
                .allSatisfy((id, person) -> assertThat(person).isEqualTo(MemberClassifier.STATE));
    }

    @Test
    void aLongChainOfSharedSirensIsStillOnePerson() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(entry("e" + i, SAS, "00000000" + i));
            members.add(entry("f" + i, SAS, "00000000" + i));
        }
        members.add(entry("state" + 0, MINISTRY, "000000000"));
        Map<String, String> persons = PersonIdentities.of(members);
        assertThat(persons.get("e0")).isEqualTo(MemberClassifier.STATE).isEqualTo(persons.get("f0"));
        assertThat(persons.get("e5")).isEqualTo("siren:000000005").isEqualTo(persons.get("f5"));
    }

    @Test
    void aNaturalPersonIsNeverJoinedThroughASiren() {
        Member citizen = Member.builder("h", "Une habitante").naturalPerson(true).siren("123456789").build();
        assertThat(of(citizen, entry("a", SAS, "123456789")))
                .containsExactly(Map.entry("h", "entry:h"), Map.entry("a", "siren:123456789"));
    }

    @Test
    void entriesWithoutIdAndMissingEntriesAreLeftOut() {
        List<Member> members = new ArrayList<>();
        members.add(null);
        members.add(entry(null, SAS, "123456789"));
        members.add(entry("a", ASSOCIATION, null));
        assertThat(PersonIdentities.of(members)).containsExactly(Map.entry("a", "entry:a"));
    }

    @Test
    void theClassifierTellsTheSameIdentityForAnEntryAlone() {
        for (Member m : List.of(entry("a", SAS, "123456789"), entry("b", ASSOCIATION, null),
                entry("c", MINISTRY, "130000001"))) {
            assertThat(PersonIdentities.of(List.of(m))).containsEntry(m.id(), MemberClassifier.person(m));
        }
    }

    @Test
    void twoEntriesOfOneIdAreOnePerson() { // invalid input (validation rejects it), read as the one node it names
        // the node "x" joins both SIRENs, so "b", which shares only the second, is the same person as "x"
        assertThat(of(entry("x", SAS, "111111111"), entry("x", SAS, "222222222"), entry("b", SAS, "222222222")))
                .containsExactly(Map.entry("x", "siren:111111111"), Map.entry("b", "siren:111111111"));
    }

    @Test
    void theDirectReadingGivesTheSamePersonsAsTheUnionOfEntriesStateAndSirens() {
        // entries drawn from few SIRENs and categories, so that SIRENs are shared and State services join them
        String[] categories = {MINISTRY, PREFECTURE, SAS, ASSOCIATION, null};
        qt().forAll(lists().of(integers().between(0, 4 * 4 * 2 - 1)).ofSizeBetween(0, 12))
                .checkAssert(codes -> {
                    List<Member> members = new ArrayList<>();
                    for (int i = 0; i < codes.size(); i++) {
                        int c = codes.get(i);
                        String siren = c % 4 == 0 ? null : "00000000" + (c % 4);
                        Member m = (c / 16) == 1 ? Member.builder("e" + i, "e" + i).naturalPerson(true).siren(siren).build()
                                : entry("e" + i, categories[(c / 4) % 4], siren);
                        members.add(m);
                    }
                    assertThat(PersonIdentities.of(members)).containsExactlyEntriesOf(PersonIdentities.joined(members));
                });
    }
}
