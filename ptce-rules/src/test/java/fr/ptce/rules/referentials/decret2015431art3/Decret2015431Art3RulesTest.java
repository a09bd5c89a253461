package fr.ptce.rules.referentials.decret2015431art3;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static fr.ptce.rules.support.TestPoles.BEFORE;
import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.DIJON;
import static fr.ptce.rules.support.TestPoles.ESS_MEMBERS;
import static fr.ptce.rules.support.TestPoles.GRETA;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.SCIC;
import static fr.ptce.rules.support.TestPoles.UNIVERSITE;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.association;
import static fr.ptce.rules.support.TestPoles.businessClub;
import static fr.ptce.rules.support.TestPoles.cooperation;
import static fr.ptce.rules.support.TestPoles.stateService;
import static fr.ptce.rules.support.TestPoles.villeDijon;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.imprimerie;
import static fr.ptce.rules.support.TestPoles.project;
import static fr.ptce.rules.support.TestPoles.sarl;
import static fr.ptce.rules.support.TestPoles.zutique;

import fr.ptce.rules.Severity;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import org.junit.jupiter.api.extension.RegisterExtension;
import fr.ptce.rules.support.ContractRule;
import fr.ptce.rules.testing.ReferentialCoverage;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Verdict;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.RuleResult;
import fr.ptce.model.CooperationType;
import fr.ptce.model.Innovation;
import fr.ptce.model.Role;
import fr.ptce.model.Member;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Referential DECRET-2015-431-ART3 (rules version 2): one test per rule and outcome, named after the rule. Every pole
 * is the compliant baseline of {@link TestPoles} with one condition changed, checked as of {@link TestPoles#AS_OF}.
 */
class Decret2015431Art3RulesTest {
    private static final ComplianceChecker CHECKER = Checks.checker();

    private static ComplianceReport check(TestPoles.Draft pole) {
        return CHECKER.check(pole.build(), Referential.DECRET_2015_431_ART3, Checks.OPTIONS);
    }

    /** Only coursive (association) and imprimerie (SARL) remain: two legal persons. */
    private static TestPoles.Draft twoLegalPersons() {
        return compliantPole().without(ZUTIQUE, SCIC, VILLE, UNIVERSITE, GRETA);
    }

    @Nested
    class PrivateLegalPerson {
        @Test
        void privateLegalPerson_passesForAnAssociation() {
            assertThat(check(compliantPole())).rule("D3-PRIVATE-LEGAL-PERSON").passed()
                    .withMessageContaining("personne morale de droit privé (catégorie 9220)");
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"5710", "5560", "9300", "6220", "3120"})
        void privateLegalPerson_passesForOtherPrivateLegalPersons(String category) {
            assertThat(check(compliantPole().withLegalCategory(category))).rule("D3-PRIVATE-LEGAL-PERSON").passed();
        }

        @Test
        void privateLegalPerson_failsForAnInformalGrouping() {
            assertThat(check(compliantPole().withLegalCategory(null))).rule("D3-PRIVATE-LEGAL-PERSON").failed()
                    .withMessageContaining("Le pôle n'a pas de catégorie juridique (ni la sienne, ni celle d'une entité juridique) : ce n'est pas une personne morale de droit privé.")
                    .withRemedyContaining("Doter le pôle d'une personne morale de droit privé");
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"7210", "7344", "4110", "7383"})
        void privateLegalPerson_failsForAPublicLawPerson(String category) {
            assertThat(check(compliantPole().withLegalCategory(category))).rule("D3-PRIVATE-LEGAL-PERSON").failed()
                    .withMessageContaining("catégorie " + category);
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"7113", "7172", "7190"})
        void privateLegalPerson_failsForAServiceOfTheState(String category) {
            assertThat(check(compliantPole().withLegalCategory(category))).rule("D3-PRIVATE-LEGAL-PERSON").failed();
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"3110", "3205", "3210"})
        void privateLegalPerson_failsForAForeignPublicBody(String category) {
            assertThat(check(compliantPole().withLegalCategory(category))).rule("D3-PRIVATE-LEGAL-PERSON").failed();
        }

        @Test
        void privateLegalPerson_readsTheLegalEntitysCategoryWhenThePoleGivesNone() {
            TestPoles.Draft pole = compliantPole().withLegalCategory(null).withLegalEntity(COURSIVE);

            assertThat(check(pole)).rule("D3-PRIVATE-LEGAL-PERSON").passed().withMessageContaining("catégorie 9220");
        }

        @Test
        void privateLegalPerson_failsWhenTheLegalEntityIsAPublicBodyAndThePoleGivesNoCategory() {
            TestPoles.Draft pole = compliantPole().withLegalCategory(null).withLegalEntity(VILLE);

            assertThat(check(pole)).rule("D3-PRIVATE-LEGAL-PERSON").failed().withMessageContaining("catégorie 7210");
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"9210", "2110", "1000", "9224", "0000", "7312", "7341"})
        void privateLegalPerson_failsWithoutLegalPersonality(String category) {
            assertThat(check(compliantPole().withLegalCategory(category))).rule("D3-PRIVATE-LEGAL-PERSON").failed();
        }
    }

    @Nested
    class ThreeLegalPersons {
        @Test
        void threeLegalPersons_passesWithTheFirstTripleInMembersOrder() {
            assertThat(check(compliantPole())).rule("D3-THREE-LEGAL-PERSONS").passed()
                    .withEvidenceInOrder(COURSIVE, IMPRIMERIE, ZUTIQUE)
                    .withMessageContaining("La Coursive Boutaric (entreprise de l'ESS), Imprimerie bourguignonne "
                            + "(entreprise ou groupement hors ESS) et Zutique Productions");
        }

        @Test
        void threeLegalPersons_passesWithASecondEssEnterpriseAsTheOtherLegalPerson() {
            assertThat(check(twoLegalPersons().with(zutique()))).rule("D3-THREE-LEGAL-PERSONS").passed()
                    .withEvidenceInOrder(COURSIVE, IMPRIMERIE, ZUTIQUE);
        }

        @Test
        void threeLegalPersons_failsWithTwoLegalPersons() {
            assertThat(check(twoLegalPersons())).rule("D3-THREE-LEGAL-PERSONS").failed().withNoEvidence()
                    .withMessageContaining("trois personnes morales distinctes")
                    .withRemedyContaining("une autre personne morale");
        }

        @Test
        void threeLegalPersons_failsWithThreeLegalPersonsButNoNonEssEnterprise() {
            assertThat(check(twoLegalPersons().without(IMPRIMERIE).with(zutique()).with(villeDijon())))
                    .rule("D3-THREE-LEGAL-PERSONS").failed();
        }

        @Test
        void threeLegalPersons_failsWhenThePolesOwnLegalEntityWouldBeTheThirdPerson() {
            assertThat(check(twoLegalPersons().with(zutique()).withLegalEntity(ZUTIQUE)))
                    .rule("D3-THREE-LEGAL-PERSONS").failed();
        }

        @Test
        void threeLegalPersons_failsWhenTwoEntriesShareOneSiren() {
            TestPoles.Draft pole = twoLegalPersons().with(imprimerie().siren(TestPoles.TEST_SIREN))
                    .with(sarl("imprimerie-atelier").siren(TestPoles.TEST_SIREN));

            assertThat(check(pole)).rule("D3-THREE-LEGAL-PERSONS").failed();
        }

        @Test
        void threeLegalPersons_countsTheStateOnce() {
            TestPoles.Draft pole = twoLegalPersons().without(IMPRIMERIE)
                    .with(stateService("prefecture").roles(Role.ENTERPRISE)).with(stateService("ddets"));

            assertThat(check(pole)).rule("D3-THREE-LEGAL-PERSONS").failed();
        }

        @Test
        void threeLegalPersons_passesWithTheStateAsTheOtherLegalPerson() {
            assertThat(check(twoLegalPersons().with(stateService("prefecture")).with(stateService("ddets"))))
                    .rule("D3-THREE-LEGAL-PERSONS").passed().withEvidenceInOrder(COURSIVE, IMPRIMERIE, "prefecture");
        }

        @Test
        void threeLegalPersons_passesWithABusinessClubAsTheNonEssParty() {
            TestPoles.Draft pole = twoLegalPersons().without(IMPRIMERIE).with(businessClub("club")).with(zutique());

            assertThat(check(pole)).rule("D3-THREE-LEGAL-PERSONS").passed()
                    .withEvidenceInOrder(COURSIVE, "club", ZUTIQUE);
        }

        @Test
        void threeLegalPersons_doesNotCountAnAssociationNonDeclaree() {
            Member informal = Member.builder("collectif", "Collectif d'habitants").legalCategory("9210")
                    .commune(DIJON).build();

            assertThat(check(twoLegalPersons().with(informal))).rule("D3-THREE-LEGAL-PERSONS").failed();
        }

        @Test
        void threeLegalPersons_doesNotCountNaturalPersonsNorEntrepreneursIndividuelsNorBodiesWithoutPersonality() {
            TestPoles.Draft pole = twoLegalPersons()
                    .with(Member.builder("habitante", "Une habitante").naturalPerson(true).commune(DIJON))
                    .with(Member.builder("artisan", "Artisan").legalCategory("1000").commune(DIJON))
                    .with(Member.builder("indivision", "Indivision").legalCategory("2110").commune(DIJON))
                    .with(Member.builder("cabinet", "Cabinet d'avocats").legalCategory("9224").commune(DIJON));

            assertThat(check(pole)).rule("D3-THREE-LEGAL-PERSONS").failed();
        }

        @Test
        void threeLegalPersons_doesNotCountPartners() {
            assertThat(check(twoLegalPersons().with(association("asso-partenaire").partner())))
                    .rule("D3-THREE-LEGAL-PERSONS").failed();
        }

        @Test
        void threeLegalPersons_doesNotCountAMemberWhoLeftBeforeTheAsOfDate() {
            assertThat(check(twoLegalPersons().with(zutique().leftOn(BEFORE))))
                    .rule("D3-THREE-LEGAL-PERSONS").failed();
        }
    }

    @Nested
    class EssEnterprise {
        @Test
        void essEnterprise_passesWithEssMembers() {
            assertThat(check(compliantPole())).rule("D3-ESS-ENTERPRISE").passed().withEvidence(COURSIVE, ZUTIQUE, SCIC);
        }

        @Test
        void essEnterprise_failsWithoutEssMember() {
            assertThat(check(compliantPole().without(ESS_MEMBERS.toArray(String[]::new))))
                    .rule("D3-ESS-ENTERPRISE").failed().withRemedyContaining("Ajouter au moins un membre entreprise de l'ESS");
        }

        @Test
        void essEnterprise_passesWithAScicInSasForm() {
            Member scicSas = Member.builder("scic-sas", "SCIC SAS").legalCategory("5710").statute(Statute.SCIC)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().without(ESS_MEMBERS.toArray(String[]::new)).with(scicSas)))
                    .rule("D3-ESS-ENTERPRISE").passed().withEvidence("scic-sas");
        }

        @Test
        void essEnterprise_failsWhenTheOnlyEssEntryIsAPartner() {
            assertThat(check(compliantPole().without(ESS_MEMBERS.toArray(String[]::new))
                    .with(association("asso-partenaire").partner())))
                    .rule("D3-ESS-ENTERPRISE").failed();
        }
    }

    @Nested
    class NonEssEnterprise {
        @Test
        void nonEssEnterprise_passesWithANonEssCompany() {
            assertThat(check(compliantPole())).rule("D3-NON-ESS-ENTERPRISE").passed().withEvidence(IMPRIMERIE);
        }

        @Test
        void nonEssEnterprise_failsWithoutOne() {
            assertThat(check(compliantPole().without(IMPRIMERIE))).rule("D3-NON-ESS-ENTERPRISE").failed()
                    .withRemedyContaining("Ajouter comme membre une société hors ESS ou un groupement d'entreprises");
        }

        @Test
        void nonEssEnterprise_passesWithABusinessClubWhoseMajorityIsNonEss() {
            Member club = association("club").enterpriseGrouping(10, 6).build();

            assertThat(check(compliantPole().without(IMPRIMERIE).with(club))).rule("D3-NON-ESS-ENTERPRISE").passed()
                    .withEvidence("club");
        }

        @Test
        void nonEssEnterprise_failsWithABusinessClubHalfNonEss() {
            Member club = association("club").enterpriseGrouping(10, 5).build();

            assertThat(check(compliantPole().without(IMPRIMERIE).with(club))).rule("D3-NON-ESS-ENTERPRISE").failed();
        }

        @Test
        void nonEssEnterprise_failsWithOnlyAnEntrepreneurIndividuel() {
            // not a legal person: counts for ART9-ASSOCIATED-ENTERPRISE, not for the decree
            Member artisan = Member.builder("artisan", "Artisan").legalCategory("1000").commune(DIJON).build();

            assertThat(check(compliantPole().without(IMPRIMERIE).with(artisan))).rule("D3-NON-ESS-ENTERPRISE").failed();
        }

        @Test
        void nonEssEnterprise_failsWithOnlyANonEssPartner() {
            assertThat(check(compliantPole().without(IMPRIMERIE).with(sarl("sarl-partenaire").partner())))
                    .rule("D3-NON-ESS-ENTERPRISE").failed();
        }

        @Test
        void nonEssEnterprise_failsWhenTheCompanyLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(imprimerie().leftOn(BEFORE)))).rule("D3-NON-ESS-ENTERPRISE").failed();
        }
    }

    @Nested
    class InnovativeProject {
        @Test
        void innovativeProject_passesWithASocialProject() {
            assertThat(check(compliantPole())).rule("D3-INNOVATIVE-PROJECT").passed().withEvidence("incubateur");
        }

        @Test
        void innovativeProject_passesWithATechnologicalProject() {
            assertThat(check(compliantPole().withProjects(project("plateforme", Innovation.TECHNOLOGICAL))))
                    .rule("D3-INNOVATIVE-PROJECT").passed().withEvidence("plateforme");
        }

        @Test
        void innovativeProject_failsWithAnOrganisationalOnlyProject() {
            assertThat(check(compliantPole().withProjects(project("gouvernance", Innovation.ORGANISATIONAL))))
                    .rule("D3-INNOVATIVE-PROJECT").failed()
                    .withMessageContaining("Aucun projet n'est innovant socialement ou technologiquement");
        }

        @Test
        void innovativeProject_failsWithoutProject() {
            assertThat(check(compliantPole().withProjects())).rule("D3-INNOVATIVE-PROJECT").failed();
        }
    }

    @Nested
    class DelimitedTerritory {
        @Test
        void delimitedTerritory_passesWithTerritoryAndSustainableDevelopment() {
            assertThat(check(compliantPole())).rule("D3-DELIMITED-TERRITORY").passed()
                    .withMessageContaining("Territoire délimité et développement local durable déclarés");
        }

        @Test
        void delimitedTerritory_failsWithoutTerritory() {
            assertThat(check(compliantPole().withoutTerritory())).rule("D3-DELIMITED-TERRITORY").failed()
                    .withMessageContaining("Territoire déclaré : non ; développement local durable déclaré : oui");
        }

        @Test
        void delimitedTerritory_failsWithATerritoryWithoutCode() {
            assertThat(check(compliantPole().withTerritory(new Territory("Quelque part", null, null, null, null))))
                    .rule("D3-DELIMITED-TERRITORY").failed();
        }

        @Test
        void delimitedTerritory_failsWithoutSustainableDevelopment() {
            assertThat(check(compliantPole().withSustainableLocalDevelopment(false))).rule("D3-DELIMITED-TERRITORY")
                    .failed().withMessageContaining("Territoire déclaré : oui ; développement local durable déclaré : non")
                    .withRemedyContaining("Déclarer le territoire d'activité et la finalité de développement local durable");
        }

        @Test
        void delimitedTerritory_passesWithADepartementOnly() {
            assertThat(check(compliantPole().withTerritoryOfDepartements("21"))).rule("D3-DELIMITED-TERRITORY").passed();
        }
    }

    @Nested
    class MemberStrategy {
        @Test
        void memberStrategy_passesWithCooperationsBetweenMembers() {
            assertThat(check(compliantPole())).rule("D3-MEMBER-STRATEGY").passed().withEvidence("filiere", "locaux")
                    .withMessageContaining("entre au moins deux membres");
        }

        @Test
        void memberStrategy_failsWhenTheOnlyCooperationJoinsAMemberAndAPartner() {
            TestPoles.Draft pole = compliantPole().with(association("asso-partenaire").partner())
                    .withCooperations(cooperation("atelier", CooperationType.EQUIPMENT, COURSIVE, "asso-partenaire"));

            assertThat(check(pole)).rule("D3-MEMBER-STRATEGY").failed().withNoEvidence()
                    .withRemedyContaining("entre au moins deux membres");
        }

        @Test
        void memberStrategy_failsWhenTheOnlyCooperationJoinsAMemberAndThePolesLegalEntity() {
            TestPoles.Draft pole = compliantPole().withLegalEntity(COURSIVE)
                    .withCooperations(cooperation("locaux", CooperationType.PREMISES, COURSIVE, ZUTIQUE));

            assertThat(check(pole)).rule("D3-MEMBER-STRATEGY").failed();
        }

        @Test
        void memberStrategy_failsWhenTheOnlyCooperationEndedBeforeTheAsOfDate() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("locaux", CooperationType.PREMISES, null, BEFORE, COURSIVE, ZUTIQUE));

            assertThat(check(pole)).rule("D3-MEMBER-STRATEGY").failed();
        }

        @Test
        void memberStrategy_passesWithAnyTypeOfCooperation() {
            TestPoles.Draft pole = compliantPole().withCooperations(
                    cooperation("savoirs", CooperationType.KNOWLEDGE, IMPRIMERIE, VILLE));

            assertThat(check(pole)).rule("D3-MEMBER-STRATEGY").passed().withEvidence("savoirs");
        }
    }

    @Nested
    class NoPriorStateSupport {
        @Test
        void noPriorStateSupport_passesWithARegionalGrantOnly() {
            assertThat(check(compliantPole())).rule("D3-NO-PRIOR-STATE-SUPPORT").passed().withNoEvidence()
                    .withMessageContaining("Aucun soutien antérieur de l'État");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"AAP-PTCE-2013", "AAP-PTCE-2015"})
        void noPriorStateSupport_failsAfterAStateCallForProjects(String programme) {
            assertThat(check(compliantPole().withStateSupport(programme, 2015, null)))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").failed().withEvidence(programme)
                    .withMessageContaining("déjà bénéficié d'un soutien de l'État au titre d'un appel à projets")
                    .withRemedyContaining("condition définitive");
        }

        @Test
        void noPriorStateSupport_passesAfterACallForExpressionsOfInterestAndShowsIt() {
            assertThat(check(compliantPole().withStateSupport("AMI-PTCE-2021"))).rule("D3-NO-PRIOR-STATE-SUPPORT")
                    .passed().withEvidence("AMI-PTCE-2021");
        }

        @Test
        void noPriorStateSupport_listsEveryCountedStateCallAsEvidence() {
            assertThat(check(compliantPole().withStateSupport("AAP-PTCE-2013", 2014, null)
                    .withStateSupport("AMI-PTCE-2021")))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").failed().withEvidence("AAP-PTCE-2013", "AMI-PTCE-2021");
        }

        @Test
        void noPriorStateSupport_countsACallDecidedOnTheAsOfDate() {
            assertThat(check(compliantPole().withStateSupport("AAP-PTCE-2015", 2025, TestPoles.AS_OF)))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").failed();
        }

        @Test
        void noPriorStateSupport_ignoresACallDecidedAfterTheAsOfDate() {
            assertThat(check(compliantPole().withStateSupport("AAP-PTCE-2015", 2025, TestPoles.AS_OF.plusDays(1))))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").passed().withNoEvidence();
        }

        @Test
        void noPriorStateSupport_readsTheDecisionDateBeforeTheYear() {
            assertThat(check(compliantPole().withStateSupport("AAP-PTCE-2015", 2015, TestPoles.AFTER)))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").passed();
        }

        @Test
        void noPriorStateSupport_withoutDecisionDate_countsACallOfTheAsOfYear() {
            assertThat(check(compliantPole().withStateSupport("AAP-PTCE-2015", TestPoles.AS_OF.getYear(), null)))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").failed();
        }

        @Test
        void noPriorStateSupport_withoutDecisionDate_ignoresACallOfALaterYear() {
            assertThat(check(compliantPole().withStateSupport("AAP-PTCE-2015", TestPoles.AS_OF.getYear() + 1, null)))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").passed();
        }

        @Test
        void noPriorStateSupport_withNeitherDateNorYear_alwaysCountsTheCall() {
            assertThat(check(compliantPole().withStateSupport("AAP-PTCE-2013", null, null)))
                    .rule("D3-NO-PRIOR-STATE-SUPPORT").failed();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Appel à projets PTCE Région", "aap-ptce-2013", "FDVA 2022"})
        void noPriorStateSupport_passesWithOtherProgrammes(String programme) {
            assertThat(check(compliantPole().withStateSupport(programme))).rule("D3-NO-PRIOR-STATE-SUPPORT").passed();
        }
    }

    @Test
    void referential_hasItsEightRulesAndTheFourDataRules() {
        org.assertj.core.api.Assertions.assertThat(check(compliantPole()).results()).extracting(RuleResult::ruleId)
                .containsExactly("D3-PRIVATE-LEGAL-PERSON", "D3-THREE-LEGAL-PERSONS", "D3-ESS-ENTERPRISE",
                        "D3-NON-ESS-ENTERPRISE", "D3-MEMBER-STRATEGY", "D3-INNOVATIVE-PROJECT",
                        "D3-DELIMITED-TERRITORY", "D3-NO-PRIOR-STATE-SUPPORT", "DATA-ESS-STATUS-UNKNOWN",
                        "DATA-SIRENE-ESS-MISMATCH", "DATA-STATUTE-CATEGORY-CONFLICT", "DATA-ESUS-WITHOUT-ESS-STATUTES");
    }

    @Nested
    class InForce {
        private List<ComplianceReport> checkAllAsOf(LocalDate date) {
            return CHECKER.checkAll(compliantPole().build(), CheckOptions.builder().asOf(date).build());
        }

        @Test
        void referential_isNotInForceOnTheDayOfItsPublication() {
            ComplianceReport report = checkAllAsOf(LocalDate.of(2015, 4, 17)).get(1);

            assertThat(report).hasVerdict(Verdict.NOT_IN_FORCE);
            for (RuleResult r : report.results()) {
                assertThat(report).rule(r.ruleId()).notApplicable().withNoEvidence().withoutRemedy()
                        .withMessageContaining("18 avril 2015");
            }
        }

        @Test
        void referential_appliesFromTheDayAfterItsPublication() {
            assertThat(checkAllAsOf(LocalDate.of(2015, 4, 18)).get(1)).hasVerdict(Verdict.COMPLIANT);
        }

        @Test
        void betweenTheLawAndTheDecree_onlyTheDecreeIsNotInForce() {
            List<ComplianceReport> reports = checkAllAsOf(LocalDate.of(2015, 1, 15));

            org.assertj.core.api.Assertions.assertThat(reports).extracting(ComplianceReport::verdict)
                    .containsExactly(Verdict.COMPLIANT, Verdict.NOT_IN_FORCE, Verdict.COMPLIANT);
        }

        @Test
        void beforeTheLaw_onlyTheCharterApplies() {
            List<ComplianceReport> reports = checkAllAsOf(LocalDate.of(2012, 6, 1));

            org.assertj.core.api.Assertions.assertThat(reports).extracting(ComplianceReport::verdict)
                    .containsExactly(Verdict.NOT_IN_FORCE, Verdict.NOT_IN_FORCE, Verdict.COMPLIANT);
            // the charter is no legal text: it applies at any date, data rules included
            assertThat(reports.get(2)).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }
    }

    // ---------------------------------------------------------------- definitions

    /** The rule contract's table for this referential: id, severity, source, parameter defaults. */
    private static final List<ContractRule> CONTRACT = List.of(
            new ContractRule("D3-PRIVATE-LEGAL-PERSON", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()),
            new ContractRule("D3-THREE-LEGAL-PERSONS", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()),
            new ContractRule("D3-ESS-ENTERPRISE", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()),
            new ContractRule("D3-NON-ESS-ENTERPRISE", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()),
            new ContractRule("D3-MEMBER-STRATEGY", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()),
            new ContractRule("D3-INNOVATIVE-PROJECT", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()),
            new ContractRule("D3-DELIMITED-TERRITORY", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()),
            new ContractRule("D3-NO-PRIOR-STATE-SUPPORT", Severity.ERROR, "Décret n° 2015-431, art. 3", java.util.Map.of()));

    @RegisterExtension
    static final ReferentialCoverage COVERAGE = ReferentialCoverage.of("DECRET-2015-431-ART3");

    @Test
    void definitions_areThoseOfTheContractInOrder() {
        ContractRule.assertDefinitionsAre("DECRET-2015-431-ART3", CONTRACT);
    }
}
