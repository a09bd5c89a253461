package fr.ptce.rules.referentials.chartelaboess;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static fr.ptce.rules.support.TestPoles.AFTER;
import static fr.ptce.rules.support.TestPoles.AS_OF;
import static fr.ptce.rules.support.TestPoles.BEFORE;
import static fr.ptce.rules.support.TestPoles.BOURGOGNE_FRANCHE_COMTE;
import static fr.ptce.rules.support.TestPoles.CHALON;
import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.DIJON;
import static fr.ptce.rules.support.TestPoles.DIJON_METROPOLE;
import static fr.ptce.rules.support.TestPoles.ESS_MEMBERS;
import static fr.ptce.rules.support.TestPoles.GRETA;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.LYON;
import static fr.ptce.rules.support.TestPoles.PARIS;
import static fr.ptce.rules.support.TestPoles.SCIC;
import static fr.ptce.rules.support.TestPoles.UNIVERSITE;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.association;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.cooperation;
import static fr.ptce.rules.support.TestPoles.coursive;
import static fr.ptce.rules.support.TestPoles.greta;
import static fr.ptce.rules.support.TestPoles.imprimerie;
import static fr.ptce.rules.support.TestPoles.project;
import static fr.ptce.rules.support.TestPoles.sarl;
import static fr.ptce.rules.support.TestPoles.seat;
import static fr.ptce.rules.support.TestPoles.stateService;
import static fr.ptce.rules.support.TestPoles.universite;
import static fr.ptce.rules.support.TestPoles.villeDijon;
import static fr.ptce.rules.support.TestPoles.zutique;

