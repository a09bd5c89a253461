package fr.ptce.rules;

import static fr.ptce.rules.support.ReportAssert.assertThat;
import static fr.ptce.rules.support.TestPoles.BEFORE;
import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.DIJON;
import static fr.ptce.rules.support.TestPoles.ESS_MEMBERS;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.association;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.coursive;
import static fr.ptce.rules.support.TestPoles.sarl;
import static fr.ptce.rules.support.TestPoles.villeDijon;
import static fr.ptce.rules.support.TestPoles.zutique;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data rules of rules-v1, part of every referential: one test per rule and outcome, named after the rule.
 * Checked against LOI-2014-856-ART9 unless the test is about the referentials.
 */
class DataRulesTest {
    private static final ComplianceChecker CHECKER = Checks.checker();

    private static ComplianceReport check(TestPoles.Draft pole) {
        return CHECKER.check(pole.build(), Referential.LOI_2014_856_ART9, Checks.OPTIONS);
    }

    private static Member gie(String id) {
        return Member.builder(id, "GIE " + id).legalCategory("6220").commune(DIJON).build();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Referential.class)
    void dataRules_arePartOfEveryReferential(Referential referential) {
        ComplianceReport report = CHECKER.check(compliantPole().with(gie("gie")).build(), referential, Checks.OPTIONS);

        assertThat(report).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("gie");
        assertThat(report).rule("DATA-SIRENE-ESS-MISMATCH").passed();
    }

    @Nested
    class EssStatusUnknown {
        @Test
        void essStatusUnknown_passesWhenEveryStatusIsSettled() {
            assertThat(check(compliantPole())).rule("DATA-ESS-STATUS-UNKNOWN").passed().withNoEvidence()
                    .withSeverity(Severity.WARNING)
                    .withMessageContaining("Le statut ESS de chaque membre et partenaire est déterminé");
        }

        @Test
        void essStatusUnknown_failsWithAGie() {
            ComplianceReport report = check(compliantPole().with(gie("gie")));

            assertThat(report).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("gie")
                    .withMessageContaining("1 membre(s) ou partenaire(s) au statut ESS indéterminé")
                    .withRemedyContaining("Renseigner « statute » ou l'indicateur SIRENE « sireneEss » de 1 entrée(s)");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
        }

        @ParameterizedTest(name = "legal category {0}")
        @ValueSource(strings = {"6540", "9240", "9900", "3120"})
        void essStatusUnknown_failsWithOtherPrivateLegalPersonsOfUnsettledStatus(String category) {
            Member m = Member.builder("entite", "Entité").legalCategory(category).commune(DIJON).build();

            assertThat(check(compliantPole().with(m))).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("entite");
        }

        @Test
        void essStatusUnknown_failsWithAPartnerOfUnknownStatus() {
            Member partner = Member.builder("gie-partenaire", "GIE").legalCategory("6220").partner().commune(DIJON)
                    .build();

            assertThat(check(compliantPole().with(partner))).rule("DATA-ESS-STATUS-UNKNOWN").failed()
                    .withEvidence("gie-partenaire");
        }

        @Test
        void essStatusUnknown_listsEveryEntryOfUnknownStatus() {
            assertThat(check(compliantPole().with(gie("gie-a")).with(gie("gie-b")))).rule("DATA-ESS-STATUS-UNKNOWN")
                    .failed().withEvidence("gie-a", "gie-b").withRemedyContaining("de 2 entrée(s)");
        }

        @Test
        void essStatusUnknown_passesWhenTheSireneFlagSettlesIt() {
            Member flagged = Member.builder("gie", "GIE").legalCategory("6220").sireneEss(SireneEss.O).commune(DIJON)
                    .build();

            assertThat(check(compliantPole().with(flagged))).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }

        @Test
        void essStatusUnknown_passesWhenTheStatuteSettlesIt() {
            Member coop = Member.builder("sc-coop", "Société civile coopérative").legalCategory("6540")
                    .statute(Statute.COOPERATIVE).commune(DIJON).build();

            assertThat(check(compliantPole().with(coop))).rule("DATA-ESS-STATUS-UNKNOWN").passed();
        }

        @Test
        void essStatusUnknown_failsWhenTheStatuteDoesNotSettleIt() {
            Member fund = Member.builder("fonds", "Fonds de dotation").legalCategory("9900")
                    .statute(Statute.ENDOWMENT_FUND).commune(DIJON).build();

            assertThat(check(compliantPole().with(fund))).rule("DATA-ESS-STATUS-UNKNOWN").failed().withEvidence("fonds");
        }

        @Test
        void essStatusUnknown_ignoresAMemberWhoLeftBeforeTheAsOfDate() {
            Member gone = Member.builder("gie", "GIE").legalCategory("6220").commune(DIJON).leftOn(BEFORE).build();

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
                    .withMessageContaining("1 entrée(s) dont la classification contredit l'indicateur ESS de SIRENE")
                    .withRemedyContaining("Vérifier la catégorie juridique, le statut et l'indicateur SIRENE de 1 entrée(s)");
            assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS);
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
                    .withRemedyContaining("de 2 entrée(s)");
        }

        @Test
        void sireneEssMismatch_ignoresAMemberWhoLeftBeforeTheAsOfDate() {
            assertThat(check(compliantPole().with(zutique().sireneEss(SireneEss.N).leftOn(BEFORE))))
                    .rule("DATA-SIRENE-ESS-MISMATCH").passed();
        }
    }

    @Test
    void dataRules_keepTheirOrderAtTheEndOfEachReferential() {
        for (Referential r : Referential.values()) {
            List<RuleResult> results = CHECKER.check(compliantPole().build(), r, Checks.OPTIONS).results();
            assertThat(results.subList(results.size() - 2, results.size())).extracting(RuleResult::ruleId)
                    .containsExactly("DATA-ESS-STATUS-UNKNOWN", "DATA-SIRENE-ESS-MISMATCH");
        }
    }
}
