package fr.ptce.rules.referentials.loi2014856art9;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static fr.ptce.rules.support.TestPoles.AFTER;
import static fr.ptce.rules.support.TestPoles.AS_OF;
import static fr.ptce.rules.support.TestPoles.BEFORE;
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
import static fr.ptce.rules.support.TestPoles.imprimerie;
import static fr.ptce.rules.support.TestPoles.project;
import static fr.ptce.rules.support.TestPoles.sarl;
import static fr.ptce.rules.support.TestPoles.businessClub;
import static fr.ptce.rules.support.TestPoles.scic;
import static fr.ptce.rules.support.TestPoles.stateService;
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
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Language;
import fr.ptce.model.CooperationType;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Referential LOI-2014-856-ART9 (rules version 2): one test per rule and outcome, named after the rule. Every pole is
 * the compliant baseline of {@link TestPoles} with one condition changed, checked as of {@link TestPoles#AS_OF}.
 */
class Loi2014856Art9RulesTest {
    private static final ComplianceChecker CHECKER = Checks.checker();

    private static ComplianceReport check(TestPoles.Draft pole) {
        return CHECKER.check(pole.build(), Referential.LOI_2014_856_ART9, Checks.OPTIONS);
    }

    private static TestPoles.Draft withoutEssMembers() {
        return compliantPole().without(ESS_MEMBERS.toArray(String[]::new));
    }

    @Nested
    class EssEnterprise {
        @Test
        void essEnterprise_passesWithEssMembers() {
            assertThat(check(compliantPole())).rule("ART9-ESS-ENTERPRISE").passed()
                    .withEvidence(COURSIVE, ZUTIQUE, SCIC)
                    .withMessageContaining("3 entreprises de l'ESS parmi les membres")
                    .withSeverity(Severity.ERROR).withoutRemedy();
        }

        @Test
        void essEnterprise_failsWithoutAnyEssMember() {
            ComplianceReport report = check(withoutEssMembers());

            assertThat(report).rule("ART9-ESS-ENTERPRISE").failed().withNoEvidence()
                    .withMessageContaining("Aucun membre n'est une entreprise de l'ESS")
                    .withRemedyContaining("Ajouter au moins un membre entreprise de l'ESS");
            assertThat(report).hasVerdict(Verdict.NON_COMPLIANT);
        }

        @Test
        void essEnterprise_passesWithAScicInSasForm() {
            Member scicSas = Member.builder("scic-sas", "SCIC SAS").legalCategory("5710").statute(Statute.SCIC)
                    .commune(DIJON).build();

            assertThat(check(withoutEssMembers().with(scicSas))).rule("ART9-ESS-ENTERPRISE").passed()
                    .withEvidence("scic-sas");
        }

        @Test
        void essEnterprise_failsWithAPlainSas() {
            Member sas = Member.builder("sas", "SAS").legalCategory("5710").commune(DIJON).build();

            assertThat(check(withoutEssMembers().with(sas))).rule("ART9-ESS-ENTERPRISE").failed();
        }

        @Test
        void essEnterprise_passesWithASarlOfUnknownStatutesFlaggedEssInSirene() {
            Member sarl = Member.builder("sarl-ess", "SARL ESS").legalCategory("5499").essStatutes(null)
                    .sireneEss(SireneEss.O).commune(DIJON).build();

            assertThat(check(withoutEssMembers().with(sarl))).rule("ART9-ESS-ENTERPRISE").passed()
                    .withEvidence("sarl-ess");
        }

        @Test
        void essEnterprise_passesWithASarlWithEssStatutes() {
            assertThat(check(withoutEssMembers().with(sarl("sarl-ess").essStatutes(true))))
                    .rule("ART9-ESS-ENTERPRISE").passed().withEvidence("sarl-ess");
        }

        @Test
        void essEnterprise_failsWithAnAssociationNonDeclaree() {
            Member informal = Member.builder("collectif", "Collectif d'habitants").legalCategory("9210")
                    .commune(DIJON).build();

            assertThat(check(withoutEssMembers().with(informal))).rule("ART9-ESS-ENTERPRISE").failed();
        }

        @Test
        void essEnterprise_failsWithAPublicBodyFlaggedEssInSirene() {
            assertThat(check(withoutEssMembers().with(villeDijon().sireneEss(SireneEss.O))))
                    .rule("ART9-ESS-ENTERPRISE").failed();
        }

        @Test
        void essEnterprise_failsWhenTheOnlyEssEntryIsAPartner() {
            assertThat(check(withoutEssMembers().with(association("asso-partenaire").partner())))
                    .rule("ART9-ESS-ENTERPRISE").failed();
        }

        @Test
        void essEnterprise_failsWhenTheOnlyEssMemberLeftBeforeTheAsOfDate() {
            TestPoles.Draft pole = withoutEssMembers().with(association("ancienne").joinedOn(LocalDate.of(2012, 1, 1))
                    .leftOn(BEFORE));

            assertThat(check(pole)).rule("ART9-ESS-ENTERPRISE").failed();
        }

        @Test
        void essEnterprise_passesWhenTheEssMemberLeavesAfterTheAsOfDate() {
            assertThat(check(withoutEssMembers().with(association("partante").leftOn(AFTER))))
                    .rule("ART9-ESS-ENTERPRISE").passed().withEvidence("partante");
        }

        @Test
        void essEnterprise_failsWhenTheEssMemberJoinsAfterTheAsOfDate() {
            assertThat(check(withoutEssMembers().with(association("future").joinedOn(AFTER))))
                    .rule("ART9-ESS-ENTERPRISE").failed();
        }

        @Test
        void essEnterprise_countsAMemberWhoJoinsOnTheAsOfDate() {
            assertThat(check(withoutEssMembers().with(association("nouvelle").joinedOn(AS_OF))))
                    .rule("ART9-ESS-ENTERPRISE").passed().withEvidence("nouvelle");
        }

        @Test
        void essEnterprise_countsAMemberLeavingOnTheDayAfterTheAsOfDateButNotOnTheAsOfDate() {
            assertThat(check(withoutEssMembers().with(association("reste").leftOn(AS_OF.plusDays(1)))))
                    .rule("ART9-ESS-ENTERPRISE").passed();
            assertThat(check(withoutEssMembers().with(association("partie").leftOn(AS_OF))))
                    .rule("ART9-ESS-ENTERPRISE").failed();
        }
    }

    @Nested
    class AssociatedEnterprise {
        @Test
        void associatedEnterprise_passesWithANonEssCompany() {
            assertThat(check(compliantPole())).rule("ART9-ASSOCIATED-ENTERPRISE").passed().withEvidence(IMPRIMERIE)
                    .withMessageContaining("1 entreprise hors ESS associée");
        }

        @Test
        void associatedEnterprise_failsWithoutANonEssEnterprise() {
            assertThat(check(compliantPole().without(IMPRIMERIE))).rule("ART9-ASSOCIATED-ENTERPRISE").failed()
                    .withNoEvidence()
                    .withRemedyContaining("Associer au moins une entreprise hors ESS");
        }

        @Test
        void associatedEnterprise_passesWithAnEntrepreneurIndividuel() {
            Member artisan = Member.builder("artisan", "Artisan menuisier").legalCategory("1000").commune(DIJON).build();

            assertThat(check(compliantPole().without(IMPRIMERIE).with(artisan)))
                    .rule("ART9-ASSOCIATED-ENTERPRISE").passed().withEvidence("artisan");
        }

        @Test
        void associatedEnterprise_passesWithANonEssPartner() {
            assertThat(check(compliantPole().without(IMPRIMERIE).with(sarl("sarl-partenaire").partner())))
                    .rule("ART9-ASSOCIATED-ENTERPRISE").passed().withEvidence("sarl-partenaire");
        }

        @Test
        void associatedEnterprise_failsWithACompanyWithEssStatutes() {
            assertThat(check(compliantPole().without(IMPRIMERIE).with(sarl("sarl-ess").essStatutes(true))))
                    .rule("ART9-ASSOCIATED-ENTERPRISE").failed();
        }

        @Test
        void associatedEnterprise_failsWithOnlyABusinessClub() {
            // the club is an association (ESS); a grouping of enterprises counts for the decree only
            Member club = association("club").enterpriseGrouping(10, 6).build();

            assertThat(check(compliantPole().without(IMPRIMERIE).with(club)))
                    .rule("ART9-ASSOCIATED-ENTERPRISE").failed();
        }

        @Test
        void associatedEnterprise_failsWhenTheNonEssCompanyLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(imprimerie().leftOn(BEFORE))))
                    .rule("ART9-ASSOCIATED-ENTERPRISE").failed();
        }
    }

    @Nested
    class LinkedPartner {
        /** An ESS enterprise and a non-ESS enterprise only: the third person is what the tests add. */
        private TestPoles.Draft essAndNonEssOnly() {
            return compliantPole().without(ZUTIQUE, SCIC, VILLE, UNIVERSITE, GRETA);
        }

        @Test
        void linkedPartner_passesWithTheFirstTripleInMembersOrder() {
            assertThat(check(compliantPole())).rule("ART9-LINKED-PARTNER").passed()
                    .withEvidenceInOrder(COURSIVE, IMPRIMERIE, ZUTIQUE)
                    .withMessageContaining("La Coursive Boutaric (entreprise de l'ESS), Imprimerie bourguignonne (entreprise hors ESS) et Zutique Productions");
        }

        @Test
        void linkedPartner_failsWithOnlyAnEssEnterpriseAndANonEssEnterprise() {
            assertThat(check(essAndNonEssOnly())).rule("ART9-LINKED-PARTNER").failed().withNoEvidence()
                    .withRemedyContaining("une autre personne");
        }

        @Test
        void linkedPartner_passesWithAnotherEnterpriseAsTheThirdPerson() {
            assertThat(check(essAndNonEssOnly().with(sarl("menuiserie")))).rule("ART9-LINKED-PARTNER").passed()
                    .withEvidenceInOrder(COURSIVE, IMPRIMERIE, "menuiserie");
        }

        @Test
        void linkedPartner_passesWithACitizenAsTheThirdPerson() {
            Member citizen = Member.builder("habitante", "Une habitante").naturalPerson(true).commune(DIJON).build();

            assertThat(check(essAndNonEssOnly().with(citizen))).rule("ART9-LINKED-PARTNER").passed()
                    .withEvidenceInOrder(COURSIVE, IMPRIMERIE, "habitante");
        }

        @Test
        void linkedPartner_passesWithAPartnerLocalAuthorityAsTheThirdPerson() {
            Member metropole = Member.builder("metropole", "Dijon Métropole").legalCategory("7344")
                    .siren(DIJON_METROPOLE).partner().commune(DIJON).build();

            assertThat(check(essAndNonEssOnly().with(metropole))).rule("ART9-LINKED-PARTNER").passed()
                    .withEvidenceInOrder(COURSIVE, IMPRIMERIE, "metropole");
        }

        @Test
        void linkedPartner_failsWhenTheThirdEntryHasTheNonEssEnterprisesSiren() {
            TestPoles.Draft pole = essAndNonEssOnly().with(imprimerie().siren(TestPoles.TEST_SIREN))
                    .with(sarl("imprimerie-atelier").siren(TestPoles.TEST_SIREN));

            assertThat(check(pole)).rule("ART9-LINKED-PARTNER").failed();
        }

        @Test
        void linkedPartner_failsWhenThePolesOwnLegalEntityWouldBeTheThirdPerson() {
            TestPoles.Draft pole = essAndNonEssOnly().with(zutique()).withLegalEntity(ZUTIQUE);

            assertThat(check(pole)).rule("ART9-LINKED-PARTNER").failed();
        }

        @Test
        void linkedPartner_failsWhenTheOnlyNonEssPartyIsABusinessClub() {
            TestPoles.Draft pole = essAndNonEssOnly().without(IMPRIMERIE).with(businessClub("club")).with(zutique());

            assertThat(check(pole)).rule("ART9-LINKED-PARTNER").failed();
        }

        @Test
        void linkedPartner_failsWhenTheThirdPersonLeftBeforeTheAsOfDate() {
            assertThat(check(essAndNonEssOnly().with(villeDijon().leftOn(BEFORE))))
                    .rule("ART9-LINKED-PARTNER").failed();
        }

        @Test
        void linkedPartner_countsTheStateOnceWhateverItsEntries() {
            TestPoles.Draft pole = essAndNonEssOnly().without(IMPRIMERIE)
                    .with(stateService("prefecture").roles(Role.ENTERPRISE)).with(stateService("ddets"));

            assertThat(check(pole)).rule("ART9-LINKED-PARTNER").failed();
        }

        @Test
        void linkedPartner_countsAnEntrySharingAStateServicesSirenAsTheState() {
            // asso and the préfecture carry one SIREN: one person, the State; with the SARL, two persons only
            TestPoles.Draft pole = essAndNonEssOnly().with(coursive().siren(TestPoles.TEST_SIREN))
                    .with(stateService("prefecture").siren(TestPoles.TEST_SIREN));

            assertThat(check(pole)).rule("ART9-LINKED-PARTNER").failed();
        }

        @Test
        void linkedPartner_takesTheLowestEssEnterpriseThenNonEssEnterpriseThenThirdPerson() {
            TestPoles.Draft pole = compliantPole().without(COURSIVE);

            assertThat(check(pole)).rule("ART9-LINKED-PARTNER").passed()
                    .withEvidenceInOrder(ZUTIQUE, IMPRIMERIE, SCIC);
        }
    }

    @Nested
    class LocalAuthorityLink {
        @Test
        void localAuthorityLink_passesWithTheCommuneAsMember() {
            assertThat(check(compliantPole())).rule("ART9-LOCAL-AUTHORITY-LINK").passed().withEvidence(VILLE)
                    .withSeverity(Severity.WARNING);
        }

        @Test
        void localAuthorityLink_failsWithoutALocalAuthority() {
            ComplianceReport report = check(compliantPole().without(VILLE));

            assertThat(report).rule("ART9-LOCAL-AUTHORITY-LINK").failed().withSeverity(Severity.WARNING)
                    .withMessageContaining("Aucune collectivité territoriale ni groupement")
                    .withRemedyContaining("Associer une collectivité territoriale ou un EPCI");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @Test
        void localAuthorityLink_passesWithAMetropoleAsPartner() {
            Member metropole = Member.builder("metropole", "Dijon Métropole").legalCategory("7344").partner()
                    .commune(DIJON).build();

            assertThat(check(compliantPole().without(VILLE).with(metropole)))
                    .rule("ART9-LOCAL-AUTHORITY-LINK").passed().withEvidence("metropole");
        }

        @Test
        void localAuthorityLink_passesWithAnExplicitLocalAuthorityRole() {
            Member syndicat = association("syndicat").roles(Role.LOCAL_AUTHORITY).build();

            assertThat(check(compliantPole().without(VILLE).with(syndicat)))
                    .rule("ART9-LOCAL-AUTHORITY-LINK").passed().withEvidence("syndicat");
        }

        @Test
        void localAuthorityLink_failsWhenTheCommuneLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(villeDijon().leftOn(BEFORE))))
                    .rule("ART9-LOCAL-AUTHORITY-LINK").failed();
        }
    }

    @Nested
    class SameTerritory {
        @Test
        void sameTerritory_passesWithEssMembersOnTheTerritory() {
            assertThat(check(compliantPole())).rule("ART9-SAME-TERRITORY").passed()
                    .withEvidence(COURSIVE, ZUTIQUE, SCIC)
                    .withMessageContaining("3 entreprises de l'ESS membres situées sur le territoire déclaré");
        }

        @Test
        void sameTerritory_failsWithoutTerritory() {
            assertThat(check(compliantPole().withoutTerritory())).rule("ART9-SAME-TERRITORY").failed()
                    .withMessageContaining("Aucun territoire n'est déclaré")
                    .withRemedyContaining("Déclarer le territoire du pôle");
        }

        @Test
        void sameTerritory_failsWithAnEmptyTerritory() {
            assertThat(check(compliantPole().withTerritory(new Territory("Nulle part", null, null, null, null))))
                    .rule("ART9-SAME-TERRITORY").failed().withMessageContaining("Aucun territoire n'est déclaré");
        }

        @Test
        void sameTerritory_failsWhenNoEssMemberIsOnTheTerritory() {
            TestPoles.Draft pole = compliantPole().with(coursive().commune(PARIS)).with(zutique().commune(LYON))
                    .with(scic().commune(null));

            assertThat(check(pole)).rule("ART9-SAME-TERRITORY").failed().withNoEvidence()
                    .withMessageContaining("Aucune entreprise de l'ESS membre n'est située sur le territoire");
        }

        @Test
        void sameTerritory_failsWhenOnlyAnEssPartnerIsOnTheTerritory() {
            TestPoles.Draft pole = compliantPole().with(coursive().commune(PARIS)).with(zutique().commune(PARIS))
                    .with(scic().commune(PARIS)).with(association("asso-partenaire").partner());

            assertThat(check(pole)).rule("ART9-SAME-TERRITORY").failed();
        }

        @Test
        void sameTerritory_passesThroughAListedEpci() {
            TestPoles.Draft pole = compliantPole().withTerritory(new Territory(null, null, List.of(DIJON_METROPOLE), null,
                    null));

            assertThat(check(pole)).rule("ART9-SAME-TERRITORY").passed().withEvidenceContaining(SCIC);
        }

        @Test
        void sameTerritory_passesForAMunicipalArrondissementOfAListedCommune() {
            TestPoles.Draft pole = compliantPole().withTerritoryOfCommunes(LYON)
                    .with(coursive().commune("69381")).with(zutique().commune(PARIS));

            assertThat(check(pole)).rule("ART9-SAME-TERRITORY").passed().withEvidence(COURSIVE);
        }

        @Test
        void sameTerritory_passesForTheParentCommuneOfAListedArrondissement() {
            TestPoles.Draft pole = compliantPole().withTerritoryOfCommunes("69381").with(coursive().commune(LYON));

            assertThat(check(pole)).rule("ART9-SAME-TERRITORY").passed().withEvidence(COURSIVE);
        }
    }

    @Nested
    class MembersOnTerritory {
        @Test
        void membersOnTerritory_passesWhenEveryMemberIsOnTheTerritory() {
            assertThat(check(compliantPole())).rule("ART9-MEMBERS-ON-TERRITORY").passed().withNoEvidence()
                    .withMessageContaining("Les 7 membres dont la commune est connue sont situés sur le territoire");
        }

        @Test
        void membersOnTerritory_failsWithAMemberOffTheTerritory() {
            ComplianceReport report = check(compliantPole().with(sarl("sarl-paris").commune(PARIS)));

            assertThat(report).rule("ART9-MEMBERS-ON-TERRITORY").failed().withSeverity(Severity.WARNING)
                    .withEvidence("sarl-paris")
                    .withMessageContaining("1 membre sur 8 situé hors du territoire déclaré")
                    .withRemedyContaining("vérifier la commune du membre situé hors du territoire");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @Test
        void membersOnTerritory_notApplicableWithoutTerritory() {
            assertThat(check(compliantPole().withoutTerritory())).rule("ART9-MEMBERS-ON-TERRITORY").notApplicable()
                    .withMessageContaining("Aucun territoire n'est déclaré").withoutRemedy();
        }

        @Test
        void membersOnTerritory_ignoresAPartnerOffTheTerritory() {
            assertThat(check(compliantPole().with(sarl("sarl-paris").commune(PARIS).partner())))
                    .rule("ART9-MEMBERS-ON-TERRITORY").passed();
        }

        @Test
        void membersOnTerritory_ignoresAMemberWithoutCommune() {
            assertThat(check(compliantPole().with(sarl("sans-commune").commune(null))))
                    .rule("ART9-MEMBERS-ON-TERRITORY").passed();
        }

        @Test
        void membersOnTerritory_ignoresAMemberOffTheTerritoryWhoLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(sarl("sarl-paris").commune(PARIS).leftOn(BEFORE))))
                    .rule("ART9-MEMBERS-ON-TERRITORY").passed();
        }
    }

    @Nested
    class ContinuingStrategy {
        @Test
        void continuingStrategy_passesWithActiveCooperationsInvolvingEssEnterprises() {
            assertThat(check(compliantPole())).rule("ART9-CONTINUING-STRATEGY").passed()
                    .withEvidence("locaux", "filiere")
                    .withMessageContaining("2 coopérations actives impliquant une entreprise de l'ESS");
        }

        @Test
        void continuingStrategy_failsWithoutCooperation() {
            assertThat(check(compliantPole().withCooperations())).rule("ART9-CONTINUING-STRATEGY").failed()
                    .withRemedyContaining("Déclarer une coopération en cours");
        }

        @Test
        void continuingStrategy_failsWhenTheCooperationEndedBeforeTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("ancienne", CooperationType.KNOWLEDGE, LocalDate.of(2014, 1, 1), BEFORE, COURSIVE, IMPRIMERIE));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").failed();
        }

        @Test
        void continuingStrategy_passesWhenTheCooperationEndsOnTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("finissante", CooperationType.KNOWLEDGE, LocalDate.of(2014, 1, 1), AS_OF, COURSIVE,
                            IMPRIMERIE));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").passed().withEvidence("finissante");
        }

        @Test
        void continuingStrategy_passesWhenTheCooperationStartsOnTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("naissante", CooperationType.PREMISES, AS_OF, null, COURSIVE, ZUTIQUE));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").passed().withEvidence("naissante");
        }

        @Test
        void continuingStrategy_failsWhenTheCooperationStartsAfterTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("future", CooperationType.PREMISES, AFTER, null, COURSIVE, ZUTIQUE));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").failed();
        }

        @Test
        void continuingStrategy_failsWithoutAnEssEnterpriseInTheCooperation() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("sans-ess", CooperationType.PARTNERSHIP, IMPRIMERIE, UNIVERSITE));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").failed();
        }

        @Test
        void continuingStrategy_failsWhenTheOtherParticipantLeftBeforeTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().with(imprimerie().leftOn(BEFORE)).withCooperations(
                    cooperation("bancale", CooperationType.PARTNERSHIP, COURSIVE, IMPRIMERIE));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").failed();
        }

        @Test
        void continuingStrategy_passesWithAPartnerAsTheOtherParticipant() {
            Member metropole = Member.builder("metropole", "Dijon Métropole").legalCategory("7344").partner()
                    .commune(DIJON).build();
            TestPoles.Draft pole = compliantPole().with(metropole).withCooperations(
                    cooperation("convention", CooperationType.PARTNERSHIP, COURSIVE, "metropole"));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").passed().withEvidence("convention");
        }

        @Test
        void continuingStrategy_passesWithAnEssPartner() {
            TestPoles.Draft pole = compliantPole().with(association("asso-partenaire").partner()).withCooperations(
                    cooperation("convention", CooperationType.KNOWLEDGE, IMPRIMERIE, "asso-partenaire"));

            assertThat(check(pole)).rule("ART9-CONTINUING-STRATEGY").passed().withEvidence("convention");
        }
    }

    @Nested
    class InnovativeProject {
        @Test
        void innovativeProject_passesWithASocialProject() {
            assertThat(check(compliantPole())).rule("ART9-INNOVATIVE-PROJECT").passed().withEvidence("incubateur");
        }

        @Test
        void innovativeProject_passesWithATechnologicalProject() {
            assertThat(check(compliantPole().withProjects(project("plateforme", Innovation.TECHNOLOGICAL))))
                    .rule("ART9-INNOVATIVE-PROJECT").passed().withEvidence("plateforme");
        }

        @Test
        void innovativeProject_failsWithAnOrganisationalOnlyProject() {
            assertThat(check(compliantPole().withProjects(project("gouvernance", Innovation.ORGANISATIONAL))))
                    .rule("ART9-INNOVATIVE-PROJECT").failed().withNoEvidence()
                    .withMessageContaining("Aucun projet n'est innovant socialement ou technologiquement")
                    .withRemedyContaining("innovation est sociale ou technologique");
        }

        @Test
        void innovativeProject_failsWithoutProject() {
            assertThat(check(compliantPole().withProjects())).rule("ART9-INNOVATIVE-PROJECT").failed();
        }

        @Test
        void innovativeProject_countsOnlyTheInnovativeProjects() {
            TestPoles.Draft pole = compliantPole().withProjects(project("gouvernance", Innovation.ORGANISATIONAL),
                    project("mixte", Innovation.ORGANISATIONAL, Innovation.TECHNOLOGICAL));

            assertThat(check(pole)).rule("ART9-INNOVATIVE-PROJECT").passed().withEvidence("mixte");
        }
    }

    @Nested
    class SustainableDevelopment {
        @Test
        void sustainableDevelopment_passesWhenDeclared() {
            assertThat(check(compliantPole())).rule("ART9-SUSTAINABLE-DEVELOPMENT").passed()
                    .withMessageContaining("Le pôle déclare viser un développement local durable");
        }

        @Test
        void sustainableDevelopment_failsWhenDeclaredFalse() {
            assertThat(check(compliantPole().withSustainableLocalDevelopment(false)))
                    .rule("ART9-SUSTAINABLE-DEVELOPMENT").failed()
                    .withRemedyContaining("Déclarer le développement local durable");
        }

        @Test
        void sustainableDevelopment_failsWhenNotStated() {
            assertThat(check(compliantPole().withSustainableLocalDevelopment(null)))
                    .rule("ART9-SUSTAINABLE-DEVELOPMENT").failed();
            assertThat(check(compliantPole().withoutAims())).rule("ART9-SUSTAINABLE-DEVELOPMENT").failed();
        }
    }

    @Test
    void referential_hasItsNineRulesAndTheFourDataRules() {
        org.assertj.core.api.Assertions.assertThat(check(compliantPole()).results()).extracting(RuleResult::ruleId)
                .containsExactly("ART9-ESS-ENTERPRISE", "ART9-ASSOCIATED-ENTERPRISE", "ART9-LINKED-PARTNER",
                        "ART9-LOCAL-AUTHORITY-LINK", "ART9-SAME-TERRITORY", "ART9-MEMBERS-ON-TERRITORY",
                        "ART9-CONTINUING-STRATEGY", "ART9-INNOVATIVE-PROJECT", "ART9-SUSTAINABLE-DEVELOPMENT",
                        "DATA-ESS-STATUS-UNKNOWN", "DATA-SIRENE-ESS-MISMATCH", "DATA-STATUTE-CATEGORY-CONFLICT",
                        "DATA-ESUS-WITHOUT-ESS-STATUTES");
    }

    @Nested
    class InForce {
        private ComplianceReport checkAsOf(LocalDate date) {
            return CHECKER.check(compliantPole().build(), Referential.LOI_2014_856_ART9,
                    CheckOptions.builder().asOf(date).build());
        }

        @Test
        void referential_isNotInForceTheDayBeforeTheLawApplied() {
            ComplianceReport report = checkAsOf(LocalDate.of(2014, 8, 1));

            assertThat(report).hasVerdict(Verdict.NOT_IN_FORCE);
            for (RuleResult r : report.results()) {
                assertThat(report).rule(r.ruleId()).notApplicable().withNoEvidence().withoutRemedy()
                        .withMessageContaining("2 août 2014");
            }
        }

        @Test
        void referential_appliesFromTheSecondOfAugust2014() {
            assertThat(checkAsOf(LocalDate.of(2014, 8, 2))).hasVerdict(Verdict.COMPLIANT);
        }

        @Test
        void referential_isNotInForceIn2013EvenForACompliantPole() {
            ComplianceReport report = CHECKER.check(compliantPole().build(), Referential.LOI_2014_856_ART9,
                    CheckOptions.builder().asOf(LocalDate.of(2013, 12, 31)).language(Language.EN).build());

            assertThat(report).hasVerdict(Verdict.NOT_IN_FORCE);
            assertThat(report).rule("DATA-ESS-STATUS-UNKNOWN").notApplicable().withMessageContaining("2 August 2014");
        }
    }

    // ---------------------------------------------------------------- definitions

    /** The rule contract's table for this referential: id, severity, source, parameter defaults. */
    private static final List<ContractRule> CONTRACT = List.of(
            new ContractRule("ART9-ESS-ENTERPRISE", Severity.ERROR, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-ASSOCIATED-ENTERPRISE", Severity.ERROR, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-LINKED-PARTNER", Severity.ERROR, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-LOCAL-AUTHORITY-LINK", Severity.WARNING, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-SAME-TERRITORY", Severity.ERROR, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-MEMBERS-ON-TERRITORY", Severity.WARNING, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-CONTINUING-STRATEGY", Severity.ERROR, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-INNOVATIVE-PROJECT", Severity.ERROR, "Loi n° 2014-856, art. 9, I", java.util.Map.of()),
            new ContractRule("ART9-SUSTAINABLE-DEVELOPMENT", Severity.ERROR, "Loi n° 2014-856, art. 9, I", java.util.Map.of()));

    @RegisterExtension
    static final ReferentialCoverage COVERAGE = ReferentialCoverage.of("LOI-2014-856-ART9");

    @Test
    void definitions_areThoseOfTheContractInOrder() {
        ContractRule.assertDefinitionsAre("LOI-2014-856-ART9", CONTRACT);
    }
}