import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import org.junit.jupiter.api.extension.RegisterExtension;
import fr.ptce.rules.support.ContractRule;
import fr.ptce.rules.testing.ReferentialCoverage;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import fr.ptce.rules.RuleResult;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Territory;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Referential CHARTE-LABO-ESS (rules version 2): one test per rule and outcome, named after the rule. Every pole is
 * the compliant baseline of {@link TestPoles} with one condition changed, checked as of {@link TestPoles#AS_OF}.
 */
class CharteLaboEssRulesTest {
    private static final ComplianceChecker CHECKER = Checks.checker();

    private static ComplianceReport check(TestPoles.Draft pole) {
        return CHECKER.check(pole.build(), Referential.CHARTE_LABO_ESS, Checks.OPTIONS);
    }

    private static Member metropolePartner() {
        return Member.builder("metropole", "Dijon Métropole").legalCategory("7344").siren(DIJON_METROPOLE).partner()
                .commune(DIJON).build();
    }

    @Nested
    class EssLedGovernance {
        @Test
        void essLedGovernance_passesWithTwoThirdsOfTheVotes() {
            assertThat(check(compliantPole())).rule("CH-ESS-LED-GOVERNANCE").passed()
                    .withEvidence(COURSIVE, ZUTIQUE, SCIC)
                    .withMessageContaining("4 voix ESS sur 6 (66,7 %) dans « Conseil d'administration »")
                    .withoutRemedy();
        }

        @Test
        void essLedGovernance_passesAtExactlyHalfTheVotes() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(IMPRIMERIE, 1), seat(VILLE, 1), seat(UNIVERSITE, 1));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").passed()
                    .withMessageContaining("3 voix ESS sur 6 (50 %)");
        }

        @Test
        void essLedGovernance_failsJustBelowHalfAndAsksForOneMoreVote() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(IMPRIMERIE, 2), seat(VILLE, 1), seat(UNIVERSITE, 1));

            ComplianceReport report = check(pole);

            assertThat(report).rule("CH-ESS-LED-GOVERNANCE").failed()
                    .withMessageContaining("3 voix ESS sur 7 (42,9 %)")
                    .withMessageContaining("il en faut au moins 50 %")
                    .withRemedyContaining("Ajouter 1 voix ESS dans « Conseil d'administration »");
            assertThat(report).hasVerdict(Verdict.NON_COMPLIANT);
        }

        @Test
        void essLedGovernance_passesForAScicWhoseEssCollegeHoldsHalfTheVotes() {
            // a SCIC's collèges hold 10 % to 50 % of the votes each (loi n° 47-1775, art. 19 octies)
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 3), seat(ZUTIQUE, 2),
                    seat(IMPRIMERIE, 3), seat(VILLE, 2));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").passed().withMessageContaining("5 voix ESS sur 10");
        }

        @Test
        void essLedGovernance_failsWithFourEssVotesOfTenAndAsksForTwoMore() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 2), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(IMPRIMERIE, 3), seat(VILLE, 2), seat(UNIVERSITE, 1));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").failed()
                    .withEvidence(COURSIVE, ZUTIQUE, SCIC)
                    .withMessageContaining("4 voix ESS sur 10 (40 %)")
                    .withRemedyContaining("Ajouter 2 voix ESS");
        }

        @Test
        void essLedGovernance_countsTheSeatOfThePolesOwnLegalEntity() {
            TestPoles.Draft pole = compliantPole().withLegalEntity(COURSIVE)
                    .withBoardSeats(seat(COURSIVE, 1), seat(IMPRIMERIE, 1));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").passed().withEvidence(COURSIVE)
                    .withMessageContaining("1 voix ESS sur 2");
        }

        @Test
        void essLedGovernance_failsWithoutDecisionMakingBody() {
            assertThat(check(compliantPole().withoutBodies())).rule("CH-ESS-LED-GOVERNANCE").failed()
                    .withMessageContaining("Aucune instance de décision n'est déclarée")
                    .withRemedyContaining("Déclarer l'instance de décision du pôle et ses sièges");
        }

        @Test
        void essLedGovernance_failsWhenTheOnlyBodyIsNotDecisionMaking() {
            TestPoles.Draft pole = compliantPole().withoutBodies().andBody(new DecisionBody("Comité de pilotage", false,
                    List.of(seat(COURSIVE, 1), seat(ZUTIQUE, 1))));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").failed()
                    .withMessageContaining("Aucune instance de décision n'est déclarée");
        }

        @Test
        void essLedGovernance_failsWhenOneOfTwoDecisionMakingBodiesIsNotEssLed() {
            TestPoles.Draft pole = compliantPole().andBody(new DecisionBody("Assemblée générale", true,
                    List.of(seat(COURSIVE, 1), seat(IMPRIMERIE, 1), seat(VILLE, 1))));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").failed().withEvidence(COURSIVE)
                    .withMessageContaining("1 voix ESS sur 3 (33,3 %) dans « Assemblée générale »")
                    .withRemedyContaining("Ajouter 1 voix ESS dans « Assemblée générale »");
        }

        @Test
        void essLedGovernance_ignoresNonDecisionMakingBodies() {
            TestPoles.Draft pole = compliantPole().andBody(new DecisionBody("Comité de pilotage", false,
                    List.of(seat(VILLE, 5), seat(UNIVERSITE, 5))));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").passed();
        }

        @Test
        void essLedGovernance_failsWhenABodyHasNoActiveSeat() {
            TestPoles.Draft pole = compliantPole().with(association("ancienne").leftOn(BEFORE))
                    .andBody(new DecisionBody("Bureau", true, List.of(seat("ancienne", 1))));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").failed()
                    .withMessageContaining("« Bureau » n'a aucun siège actif")
                    .withRemedyContaining("Déclarer les sièges actifs de « Bureau »");
        }

        @Test
        void essLedGovernance_ignoresTheSeatsOfAMemberWhoLeftBeforeTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().with(imprimerie().leftOn(BEFORE))
                    .withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(IMPRIMERIE, 5));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").passed().withMessageContaining("2 voix ESS sur 2");
        }

        @Test
        void essLedGovernance_countsTheSeatOfAnEssPartner() {
            TestPoles.Draft pole = compliantPole().with(association("asso-partenaire").partner())
                    .withBoardSeats(seat(COURSIVE, 1), seat("asso-partenaire", 1), seat(IMPRIMERIE, 1));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").passed().withEvidence(COURSIVE, "asso-partenaire")
                    .withMessageContaining("2 voix ESS sur 3");
        }

        @Test
        void essLedGovernance_doesNotCountAPublicBodyFlaggedEss() {
            TestPoles.Draft pole = compliantPole().with(villeDijon().sireneEss(SireneEss.O))
                    .withBoardSeats(seat(COURSIVE, 1), seat(VILLE, 2));

            assertThat(check(pole)).rule("CH-ESS-LED-GOVERNANCE").failed().withMessageContaining("1 voix ESS sur 3");
        }
    }

    @Nested
    class NoDominantMember {
        @Test
        void noDominantMember_passesWhenNobodyHoldsMoreThanHalf() {
            assertThat(check(compliantPole())).rule("CH-NO-DOMINANT-MEMBER").passed().withNoEvidence()
                    .withSeverity(Severity.WARNING);
        }

        @Test
        void noDominantMember_passesAtExactlyHalf() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 3), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(IMPRIMERIE, 1));

            assertThat(check(pole)).rule("CH-NO-DOMINANT-MEMBER").passed();
        }

        @Test
        void noDominantMember_failsWhenOneMemberHoldsMoreThanHalf() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 4), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(IMPRIMERIE, 1));

            ComplianceReport report = check(pole);

            assertThat(report).rule("CH-NO-DOMINANT-MEMBER").failed().withEvidence(COURSIVE)
                    .withMessageContaining("La Coursive Boutaric détient 4 voix sur 7 (57,1 %) dans « Conseil d'administration »")
                    .withRemedyContaining("Ramener les voix de La Coursive Boutaric à la moitié au plus");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @Test
        void noDominantMember_addsTheVotesOfEveryStateEntry() {
            TestPoles.Draft pole = compliantPole().with(stateService("prefecture")).with(stateService("ddets"))
                    .withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat("prefecture", 2), seat("ddets", 1));

            assertThat(check(pole)).rule("CH-NO-DOMINANT-MEMBER").failed().withEvidence("ddets", "prefecture")
                    .withMessageContaining("détient 3 voix sur 5 (60 %)");
        }

        @Test
        void noDominantMember_addsTheVotesOfEntriesSharingOneSiren() {
            TestPoles.Draft pole = compliantPole().with(imprimerie().siren(TestPoles.TEST_SIREN))
                    .with(sarl("imprimerie-atelier").siren(TestPoles.TEST_SIREN))
                    .withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(IMPRIMERIE, 2), seat("imprimerie-atelier", 1));

            assertThat(check(pole)).rule("CH-NO-DOMINANT-MEMBER").failed()
                    .withEvidence(IMPRIMERIE, "imprimerie-atelier");
        }

        @Test
        void noDominantMember_passesWhenTwoDistinctPersonsHoldHalfEach() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 2), seat(IMPRIMERIE, 2));

            assertThat(check(pole)).rule("CH-NO-DOMINANT-MEMBER").passed();
        }

        @Test
        void noDominantMember_notApplicableWithoutDecisionMakingBody() {
            assertThat(check(compliantPole().withoutBodies())).rule("CH-NO-DOMINANT-MEMBER").notApplicable()
                    .withMessageContaining("Aucune instance de décision n'est déclarée");
        }

        @Test
        void noDominantMember_notApplicableWithOnlyANonDecisionMakingBody() {
            TestPoles.Draft pole = compliantPole().withoutBodies().andBody(new DecisionBody("Comité", false,
                    List.of(seat(COURSIVE, 9), seat(ZUTIQUE, 1))));

            assertThat(check(pole)).rule("CH-NO-DOMINANT-MEMBER").notApplicable();
        }
    }

    @Nested
    class PublicNotDominant {
        @Test
        void publicNotDominant_passesWithOnePublicVoteOfSix() {
            assertThat(check(compliantPole())).rule("CH-PUBLIC-NOT-DOMINANT").passed().withNoEvidence();
        }

        @Test
        void publicNotDominant_passesAtExactlyHalf() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(VILLE, 2), seat(UNIVERSITE, 1));

            assertThat(check(pole)).rule("CH-PUBLIC-NOT-DOMINANT").passed();
        }

        @Test
        void publicNotDominant_failsWhenPublicBodiesHoldMoreThanHalf() {
            TestPoles.Draft pole = compliantPole().withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(VILLE, 2), seat(UNIVERSITE, 1), seat(GRETA, 1));

            assertThat(check(pole)).rule("CH-PUBLIC-NOT-DOMINANT").failed().withSeverity(Severity.WARNING)
                    .withEvidence(VILLE, UNIVERSITE, GRETA)
                    .withMessageContaining("Les personnes publiques détiennent 4 voix sur 7 (57,1 %)")
                    .withRemedyContaining("Ramener les voix des personnes publiques à la moitié au plus");
        }

        @Test
        void publicNotDominant_notApplicableWithoutDecisionMakingBody() {
            assertThat(check(compliantPole().withoutBodies())).rule("CH-PUBLIC-NOT-DOMINANT").notApplicable();
        }
    }

    @Nested
    class EssCarrier {
        @Test
        void essCarrier_passesWithAnAssociationAsCarrier() {
            assertThat(check(compliantPole())).rule("CH-ESS-CARRIER").passed().withEvidence(COURSIVE)
                    .withMessageContaining("La structure porteuse (La Coursive Boutaric) est une entreprise de l'ESS");
        }

        @Test
        void essCarrier_failsWithANonEssCarrier() {
            ComplianceReport report = check(compliantPole().withCarrier(IMPRIMERIE));

            assertThat(report).rule("CH-ESS-CARRIER").failed().withSeverity(Severity.WARNING).withEvidence(IMPRIMERIE)
                    .withMessageContaining("(Imprimerie bourguignonne) n'est pas une entreprise de l'ESS")
                    .withRemedyContaining("Confier le portage du pôle à une entreprise de l'ESS");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @Test
        void essCarrier_failsWithAPublicCarrierFlaggedEss() {
            assertThat(check(compliantPole().with(villeDijon().sireneEss(SireneEss.O)).withCarrier(VILLE)))
                    .rule("CH-ESS-CARRIER").failed();
        }

        @Test
        void essCarrier_notApplicableWithoutCarrier() {
            assertThat(check(compliantPole().withCarrier(null))).rule("CH-ESS-CARRIER").notApplicable().withNoEvidence()
                    .withMessageContaining("Aucune structure porteuse active n'est déclarée");
        }

        @Test
        void essCarrier_notApplicableWhenTheCarrierLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(coursive().leftOn(BEFORE)))).rule("CH-ESS-CARRIER").notApplicable();
        }

        @Test
        void essCarrier_notApplicableWhenTheCarrierJoinsAfterTheAsOfDate() {
            assertThat(check(compliantPole().with(coursive().joinedOn(AFTER)))).rule("CH-ESS-CARRIER").notApplicable();
        }
    }

    @Nested
    class Animation {
        @Test
        void animation_passesWithAnEssAnimator() {
            assertThat(check(compliantPole())).rule("CH-ANIMATION").passed().withEvidence(COURSIVE)
                    .withMessageContaining("L'animation est assurée par La Coursive Boutaric, entreprise de l'ESS");
        }

        @Test
        void animation_failsWithANonEssAnimator() {
            assertThat(check(compliantPole().withAnimator(UNIVERSITE))).rule("CH-ANIMATION").failed()
                    .withSeverity(Severity.WARNING).withEvidence(UNIVERSITE)
                    .withMessageContaining("assurée par Université de Bourgogne, qui n'est pas une entreprise de l'ESS")
                    .withRemedyContaining("Déclarer une structure d'animation entreprise de l'ESS");
        }

        @Test
        void animation_failsWithoutAnimator() {
            assertThat(check(compliantPole().withAnimator(null))).rule("CH-ANIMATION").failed().withNoEvidence()
                    .withMessageContaining("Aucune structure d'animation active n'est déclarée");
        }

        @Test
        void animation_failsWhenTheAnimatorLeftBeforeTheAsOfDate() {
            // the catalogue does not say: the implementation treats an inactive animator as no animator (FAILED)
            assertThat(check(compliantPole().with(coursive().leftOn(BEFORE)))).rule("CH-ANIMATION").failed()
                    .withMessageContaining("Aucune structure d'animation active n'est déclarée");
        }
    }

    @Nested
    class MultiActor {
        @Test
        void multiActor_passesWithFiveFamilies() {
            assertThat(check(compliantPole())).rule("CH-MULTI-ACTOR").passed()
                    .withMessageContaining("5 familles d'acteurs représentées");
        }

        @Test
        void multiActor_passesWithExactlyThreeFamilies() {
            assertThat(check(compliantPole().without(UNIVERSITE, GRETA))).rule("CH-MULTI-ACTOR").passed()
                    .withMessageContaining("3 familles d'acteurs représentées");
        }

        @Test
        void multiActor_failsWithTwoFamilies() {
            assertThat(check(compliantPole().without(VILLE, UNIVERSITE, GRETA))).rule("CH-MULTI-ACTOR").failed()
                    .withMessageContaining("2 familles d'acteurs représentées (entreprise de l'ESS, entreprise hors ESS)")
                    .withMessageContaining("il en faut 3, dont l'ESS")
                    .withRemedyContaining("Associer des acteurs d'une famille supplémentaire");
        }

        @Test
        void multiActor_failsWithoutTheEssFamilyEvenWithFourFamilies() {
            assertThat(check(compliantPole().without(ESS_MEMBERS.toArray(String[]::new)))).rule("CH-MULTI-ACTOR")
                    .failed().withMessageContaining("4 familles")
                    .withRemedyContaining("famille supplémentaire, dont une entreprise de l'ESS");
        }

        @Test
        void multiActor_remedyCountsTheMissingFamilies() {
            assertThat(check(compliantPole().without(IMPRIMERIE, VILLE, UNIVERSITE, GRETA))).rule("CH-MULTI-ACTOR")
                    .failed().withRemedyContaining("Associer des acteurs de 2 familles supplémentaires");
        }

        @Test
        void multiActor_countsPartners() {
            assertThat(check(compliantPole().without(VILLE, UNIVERSITE, GRETA).with(metropolePartner())))
                    .rule("CH-MULTI-ACTOR").passed().withEvidenceContaining("metropole");
        }

        @Test
        void multiActor_countsCitizens() {
            Member citizen = Member.builder("habitante", "Une habitante").naturalPerson(true).commune(DIJON).build();

            assertThat(check(compliantPole().without(VILLE, UNIVERSITE, GRETA).with(citizen)))
                    .rule("CH-MULTI-ACTOR").passed().withMessageContaining("citoyen");
        }

        @Test
        void multiActor_ignoresAMemberWhoLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().without(UNIVERSITE, GRETA).with(villeDijon().leftOn(BEFORE))))
                    .rule("CH-MULTI-ACTOR").failed();
        }
    }

    @Nested
    class TerritorialAnchoring {
        /** coursive, zutique, scic-gresilles, imprimerie: four legal-person members, all on the territory. */
        private TestPoles.Draft fourMembers() {
            return compliantPole().without(VILLE, UNIVERSITE, GRETA);
        }

        @Test
        void territorialAnchoring_passesWithEveryMemberOnTheTerritory() {
            assertThat(check(compliantPole())).rule("CH-TERRITORIAL-ANCHORING").passed().withNoEvidence()
                    .withMessageContaining("7 personnes morales membres sur 7 situées sur le territoire (100 %)");
        }

        @Test
        void territorialAnchoring_passesAtExactlyThreeQuarters() {
            assertThat(check(fourMembers().with(imprimerie().commune(PARIS)))).rule("CH-TERRITORIAL-ANCHORING").passed()
                    .withEvidence(IMPRIMERIE)
                    .withMessageContaining("3 personnes morales membres sur 4 situées sur le territoire (75 %)");
        }

        @Test
        void territorialAnchoring_failsJustBelowThreeQuarters() {
            TestPoles.Draft pole = compliantPole().with(universite().commune(PARIS)).with(greta().commune(LYON));

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").failed().withEvidence(UNIVERSITE, GRETA)
                    .withMessageContaining("5 personnes morales membres sur 7 situées sur le territoire (71,4 %)")
                    .withMessageContaining("il en faut au moins 75 %")
                    .withRemedyContaining("Situer sur le territoire un membre personne morale de plus");
        }

        @Test
        void territorialAnchoring_remedyCountsTheMembersToAnchor() {
            TestPoles.Draft pole = compliantPole().with(universite().commune(PARIS)).with(greta().commune(LYON))
                    .with(villeDijon().commune(CHALON));

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").failed()
                    .withMessageContaining("4 personnes morales membres sur 7")
                    .withRemedyContaining("Situer sur le territoire 2 membres");
        }

        @Test
        void territorialAnchoring_failsWithoutTerritory() {
            assertThat(check(compliantPole().withoutTerritory())).rule("CH-TERRITORIAL-ANCHORING").failed()
                    .withMessageContaining("Aucun territoire n'est déclaré")
                    .withRemedyContaining("Déclarer le territoire du pôle");
        }

        @Test
        void territorialAnchoring_failsWithoutLegalPersonMember() {
            Member citizen = Member.builder("habitante", "Une habitante").naturalPerson(true).commune(DIJON).build();
            TestPoles.Draft pole = compliantPole().withoutMembersMatching(m -> true).with(citizen);

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").failed()
                    .withMessageContaining("Aucun membre n'est une personne morale");
        }

        @Test
        void territorialAnchoring_withoutLegalPersonMemberAsksForOne() {
            Member citizen = Member.builder("habitante", "Une habitante").naturalPerson(true).commune(DIJON).build();
            TestPoles.Draft pole = compliantPole().withoutMembersMatching(m -> true).with(citizen);

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").failed()
                    .withRemedyContaining("1 membre");
        }

        @Test
        void territorialAnchoring_treatsAMemberWithoutCommuneAsNotAnchored() {
            TestPoles.Draft pole = fourMembers().with(imprimerie().commune(null)).with(zutique().commune(null));

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").failed().withEvidence(IMPRIMERIE, ZUTIQUE);
        }

        @Test
        void territorialAnchoring_ignoresCitizensEntrepreneursIndividuelsAndPartners() {
            TestPoles.Draft pole = fourMembers().with(imprimerie().commune(PARIS))
                    .with(Member.builder("habitant", "Un habitant").naturalPerson(true).commune(LYON))
                    .with(Member.builder("artisan", "Artisan").legalCategory("1000").commune(LYON))
                    .with(sarl("sarl-partenaire").partner().commune(LYON));

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").passed().withEvidence(IMPRIMERIE);
        }

        @Test
        void territorialAnchoring_countsTheStateOnceAndOnTheTerritoryWhenOneOfItsEntriesIs() {
            // four persons: coursive, zutique, scic, imprimerie on the territory; the State (two entries, one in
            // Paris, one in Dijon) is one person, on the territory
            TestPoles.Draft pole = fourMembers().with(stateService("prefecture").commune(PARIS))
                    .with(stateService("ddets"));

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").passed().withNoEvidence()
                    .withMessageContaining("5 personnes morales membres sur 5");
        }

        @Test
        void territorialAnchoring_countsTwoEntriesWithOneSirenAsOnePerson() {
            TestPoles.Draft pole = fourMembers().with(imprimerie().siren(TestPoles.TEST_SIREN).commune(PARIS))
                    .with(sarl("imprimerie-atelier").siren(TestPoles.TEST_SIREN).commune(LYON));

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").passed()
                    .withEvidence(IMPRIMERIE, "imprimerie-atelier")
                    .withMessageContaining("3 personnes morales membres sur 4");
        }

        @Test
        void territorialAnchoring_doesNotCountThePolesOwnLegalEntity() {
            TestPoles.Draft pole = fourMembers().with(imprimerie().commune(PARIS)).with(zutique().commune(LYON))
                    .withLegalEntity(COURSIVE);

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").failed()
                    .withMessageContaining("1 personne morale membre sur 3");
        }

        @Test
        void territorialAnchoring_ignoresAMemberOffTheTerritoryWhoLeftBeforeTheAsOfDate() {
            TestPoles.Draft pole = fourMembers().with(imprimerie().commune(PARIS))
                    .with(sarl("sarl-lyon").commune(LYON).leftOn(BEFORE));

            assertThat(check(pole)).rule("CH-TERRITORIAL-ANCHORING").passed();
        }
    }

    @Nested
    class TerritoryScale {
        @Test
        void territoryScale_passesWithinOneDepartement() {
            ComplianceReport report = check(compliantPole());

            assertThat(report).rule("CH-TERRITORY-SCALE").passed().withSeverity(Severity.INFO).withEvidence("21")
                    .withMessageContaining("Le territoire tient dans un seul département (21)");
        }

        @Test
        void territoryScale_passesWithAnEpciOnly() {
            assertThat(check(compliantPole().withTerritory(new Territory(null, null, List.of(DIJON_METROPOLE), null,
                    null)))).rule("CH-TERRITORY-SCALE").passed().withEvidence("21");
        }

        @Test
        void territoryScale_failsAcrossTwoDepartementsWithoutChangingTheVerdict() {
            ComplianceReport report = check(compliantPole().withTerritoryOfDepartements("21", "71"));

            assertThat(report).rule("CH-TERRITORY-SCALE").failed().withSeverity(Severity.INFO).withEvidence("21", "71")
                    .withMessageContaining("s'étend sur 2 départements");
            assertThat(report).hasVerdict(Verdict.COMPLIANT);
        }

        @Test
        void territoryScale_failsWithCommunesOfTwoDepartements() {
            assertThat(check(compliantPole().withTerritoryOfCommunes(DIJON, CHALON))).rule("CH-TERRITORY-SCALE")
                    .failed().withEvidence("21", "71");
        }

        @Test
        void territoryScale_notApplicableWithoutTerritory() {
            assertThat(check(compliantPole().withoutTerritory())).rule("CH-TERRITORY-SCALE").notApplicable();
        }

        @Test
        void territoryScale_failsForARegionOfSeveralDepartements() {
            // a région counts for every département it covers (Bourgogne-Franche-Comté: 8)
            assertThat(check(compliantPole().withTerritoryOfRegions(BOURGOGNE_FRANCHE_COMTE)))
                    .rule("CH-TERRITORY-SCALE").failed()
                    .withEvidenceContaining("21", "25", "39", "58", "70", "71", "89", "90");
        }

        @Test
        void territoryScale_passesForASingleDepartementRegionWithTheDepartementAsEvidence() {
            assertThat(check(compliantPole().withTerritoryOfRegions("01"))).rule("CH-TERRITORY-SCALE").passed()
                    .withEvidence("971");
        }
    }

    @Nested
    class RealPooling {
        @Test
        void realPooling_passesWithSharedPremises() {
            assertThat(check(compliantPole())).rule("CH-REAL-POOLING").passed().withEvidence("locaux")
                    .withMessageContaining("1 mutualisation active");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = CooperationType.class, names = {"PREMISES", "EQUIPMENT", "EMPLOYMENT", "PURCHASING",
                "SERVICES", "FINANCIAL"})
        void realPooling_passesWithEachPoolingType(CooperationType type) {
            assertThat(check(compliantPole().withCooperations(cooperation("mutualisation", type, COURSIVE, IMPRIMERIE))))
                    .rule("CH-REAL-POOLING").passed().withEvidence("mutualisation");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = CooperationType.class, names = {"KNOWLEDGE", "COMMUNICATION", "PARTNERSHIP"})
        void realPooling_failsWithOnlyNonPoolingCooperations(CooperationType type) {
            ComplianceReport report = check(compliantPole().withCooperations(
                    cooperation("cooperation", type, COURSIVE, IMPRIMERIE)));

            assertThat(report).rule("CH-REAL-POOLING").failed().withSeverity(Severity.WARNING).withNoEvidence()
                    .withRemedyContaining("Mettre en place une mutualisation de moyens entre au moins deux membres");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @Test
        void realPooling_failsWhenThePoolingJoinsAMemberAndAPartner() {
            TestPoles.Draft pole = compliantPole().with(metropolePartner()).withCooperations(
                    cooperation("locaux", CooperationType.PREMISES, COURSIVE, "metropole"));

            assertThat(check(pole)).rule("CH-REAL-POOLING").failed();
        }

        @Test
        void realPooling_failsWhenThePoolingEndedBeforeTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("locaux", CooperationType.PREMISES, null, BEFORE, COURSIVE, ZUTIQUE));

            assertThat(check(pole)).rule("CH-REAL-POOLING").failed();
        }

        @Test
        void realPooling_passesWhenThePoolingEndsOnTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("locaux", CooperationType.PREMISES, null, AS_OF, COURSIVE, ZUTIQUE));

            assertThat(check(pole)).rule("CH-REAL-POOLING").passed();
        }

        @Test
        void realPooling_failsWhenOneOfTheTwoMembersLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(zutique().leftOn(BEFORE)))).rule("CH-REAL-POOLING").failed();
        }
    }

    @Nested
    class SocialInnovation {
        @Test
        void socialInnovation_passesWithASocialProject() {
            assertThat(check(compliantPole())).rule("CH-SOCIAL-INNOVATION").passed().withEvidence("incubateur");
        }

        @Test
        void socialInnovation_failsWithATechnologicalProjectOnly() {
            assertThat(check(compliantPole().withProjects(project("plateforme", Innovation.TECHNOLOGICAL))))
                    .rule("CH-SOCIAL-INNOVATION").failed().withSeverity(Severity.WARNING)
                    .withMessageContaining("Aucun projet n'est socialement innovant")
                    .withRemedyContaining("Déclarer un projet d'innovation sociale");
        }

        @Test
        void socialInnovation_failsWithoutProject() {
            assertThat(check(compliantPole().withProjects())).rule("CH-SOCIAL-INNOVATION").failed();
        }
    }

    @Test
    void referential_hasItsTenRulesAndTheFourDataRules() {
        org.assertj.core.api.Assertions.assertThat(check(compliantPole()).results()).extracting(RuleResult::ruleId)
                .containsExactly("CH-ESS-LED-GOVERNANCE", "CH-NO-DOMINANT-MEMBER", "CH-PUBLIC-NOT-DOMINANT",
                        "CH-ESS-CARRIER", "CH-ANIMATION", "CH-MULTI-ACTOR", "CH-TERRITORIAL-ANCHORING",
                        "CH-TERRITORY-SCALE", "CH-REAL-POOLING", "CH-SOCIAL-INNOVATION",
                        "DATA-ESS-STATUS-UNKNOWN", "DATA-SIRENE-ESS-MISMATCH", "DATA-STATUTE-CATEGORY-CONFLICT",
                        "DATA-ESUS-WITHOUT-ESS-STATUTES");
    }

    // ---------------------------------------------------------------- definitions

    /** The rule contract's table for this referential: id, severity, source, parameter defaults. */
    private static final List<ContractRule> CONTRACT = List.of(
            new ContractRule("CH-ESS-LED-GOVERNANCE", Severity.ERROR, "Labo de l'ESS, définition des PTCE (2010) et charte (2014), thème « rôle central des acteurs de l'ESS dans la gouvernance » ; règle opérationnalisée par cette bibliothèque, seuil paramétrable", java.util.Map.of("essVoteShareMin", 0.5)),
            new ContractRule("CH-NO-DOMINANT-MEMBER", Severity.WARNING, "Encyclopédie du développement durable (Labo de l'ESS, 2017) : « gouvernance démocratique » ; règle opérationnalisée par cette bibliothèque", java.util.Map.of()),
            new ContractRule("CH-PUBLIC-NOT-DOMINANT", Severity.WARNING, "CRESS Alsace : « rôle central des acteurs de l'ESS », « l'innovation sociale comme moteur » ; règle opérationnalisée par cette bibliothèque", java.util.Map.of()),
            new ContractRule("CH-ESS-CARRIER", Severity.WARNING, "Appel régional à l'émergence de PTCE : entreprise porteuse « de préférence une entreprise de l'ESS »", java.util.Map.of()),
            new ContractRule("CH-ANIMATION", Severity.WARNING, "AMI PTCE 2023 : soutien « prioritairement fléché sur l'animation du pôle »", java.util.Map.of()),
            new ContractRule("CH-MULTI-ACTOR", Severity.ERROR, "Labo de l'ESS, définition des PTCE (2010), thème « coopération multi-acteurs » (ESS, PME, collectivités, recherche, formation) ; règle opérationnalisée par cette bibliothèque, seuil paramétrable", java.util.Map.of("minActorFamilies", 3.0)),
            new ContractRule("CH-TERRITORIAL-ANCHORING", Severity.ERROR, "Labo de l'ESS, définition des PTCE (2010), thème « ancrage territorial » ; règle opérationnalisée par cette bibliothèque, seuil paramétrable", java.util.Map.of("anchoredShareMin", 0.75)),
            new ContractRule("CH-TERRITORY-SCALE", Severity.INFO, "Enquête du Labo de l'ESS (2017) : 79 % des PTCE infra-départementaux", java.util.Map.of()),
            new ContractRule("CH-REAL-POOLING", Severity.WARNING, "Appel à projets PTCE 2015, priorités de sélection (mutualisation de moyens)", java.util.Map.of()),
            new ContractRule("CH-SOCIAL-INNOVATION", Severity.WARNING, "CRESS Alsace : « rôle central des acteurs de l'ESS », « l'innovation sociale comme moteur » ; règle opérationnalisée par cette bibliothèque", java.util.Map.of()));

    @RegisterExtension
    static final ReferentialCoverage COVERAGE = ReferentialCoverage.of("CHARTE-LABO-ESS");

    @Test
    void definitions_areThoseOfTheContractInOrder() {
        ContractRule.assertDefinitionsAre("CHARTE-LABO-ESS", CONTRACT);
    }
}
