package fr.ptce.rules.referentials.data;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static fr.ptce.rules.support.TestPoles.BEFORE;
import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.DIJON;
import static fr.ptce.rules.support.TestPoles.ESS_MEMBERS;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.association;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.coursive;
import static fr.ptce.rules.support.TestPoles.sarl;
import static fr.ptce.rules.support.TestPoles.villeDijon;
import static fr.ptce.rules.support.TestPoles.imprimerie;
import static fr.ptce.rules.support.TestPoles.zutique;
import static org.assertj.core.api.Assertions.assertThat;

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
import fr.ptce.model.Member;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data rules (rules version 2), part of every referential in force: one test per rule and outcome, named after
 * the rule. Checked against LOI-2014-856-ART9 unless the test is about the referentials.
 */
class DataRulesTest {
    private static final ComplianceChecker CHECKER = Checks.checker();

    private static ComplianceReport check(TestPoles.Draft pole) {
        return CHECKER.check(pole.build(), Referential.LOI_2014_856_ART9, Checks.OPTIONS);
    }

    /** A congrégation (9240): a form the legal category cannot settle. */
    private static Member congregation(String id) {
        return Member.builder(id, "Congrégation " + id).legalCategory("9240").commune(DIJON).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.ptce.rules.support.Checks#referentials")
    void dataRules_arePartOfEveryReferential(Referential referential) {
        ComplianceReport report = CHECKER.check(compliantPole().with(congregation("congregation")).build(), referential,
                Checks.OPTIONS);

        assertThat(report).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("congregation");
        assertThat(report).rule("DATA-SIRENE-ESS-MISMATCH").passed();
    }

    @Test
    void dataRules_keepTheirOrderAtTheEndOfEachReferential() {
        for (Referential r : RuleCatalogue.standard().referentials()) {
            List<RuleResult> results = CHECKER.check(compliantPole().build(), r, Checks.OPTIONS).results();
            assertThat(results.subList(results.size() - 4, results.size())).extracting(RuleResult::ruleId)
                    .containsExactly("DATA-ESS-STATUS-UNKNOWN", "DATA-SIRENE-ESS-MISMATCH",
                            "DATA-STATUTE-CATEGORY-CONFLICT", "DATA-ESUS-WITHOUT-ESS-STATUTES");
        }
    }

    @Nested
    class EssStatusUnknown {
        @Test
        void essStatusUnknown_passesWhenEveryStatusIsSettled() {
            assertThat(check(compliantPole())).rule("DATA-ESS-STATUS-UNKNOWN").passed().withNoEvidence()
                    .withSeverity(Severity.WARNING);
        }

        @Test
        void essStatusUnknown_failsWithACongregation() {
            ComplianceReport report = check(compliantPole().with(congregation("congregation")));

            assertThat(report).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("congregation")
                    .withRemedyContaining("« essStatutes », l'agrément ESUS « esusApproval » ou l'indicateur SIRENE");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"3120", "3220", "3290", "9240"})
        void essStatusUnknown_failsWithEachFormTheCategoryCannotSettle(String category) {
            Member m = Member.builder("entite", "Entité").legalCategory(category).commune(DIJON).build();

            assertThat(check(compliantPole().with(m))).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("entite");
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"6220", "6540", "9900", "6901", "9110", "6533"})
        void essStatusUnknown_passesWithFormsArticleOneDoesNotList(String category) {
            // art. 1 II is an exhaustive list: a GIE, a société civile, a fonds de dotation… is NOT_ESS, not unknown
            Member m = Member.builder("entite", "Entité").legalCategory(category).commune(DIJON).build();

            assertThat(check(compliantPole().with(m))).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }

