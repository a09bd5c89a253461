package fr.ptce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleBuilder;
import fr.ptce.model.Role;
import fr.ptce.model.Seat;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Territory;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The oracle on hand-made poles at the boundaries docs/interpretations.md settles, so that it is checked against the
 * catalogue itself and not only against Drools.
 */
class ReferenceCheckerTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private final ReferenceChecker oracle = new ReferenceChecker();

    /** Dijon (21231) in Dijon Métropole (242100410): an association, a SCOP, a SARL, the commune; all rules pass. */
    private static PoleBuilder base() {
        return Pole.builder("base", "Base").legalCategory("9220").carrier("asso")
                .territory(new Territory(null, null, List.of("242100410"), null, null))
                .sustainableLocalDevelopment(true)
                .member(Member.builder("asso", "Asso").legalCategory("9220").commune("21231"))
                .member(Member.builder("scop", "SCOP").legalCategory("5458").commune("21231"))
                .member(Member.builder("sarl", "SARL").legalCategory("5499").commune("21231"))
                .member(Member.builder("ville", "Ville").legalCategory("7210").commune("21231"))
                .animator("asso")
                .body(new DecisionBody("CA", true, List.of(new Seat("asso", 1), new Seat("scop", 1), new Seat("sarl", 1))))
                .cooperation("locaux", CooperationType.PREMISES, "asso", "sarl")
                .project("p", List.of(Innovation.SOCIAL), "asso");
    }

    private Map<String, Outcome> check(Pole pole) {
        assertThat(PoleValidator.create().validate(pole)).isEmpty();
        return oracle.check(pole, AS_OF);
    }

    @Test
    void theBasePolePassesEveryRule() {
        Map<String, Outcome> out = check(base().build());
        assertThat(out.keySet()).containsExactlyElementsOf(ReferenceChecker.RULE_IDS);
        assertThat(out).allSatisfy((rule, outcome) -> assertThat(outcome).as(rule).isEqualTo(Outcome.PASSED));
    }

    @Test
    void essVotesMustBeStrictlyMoreThanHalfInEveryDecisionMakingBody() {
        Pole half = base().clearBodies().body(new DecisionBody("CA", true, List.of(new Seat("asso", 1), new Seat("sarl", 1))))
                .build();
        assertThat(check(half)).containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.FAILED)
                .containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.PASSED);
        Pole noBody = base().clearBodies().body(new DecisionBody("Comité", false, List.of(new Seat("sarl", 1)))).build();
        assertThat(check(noBody)).containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.FAILED)
                .containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-PUBLIC-NOT-DOMINANT", Outcome.NOT_APPLICABLE);
        Pole publicHalf = base().clearBodies().body(new DecisionBody("CA", true,
                List.of(new Seat("asso", 3), new Seat("ville", 3)))).build();
        assertThat(check(publicHalf)).containsEntry("CH-PUBLIC-NOT-DOMINANT", Outcome.PASSED)
                .containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.FAILED);
    }

    @Test
    void seatsOfInactiveMembersAreDropped() {
        Pole pole = base().clearBodies().body(new DecisionBody("CA", true, List.of(new Seat("asso", 1), new Seat("sarl", 1))))
                .replaceMember(Member.builder("sarl", "SARL").legalCategory("5499").commune("21231")
                .leftOn(AS_OF).build()).build(); // left on the as-of date: inactive
        Map<String, Outcome> out = check(pole);
        assertThat(out).containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.FAILED) // asso alone holds every vote
                .containsEntry("CH-REAL-POOLING", Outcome.FAILED)
                .containsEntry("ART9-CONTINUING-STRATEGY", Outcome.FAILED)
                .containsEntry("ART9-ASSOCIATED-ENTERPRISE", Outcome.FAILED);
    }

    @Test
    void aCooperationEndingOnTheAsOfDateIsActive() {
        Pole pole = base().cooperation(new Cooperation("fin", CooperationType.FINANCIAL, List.of("asso", "ville"),
                null, AS_OF, null)).build();
        Pole lapsed = base().cooperation(new Cooperation("fin", CooperationType.FINANCIAL, List.of("asso", "ville"),
                null, AS_OF.minusDays(1), null)).build();
        assertThat(oracle.check(pole, AS_OF)).containsEntry("CH-REAL-POOLING", Outcome.PASSED);
        assertThat(oracle.check(withoutPremises(lapsed), AS_OF)).containsEntry("CH-REAL-POOLING", Outcome.FAILED);
        assertThat(oracle.check(withoutPremises(pole), AS_OF)).containsEntry("CH-REAL-POOLING", Outcome.PASSED);
    }

    private static Pole withoutPremises(Pole p) {
        return new Pole(1, p.id(), p.name(), p.legalCategory(), p.carrier(), p.foundedOn(), p.territory(), p.aims(),
                p.members(), p.governance(), p.cooperations().stream().filter(c -> !c.id().equals("locaux")).toList(),
                p.projects(), p.stateSupport());
    }

    @Test
    void anchoringIsInclusiveAndCountsLegalPersonMembersOnly() {
        PoleBuilder b = base().removeMember("ville").member(Member.builder("cit", "Habitant").naturalPerson(true).commune("75056"));
        assertThat(check(b.build())).containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.PASSED)
                .containsEntry("ART9-MEMBERS-ON-TERRITORY", Outcome.FAILED);
        b.member(Member.builder("far", "Loin").legalCategory("9220").commune("75056")); // 3 of 4 legal persons: 75 %
        assertThat(check(b.build())).containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.PASSED);
        b.member(Member.builder("far2", "Loin 2").legalCategory("9220").commune("75056")); // 3 of 5
        assertThat(check(b.build())).containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.FAILED);
    }

    @Test
    void theLinkedPartnerIsAThirdParty() {
        Pole twoParties = Pole.builder("two", "Two").territoryOfCommunes("21231").sustainableLocalDevelopment(true)
                .member(Member.builder("of", "OF").legalCategory("9220").roles(Role.ENTERPRISE, Role.TRAINING_BODY))
                .member(Member.builder("sarl", "SARL").legalCategory("5499")).build();
        assertThat(check(twoParties)).containsEntry("ART9-LINKED-PARTNER", Outcome.FAILED);
        Pole withCitizen = twoParties.toBuilder().member(Member.builder("cit", "Habitant").naturalPerson(true)).build();
        assertThat(check(withCitizen)).containsEntry("ART9-LINKED-PARTNER", Outcome.PASSED);
        Pole twoEss = twoParties.toBuilder().member(Member.builder("a2", "Asso 2").legalCategory("9220")).build();
        assertThat(check(twoEss)).containsEntry("ART9-LINKED-PARTNER", Outcome.PASSED); // no longer the only ESS
    }

    @Test
    void soleTradersAndGroupings() {
        Pole soleTrader = base().removeMember("sarl").removeMember("scop").clearBodies()
                .member(Member.builder("ei", "EI").legalCategory("1000")).build();
        Pole fixed = new Pole(1, soleTrader.id(), soleTrader.name(), soleTrader.legalCategory(), soleTrader.carrier(),
                null, soleTrader.territory(), soleTrader.aims(), soleTrader.members(), null, List.of(), List.of(),
                List.of());
        assertThat(check(fixed)).containsEntry("ART9-ASSOCIATED-ENTERPRISE", Outcome.PASSED)
                .containsEntry("D3-NON-ESS-ENTERPRISE", Outcome.FAILED)
                .containsEntry("D3-THREE-LEGAL-PERSONS", Outcome.FAILED);
        Pole halfClub = fixed.toBuilder().member(Member.builder("club", "Club").legalCategory("9220")
                .enterpriseGrouping(10, 5)).build();
        assertThat(check(halfClub)).containsEntry("D3-NON-ESS-ENTERPRISE", Outcome.FAILED);
        Pole majorityClub = fixed.toBuilder().member(Member.builder("club", "Club").legalCategory("9220")
                .enterpriseGrouping(10, 6)).build();
        assertThat(check(majorityClub)).containsEntry("D3-NON-ESS-ENTERPRISE", Outcome.PASSED)
                .containsEntry("ART9-ASSOCIATED-ENTERPRISE", Outcome.PASSED);
    }

    @Test
    void carrierAnimatorTerritoryAndSupport() {
        Pole inactiveCarrier = base().replaceMember(Member.builder("asso", "Asso").legalCategory("9220").commune("21231")
                .joinedOn(AS_OF.plusDays(1)).build()).build();
        assertThat(oracle.check(inactiveCarrier, AS_OF)).containsEntry("CH-ESS-CARRIER", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-ANIMATION", Outcome.FAILED);
        Pole noTerritory = base().territory(null).build();
        assertThat(check(noTerritory)).containsEntry("ART9-MEMBERS-ON-TERRITORY", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-TERRITORY-SCALE", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.FAILED)
                .containsEntry("ART9-SAME-TERRITORY", Outcome.FAILED)
                .containsEntry("D3-DELIMITED-TERRITORY", Outcome.FAILED);
        Pole region = base().territory(new Territory(null, null, null, null, List.of("27"))).build();
        assertThat(check(region)).containsEntry("CH-TERRITORY-SCALE", Outcome.FAILED)
                .containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.PASSED);
        Pole supported = base().stateSupport(new StateSupport("AMI-PTCE-2021", 2021, null)).build();
        assertThat(check(supported)).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.FAILED);
        Pole notACall = base().stateSupport(new StateSupport("aap-ptce-2013", 2014, null)).build();
        assertThat(check(notACall)).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.PASSED);
    }

    @Test
    void thresholdsAreComparedExactly() {
        // 7 ESS votes of 10 against 0.7: not strictly more. 3 of 4 anchored against 0.75: enough.
        Pole pole = base().clearBodies().body(new DecisionBody("CA", true,
                List.of(new Seat("asso", 7), new Seat("sarl", 3)))).build();
        assertThat(oracle.check(pole, AS_OF, new Thresholds(0.7, 3, 0.75)))
                .containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.FAILED);
        assertThat(oracle.check(pole, AS_OF, new Thresholds(0.69, 3, 0.75)))
                .containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.PASSED);
        assertThat(oracle.check(pole, AS_OF, new Thresholds(0.5, 4, 1.0)))
                .containsEntry("CH-MULTI-ACTOR", Outcome.FAILED) // ESS, non-ESS, local authority: 3 families
                .containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.PASSED);
    }
}
