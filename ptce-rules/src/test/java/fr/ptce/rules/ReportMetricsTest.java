package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleBuilder;
import fr.ptce.model.Seat;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metrics of a report: active members and partners, ESS enterprises, distinct legal persons, the ESS share of the
 * votes (lowest body, and per body), the share of legal persons on the territory, the actor families, the active
 * cooperations.
 */
class ReportMetricsTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

    /** An association in Dijon, a SAS in Paris, the city of Dijon, a citizen; a partner; a member who left. */
    private static PoleBuilder pole() {
        return Pole.builder("pole", "Pôle")
                .territoryOfCommunes(TestPoles.DIJON)
                .member(Member.builder("asso", "Association").legalCategory("9220").commune(TestPoles.DIJON))
                .member(Member.builder("sas", "SAS").legalCategory("5710").commune(TestPoles.PARIS))
                .member(Member.builder("ville", "Ville").legalCategory("7210").commune(TestPoles.DIJON))
                .member(Member.builder("habitante", "Une habitante").naturalPerson(true))
                .member(Member.builder("partenaire", "Partenaire").legalCategory("9220").partner())
                .member(Member.builder("parti", "Parti").legalCategory("9220").commune(TestPoles.DIJON)
                        .leftOn(LONG_AGO))
                .body(new DecisionBody("CA", true, List.of(new Seat("asso", 3), new Seat("sas", 1),
                        new Seat("ville", 1))))
                .body(new DecisionBody("AG", true, List.of(new Seat("asso", 1), new Seat("sas", 2))))
                .body(new DecisionBody("Comité", false, List.of(new Seat("sas", 9))))
                .cooperation("achats", CooperationType.PURCHASING, "asso", "sas")
                .cooperation(new Cooperation("ancienne", CooperationType.PREMISES, List.of("asso", "ville"), null,
                        LONG_AGO, null));
    }

    private static Map<String, Object> metrics(Pole pole) {
        return Checks.check(pole, Referential.CHARTE_LABO_ESS).metrics();
    }

    @Test
    void activeMembersAndPartnersAreCountedApart() {
        Map<String, Object> m = metrics(pole().build());
        assertThat(m).containsEntry("activeMembers", 4).containsEntry("activePartners", 1);
    }

    @Test
    void essEnterprisesAreCountedAmongActiveMembers() {
        assertThat(metrics(pole().build())).containsEntry("essEnterprises", 1);
    }

    @Test
    void legalPersonMembersAreDistinctPersons() {
        assertThat(metrics(pole().build())).containsEntry("legalPersonMembers", 3);
        Pole sameSiren = pole()
                .replaceMember(Member.builder("sas", "SAS").legalCategory("5710").siren("812345676").build())
                .member(Member.builder("sas-lyon", "SAS, Lyon").legalCategory("5710").siren("812345676")).build();
        assertThat(metrics(sameSiren)).containsEntry("legalPersonMembers", 3).containsEntry("activeMembers", 5);
    }

    @Test
    void theEssShareOfTheVotesIsThatOfTheLowestDecisionMakingBodyRoundedToFourDecimals() {
        Map<String, Object> m = metrics(pole().build());
        assertThat(m).containsEntry("essVoteShare", 0.3333);
        assertThat(m.get("essVoteShareByBody")).isEqualTo(Map.of("CA", 0.6, "AG", 0.3333));
    }

    @Test
    void theSeatsOfEntriesThatLeftCountForNothing() {
        Pole pole = pole().clearBodies()
                .body(new DecisionBody("CA", true, List.of(new Seat("asso", 1), new Seat("sas", 1),
                        new Seat("parti", 8))))
                .build();
        assertThat(metrics(pole)).containsEntry("essVoteShare", 0.5);
    }

    @Test
    void withoutBodiesThereIsNoEssShareOfTheVotes() {
        Map<String, Object> m = metrics(pole().clearBodies().build());
        assertThat(m.get("essVoteShare")).isNull();
        assertThat(m.get("essVoteShareByBody")).isEqualTo(Map.of());
    }

    @Test
    void theAnchoredShareIsThatOfLegalPersonsWithAnEntryOnTheTerritory() {
        assertThat(metrics(pole().build())).containsEntry("anchoredShare", 0.6667);
    }

    @Test
    void withoutLegalPersonsThereIsNoAnchoredShare() {
        Pole citizens = Pole.builder("pole", "Pôle").territoryOfCommunes(TestPoles.DIJON)
                .member(Member.builder("habitante", "Une habitante").naturalPerson(true))
                .member(Member.builder("habitant", "Un habitant").naturalPerson(true)).build();
        assertThat(metrics(citizens)).containsEntry("anchoredShare", null).containsEntry("legalPersonMembers", 0);
    }

    @Test
    void withoutTerritoryThereIsNoAnchoredShare() {
        assertThat(metrics(pole().territory(null).build()).get("anchoredShare")).isNull();
    }

    @Test
    void theActorFamiliesAreThoseOfActiveConstituentsSorted() {
        assertThat(metrics(pole().build()).get("actorFamilies"))
                .isEqualTo(List.of("CITIZEN", "ESS_ENTERPRISE", "LOCAL_AUTHORITY", "NON_ESS_ENTERPRISE"));
    }

    @Test
    void onlyCooperationsActiveOnTheDateAreCounted() {
        assertThat(metrics(pole().build())).containsEntry("activeCooperations", 1);
    }
}