        @Test
        void essStatusUnknown_failsWithAPartnerOfUnknownStatus() {
            Member partner = Member.builder("etrangere", "Société étrangère").legalCategory("3120").partner()
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(partner))).rule("DATA-ESS-STATUS-UNKNOWN").failed()
                    .withEvidence("etrangere");
        }

        @Test
        void essStatusUnknown_considersThePolesOwnLegalEntity() {
            TestPoles.Draft pole = compliantPole().with(congregation("congregation")).withLegalEntity("congregation")
                    .withLegalCategory(null);

            assertThat(check(pole)).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("congregation");
        }

        @Test
        void essStatusUnknown_listsEveryEntryOfUnknownStatus() {
            assertThat(check(compliantPole().with(congregation("a")).with(congregation("b"))))
                    .rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("a", "b").withRemedyContaining("de 2 entrées");
        }

        @Test
        void essStatusUnknown_passesWhenTheSireneFlagSettlesIt() {
            Member flagged = Member.builder("etrangere", "Société étrangère").legalCategory("3120")
                    .sireneEss(SireneEss.O).commune(DIJON).build();

            assertThat(check(compliantPole().with(flagged))).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }

        @Test
        void essStatusUnknown_passesWhenTheStatutesSettleIt() {
            Member m = Member.builder("congregation", "Congrégation").legalCategory("9240").essStatutes(false)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(m))).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }

        @Test
        void essStatusUnknown_passesWhenAnEsusApprovalSettlesIt() {
            Member m = Member.builder("etrangere", "Société étrangère").legalCategory("3120")
                    .esusApproval(LocalDate.of(2020, 1, 1), null).commune(DIJON).build();

            assertThat(check(compliantPole().with(m))).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }

        @Test
        void essStatusUnknown_failsWhenAnAssociationStatuteIsDeclaredOnACongregation() {
            Member m = Member.builder("congregation", "Congrégation").legalCategory("9240").statute(Statute.ASSOCIATION)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(m))).rule("DATA-ESS-STATUS-UNKNOWN").failed()
                    .withEvidence("congregation");
        }

        @Test
        void essStatusUnknown_ignoresAMemberWhoLeftBeforeTheAsOfDate() {
            Member gone = Member.builder("congregation", "Congrégation").legalCategory("9240").commune(DIJON)
                    .leftOn(BEFORE).build();

            assertThat(check(compliantPole().with(gone))).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }
    }

    @Nested
    class SireneEssMismatch {
        @Test
        void sireneEssMismatch_passesWhenFlagsAgreeWithTheClassification() {
            assertThat(check(compliantPole())).rule("DATA-SIRENE-ESS-MISMATCH").passed().withNoEvidence()
                    .withSeverity(Severity.WARNING)
                    .withMessageContaining("Aucune contradiction avec l'indicateur ESS de SIRENE");
        }

        @Test
        void sireneEssMismatch_failsForAnAssociationFlaggedN() {
            ComplianceReport report = check(compliantPole().with(zutique().sireneEss(SireneEss.N)));

            assertThat(report).rule("DATA-SIRENE-ESS-MISMATCH").failed().withEvidence(ZUTIQUE)
                    .withMessageContaining("1 entrée dont la classification contredit l'indicateur ESS de SIRENE")
                    .withRemedyContaining("Vérifier la catégorie juridique, le statut et l'indicateur SIRENE d'une entrée");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @Test
        void sireneEssMismatch_failsForAGieFlaggedOWhichStaysNonEss() {
            Member gie = Member.builder("gie", "GIE").legalCategory("6220").sireneEss(SireneEss.O).commune(DIJON)
                    .build();

            assertThat(check(compliantPole().with(gie))).rule("DATA-SIRENE-ESS-MISMATCH").failed().withEvidence("gie");
        }

        @Test
        void sireneEssMismatch_failsForAPublicBodyFlaggedOWhichStaysNonEss() {
            ComplianceReport report = check(compliantPole().without(ESS_MEMBERS.toArray(String[]::new))
                    .with(villeDijon().sireneEss(SireneEss.O)));

            assertThat(report).rule("DATA-SIRENE-ESS-MISMATCH").failed().withEvidence(VILLE);
            assertThat(report).rule("ART9-ESS-ENTERPRISE").failed();
        }

        @Test
        void sireneEssMismatch_failsForACompanyWithNonEssStatutesFlaggedO() {
            assertThat(check(compliantPole().with(sarl("sarl").sireneEss(SireneEss.O))))
                    .rule("DATA-SIRENE-ESS-MISMATCH").failed().withEvidence("sarl");
        }

        @Test
        void sireneEssMismatch_passesForACompanyOfUnknownStatutesFlaggedO() {
            // essStatutes null + flag O: ESS by statutes, consistent with its flag
            Member sarl = Member.builder("sarl-ess", "SARL").legalCategory("5499").sireneEss(SireneEss.O)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(sarl))).rule("DATA-SIRENE-ESS-MISMATCH").passed();
        }

        @Test
        void sireneEssMismatch_failsForACitizenFlaggedO() {
            Member citizen = Member.builder("habitante", "Une habitante").naturalPerson(true).sireneEss(SireneEss.O)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(citizen))).rule("DATA-SIRENE-ESS-MISMATCH").failed()
                    .withEvidence("habitante");
        }

        @Test
        void sireneEssMismatch_failsForAPartnerFlaggedAgainstItsClassification() {
            assertThat(check(compliantPole().with(association("asso-partenaire").partner().sireneEss(SireneEss.N))))
                    .rule("DATA-SIRENE-ESS-MISMATCH").failed().withEvidence("asso-partenaire");
        }

        @Test
        void sireneEssMismatch_listsEveryContradiction() {
            assertThat(check(compliantPole().with(coursive().sireneEss(SireneEss.N))
                    .with(villeDijon().sireneEss(SireneEss.O))))
                    .rule("DATA-SIRENE-ESS-MISMATCH").failed().withEvidence(COURSIVE, VILLE)
                    .withRemedyContaining("de 2 entrées");
        }

        @Test
        void sireneEssMismatch_ignoresAMemberWhoLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(zutique().sireneEss(SireneEss.N).leftOn(BEFORE))))
                    .rule("DATA-SIRENE-ESS-MISMATCH").passed();
        }
    }

    @Nested
    class StatuteCategoryConflict {
        @Test
        void statuteCategoryConflict_passesWithCompatibleStatutes() {
            // the baseline's SCIC is a SA coopérative (5560) declared SCIC
            assertThat(check(compliantPole())).rule("DATA-STATUTE-CATEGORY-CONFLICT").passed().withNoEvidence()
                    .withSeverity(Severity.WARNING);
        }

        @Test
        void statuteCategoryConflict_failsForAnAssociationStatuteOnASarl() {
            ComplianceReport report = check(compliantPole().with(imprimerie().statute(Statute.ASSOCIATION)));

            assertThat(report).rule("DATA-STATUTE-CATEGORY-CONFLICT").failed().withEvidence(IMPRIMERIE)
                    .withMessageContaining("1 entrée déclare un statut incompatible")
                    .withRemedyContaining("Corriger la catégorie juridique ou le statut d'une entrée");
            // the statute is ignored: the SARL stays a non-ESS enterprise
            assertThat(report).rule("ART9-ASSOCIATED-ENTERPRISE").passed().withEvidence(IMPRIMERIE);
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @Test
        void statuteCategoryConflict_passesForAScicStatuteOnASas() {
            Member scicSas = Member.builder("scic-sas", "SCIC SAS").legalCategory("5710").statute(Statute.SCIC)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(scicSas))).rule("DATA-STATUTE-CATEGORY-CONFLICT").passed();
        }

        @Test
        void statuteCategoryConflict_failsForAnAssociationStatuteOnACongregation() {
            Member m = Member.builder("congregation", "Congrégation").legalCategory("9240").statute(Statute.ASSOCIATION)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(m))).rule("DATA-STATUTE-CATEGORY-CONFLICT").failed()
                    .withEvidence("congregation");
        }

        @Test
        void statuteCategoryConflict_failsForAnyStatuteOfANaturalPerson() {
            Member citizen = Member.builder("habitante", "Une habitante").naturalPerson(true).statute(Statute.SCOP)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(citizen))).rule("DATA-STATUTE-CATEGORY-CONFLICT").failed()
                    .withEvidence("habitante");
        }

        @Test
        void statuteCategoryConflict_passesForAnEmployerGroupStatuteOnASisa() {
            Member sisa = Member.builder("sisa", "SISA").legalCategory("6511").statute(Statute.EMPLOYER_GROUP)
                    .commune(DIJON).build();

            assertThat(check(compliantPole().with(sisa))).rule("DATA-STATUTE-CATEGORY-CONFLICT").passed();
        }

        @Test
        void statuteCategoryConflict_ignoresAMemberWhoLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(imprimerie().statute(Statute.ASSOCIATION).leftOn(BEFORE))))
                    .rule("DATA-STATUTE-CATEGORY-CONFLICT").passed();
        }
    }

    @Nested
    class EsusWithoutEssStatutes {
        private static final LocalDate GRANTED = LocalDate.of(2020, 3, 1);

        @Test
        void esusWithoutEssStatutes_passesWithoutAnyApproval() {
            assertThat(check(compliantPole())).rule("DATA-ESUS-WITHOUT-ESS-STATUTES").passed().withNoEvidence()
                    .withSeverity(Severity.WARNING);
        }

        @Test
        void esusWithoutEssStatutes_passesForACompanyApprovedEsus() {
            Member sas = Member.builder("sas-esus", "SAS ESUS").legalCategory("5710").essStatutes(true)
                    .esusApproval(GRANTED, null).commune(DIJON).build();

            assertThat(check(compliantPole().with(sas))).rule("DATA-ESUS-WITHOUT-ESS-STATUTES").passed();
        }

        @Test
        void esusWithoutEssStatutes_failsForAnApprovalOnStatutesDeclaredNotEss() {
            ComplianceReport report = check(compliantPole().with(imprimerie().esusApproval(GRANTED, null)));

            assertThat(report).rule("DATA-ESUS-WITHOUT-ESS-STATUTES").failed().withEvidence(IMPRIMERIE)
                    .withMessageContaining("1 entrée a un agrément ESUS en cours")
                    .withRemedyContaining("Vérifier l'agrément ESUS");
            // the approval wins over essStatutes: false in the classification
            assertThat(report).rule("ART9-ESS-ENTERPRISE").passed().withEvidenceContaining(IMPRIMERIE);
        }

        @Test
        void esusWithoutEssStatutes_failsForAnApprovalOnAFormThatCannotBeEss() {
            Member gie = Member.builder("gie", "GIE").legalCategory("6220").esusApproval(GRANTED, null).commune(DIJON)
                    .build();

            assertThat(check(compliantPole().with(gie))).rule("DATA-ESUS-WITHOUT-ESS-STATUTES").failed()
                    .withEvidence("gie");
        }

        @Test
        void esusWithoutEssStatutes_passesWhenTheApprovalExpiresOnTheAsOfDate() {
            ComplianceReport report = check(compliantPole().with(imprimerie().esusApproval(GRANTED, TestPoles.AS_OF)));

            assertThat(report).rule("DATA-ESUS-WITHOUT-ESS-STATUTES").passed();
            assertThat(report).rule("ART9-ASSOCIATED-ENTERPRISE").passed().withEvidence(IMPRIMERIE);
        }

        @Test
        void esusWithoutEssStatutes_failsWhenTheApprovalExpiresTheDayAfterTheAsOfDate() {
            assertThat(check(compliantPole().with(imprimerie().esusApproval(GRANTED, TestPoles.AS_OF.plusDays(1)))))
                    .rule("DATA-ESUS-WITHOUT-ESS-STATUTES").failed();
        }

        @Test
        void esusWithoutEssStatutes_passesWhenTheApprovalIsGrantedAfterTheAsOfDate() {
            assertThat(check(compliantPole().with(imprimerie().esusApproval(TestPoles.AFTER, null))))
                    .rule("DATA-ESUS-WITHOUT-ESS-STATUTES").passed();
        }
    }

    // ---------------------------------------------------------------- definitions

    /** The rule contract's table for this referential: id, severity, source, parameter defaults. */
    private static final List<ContractRule> CONTRACT = List.of(
            new ContractRule("DATA-ESS-STATUS-UNKNOWN", Severity.WARNING, "INSEE, catégories juridiques, et loi n° 2014-856, art. 1", java.util.Map.of()),
            new ContractRule("DATA-SIRENE-ESS-MISMATCH", Severity.WARNING, "INSEE, Sirene : variable economieSocialeSolidaireUniteLegale", java.util.Map.of()),
            new ContractRule("DATA-STATUTE-CATEGORY-CONFLICT", Severity.WARNING, "INSEE, catégories juridiques, et loi n° 2014-856, art. 1", java.util.Map.of()),
            new ContractRule("DATA-ESUS-WITHOUT-ESS-STATUTES", Severity.WARNING, "Code du travail, art. L. 3332-17-1 (agrément ESUS)", java.util.Map.of()));

    @RegisterExtension
    static final ReferentialCoverage COVERAGE = ReferentialCoverage.of("DATA");

    @Test
    void definitions_areThoseOfTheContractInOrder() {
        ContractRule.assertDefinitionsAre("DATA", CONTRACT);
    }
}
