package fr.ptce.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.MemberBuilder;
import fr.ptce.model.Patterns;
import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import fr.ptce.model.reference.EssBase;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.LegalCategoryFacts;
import fr.ptce.model.reference.LegalFamily;
import fr.ptce.model.reference.LegalPersonality;
import fr.ptce.model.reference.SireneSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The derived facts about an entry of {@code members[]} (rules-v2, section 2): legal person and public law (2.1),
 * ESS status and its reason (2.2, one test per line of the table, in order), statute compatibility (2.3), roles
 * (2.4), families (2.5) and person identity. The per-code facts come from the shipped legal-category table; the
 * tests that cover every code read it through {@link LegalCategories#allFacts()}.
 */
class MemberClassifierTest {
    /** The as-of date of every check below. */
    private static final LocalDate D = LocalDate.of(2024, 6, 1);

    private static MemberBuilder member(String legalCategory) {
        return Member.builder("m", "Membre").legalCategory(legalCategory);
    }

    private static MemberBuilder naturalPerson() {
        return Member.builder("h", "Une habitante").naturalPerson(true);
    }

    private static MemberProfile profile(MemberBuilder builder) {
        return MemberClassifier.profile(builder.build(), D);
    }

    private static LegalCategoryFacts facts(String code) {
        return LegalCategories.facts(code).orElseThrow();
    }

    /** The codes of the legal-category table whose facts satisfy {@code test}. */
    private static Set<String> codesWhere(Predicate<LegalCategoryFacts> test) {
        return LegalCategories.allFacts().values().stream().filter(test).map(LegalCategoryFacts::code)
                .collect(Collectors.toSet());
    }

    // ---- 2.2 ESS status: one test per line of the table, in order -------------------------------------------------

    @Nested
    class EssStatusTable {

        @Test
        void reasonsAreTheTwelveLinesOfTheTableInOrder() {
            assertThat(EssReason.values()).containsExactly(EssReason.NATURAL_PERSON, EssReason.NO_LEGAL_PERSONALITY,
                    EssReason.PUBLIC_LAW, EssReason.ESS_FORM, EssReason.ESS_STATUTE, EssReason.NON_ESS_FORM,
                    EssReason.ESUS_APPROVAL, EssReason.ESS_STATUTES, EssReason.STATUTES_NOT_ESS, EssReason.SIRENE_FLAG,
                    EssReason.NO_ESS_EVIDENCE, EssReason.NEEDS_REVIEW);
        }

        @Test
        void line01NaturalPersonIsNotEssWhateverItsCategoryStatuteOrEvidence() {
            MemberProfile p = profile(naturalPerson().legalCategory("9220").statute(Statute.ASSOCIATION)
                    .essStatutes(true).sireneEss(SireneEss.O).esusApproval(D.minusYears(1), null));

            assertThat(p.essReason()).isEqualTo(EssReason.NATURAL_PERSON);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isFalse();
            assertThat(p.publicLaw()).isFalse();
            assertThat(p.essEnterprise()).isFalse();
        }

        @Test
        void line02BodyWithoutLegalPersonalityIsNotEssEvenWithACompatibleStatuteAndTheSireneFlag() {
            MemberProfile p = profile(member("9210").statute(Statute.ASSOCIATION).sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.NO_LEGAL_PERSONALITY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isFalse();
        }

        @Test
        void line03PublicLawPersonIsNotEssEvenWithAnEsusApprovalAndTheSireneFlag() {
            MemberProfile p = profile(member("7210").sireneEss(SireneEss.O).essStatutes(true)
                    .esusApproval(D.minusYears(1), null));

            assertThat(p.essReason()).isEqualTo(EssReason.PUBLIC_LAW);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isTrue();
            assertThat(p.publicLaw()).isTrue();
        }

        @Test
        void line04EssFormIsEssByStatusEvenWithStatutesDeclaredNotEssAndFlagN() {
            MemberProfile p = profile(member("9220").essStatutes(false).sireneEss(SireneEss.N));

            assertThat(p.essReason()).isEqualTo(EssReason.ESS_FORM);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
            assertThat(p.essEnterprise()).isTrue();
        }

        @Test
        void line05CompatibleCooperativeStatuteMakesACommercialCompanyEssByStatus() {
            MemberProfile p = profile(member("5710").statute(Statute.SCIC).essStatutes(false));

            assertThat(p.essReason()).isEqualTo(EssReason.ESS_STATUTE);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
            assertThat(p.statuteConflict()).isFalse();
        }

        @Test
        void line06FormNotListedInArticle1IsNotEssWhateverItsEvidence() {
            MemberProfile p = profile(member("6220").statute(Statute.SCIC).essStatutes(true).sireneEss(SireneEss.O)
                    .esusApproval(D.minusYears(1), null));

            assertThat(p.essReason()).isEqualTo(EssReason.NON_ESS_FORM);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isTrue();
        }

        @Test
        void line07ActiveEsusApprovalMakesACommercialCompanyEssByStatutes() {
            MemberProfile p = profile(member("5499").esusApproval(D.minusYears(2), D.plusYears(3)));

            assertThat(p.essReason()).isEqualTo(EssReason.ESUS_APPROVAL);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUTES);
            assertThat(p.esusActive()).isTrue();
        }

        @Test
        void line07EsusApprovalBeatsStatutesDeclaredNotEss() {
            MemberProfile p = profile(member("5710").esusApproval(D.minusYears(1), null).essStatutes(false)
                    .sireneEss(SireneEss.N));

            assertThat(p.essReason()).isEqualTo(EssReason.ESUS_APPROVAL);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUTES);
        }

        @Test
        void line07EsusApprovalSettlesAFormOfUnknownStatus() {
            assertThat(profile(member("9240").esusApproval(D.minusYears(1), null)).essReason())
                    .isEqualTo(EssReason.ESUS_APPROVAL);
        }

        @Test
        void line08EssStatutesMakeACommercialCompanyEssByStatutesEvenFlaggedN() {
            MemberProfile p = profile(member("5710").essStatutes(true).sireneEss(SireneEss.N));

            assertThat(p.essReason()).isEqualTo(EssReason.ESS_STATUTES);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUTES);
        }

        @Test
        void line08EssStatutesSettleAForeignCompany() {
            assertThat(profile(member("3120").essStatutes(true)).essReason()).isEqualTo(EssReason.ESS_STATUTES);
        }

        @Test
        void line09StatutesDeclaredNotEssBeatTheSireneFlag() {
            MemberProfile p = profile(member("5499").essStatutes(false).sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.STATUTES_NOT_ESS);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
        }

        @Test
        void line10SireneFlagOMakesACommercialCompanyEssByStatutes() {
            MemberProfile p = profile(member("5499").sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.SIRENE_FLAG);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUTES);
        }

        @Test
        void line10SireneFlagOSettlesACongregation() {
            assertThat(profile(member("9240").sireneEss(SireneEss.O)).essReason()).isEqualTo(EssReason.SIRENE_FLAG);
        }

        @Test
        void line11CommercialCompanyWithoutEssEvidenceIsNotEss() {
            MemberProfile p = profile(member("5710").sireneEss(SireneEss.N));

            assertThat(p.essReason()).isEqualTo(EssReason.NO_ESS_EVIDENCE);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.nonEssEnterprise()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"3120", "3220", "3290", "9240"})
        void line12FormTheCategoryCannotSettleNeedsReviewWithoutEvidence(String category) {
            MemberProfile p = profile(member(category).sireneEss(SireneEss.N));

            assertThat(p.essReason()).isEqualTo(EssReason.NEEDS_REVIEW);
            assertThat(p.essStatus()).isEqualTo(EssStatus.UNKNOWN);
            assertThat(p.legalPerson()).isTrue();
            assertThat(p.essEnterprise()).isFalse();
            assertThat(p.nonEssEnterprise()).isFalse();
        }

        @Test
        void line12AppliesExactlyToTheFourCategoriesOfUnknownEssStatus() {
            assertThat(codesWhere(f -> MemberClassifier.profile(member(f.code()).build(), D).essReason()
                    == EssReason.NEEDS_REVIEW)).containsExactlyInAnyOrder("3120", "3220", "3290", "9240");
        }

        @Test
        void eachReasonGivesTheStatusOfItsLine() {
            assertThat(EnumSet.allOf(EssReason.class)).allSatisfy(reason -> assertThat(MemberClassifier.statusOf(reason))
                    .as(reason.name()).isEqualTo(switch (reason) {
                        case ESS_FORM, ESS_STATUTE -> EssStatus.ESS_BY_STATUS;
                        case ESUS_APPROVAL, ESS_STATUTES, SIRENE_FLAG -> EssStatus.ESS_BY_STATUTES;
                        case NEEDS_REVIEW -> EssStatus.UNKNOWN;
                        default -> EssStatus.NOT_ESS;
                    }));
        }

        @Test
        void onlyTheTwoEssStatusesAreEss() {
            assertThat(EnumSet.allOf(EssStatus.class)).filteredOn(EssStatus::isEss)
                    .containsExactlyInAnyOrder(EssStatus.ESS_BY_STATUS, EssStatus.ESS_BY_STATUTES);
        }

        @Test
        void essStatusShortcutAgreesWithTheProfile() {
            Member scic = member("5710").statute(Statute.SCIC).build();

            assertThat(MemberClassifier.essStatus(scic, D)).isEqualTo(MemberClassifier.profile(scic, D).essStatus());
        }
    }

    // ---- 2.2 what settles what: the evidence of lines 7-10 ----------------------------------------------------------

    @Nested
    class EvidenceOfLines7To10 {

        @Test
        void sireneFlagODoesNotSettleAGie() {
            assertThat(profile(member("6220").sireneEss(SireneEss.O)).essReason()).isEqualTo(EssReason.NON_ESS_FORM);
        }

        @Test
        void essStatutesDoNotSettleAGie() {
            assertThat(profile(member("6220").essStatutes(true)).essReason()).isEqualTo(EssReason.NON_ESS_FORM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"6540", "6901", "9110", "9150", "9900", "9970", "8410"})
        void sireneFlagODoesNotSettleAFormNotListedInArticle1(String category) {
            MemberProfile p = profile(member(category).sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.NON_ESS_FORM);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
        }

        /** Lines 7 to 10 are reached only by a private legal person whose category is a commercial or unknown form. */
        private boolean settledByEvidence(LegalCategoryFacts f) {
            return f.legalPerson().isLegalPerson() && !f.publicLaw()
                    && (f.essBase() == EssBase.COMMERCIAL_COMPANY || f.essBase() == EssBase.UNKNOWN);
        }

        /** For every code: with {@code evidence} the reason is {@code settled} exactly for the forms lines 7-10 settle. */
        private List<String> codesWhereEvidenceMisbehaves(UnaryOperator<MemberBuilder> evidence, EssReason settled) {
            List<String> wrong = new ArrayList<>();
            for (LegalCategoryFacts f : LegalCategories.allFacts().values()) {
                EssReason without = profile(member(f.code())).essReason();
                EssReason with = profile(evidence.apply(member(f.code()))).essReason();
                EssReason expected = settledByEvidence(f) ? settled : without;
                if (with != expected) {
                    wrong.add(f.code() + ": " + with + " instead of " + expected);
                }
            }
            return wrong;
        }

        @Test
        void sireneFlagOSettlesOnlyCommercialCompaniesAndFormsOfUnknownStatus() {
            assertThat(codesWhereEvidenceMisbehaves(b -> b.sireneEss(SireneEss.O), EssReason.SIRENE_FLAG)).isEmpty();
        }

        @Test
        void essStatutesTrueSettleOnlyCommercialCompaniesAndFormsOfUnknownStatus() {
            assertThat(codesWhereEvidenceMisbehaves(b -> b.essStatutes(true), EssReason.ESS_STATUTES)).isEmpty();
        }

        @Test
        void essStatutesFalseSettleOnlyCommercialCompaniesAndFormsOfUnknownStatus() {
            assertThat(codesWhereEvidenceMisbehaves(b -> b.essStatutes(false), EssReason.STATUTES_NOT_ESS)).isEmpty();
        }

        @Test
        void activeEsusApprovalSettlesOnlyCommercialCompaniesAndFormsOfUnknownStatus() {
            assertThat(codesWhereEvidenceMisbehaves(b -> b.esusApproval(D.minusYears(1), null), EssReason.ESUS_APPROVAL))
                    .isEmpty();
        }
    }

    // ---- ESUS approval on the as-of date ---------------------------------------------------------------------------

    @Nested
    class EsusApprovalOnTheAsOfDate {

        @Test
        void approvalGrantedOnTheAsOfDateIsActive() {
            MemberProfile p = profile(member("5710").esusApproval(D, null));

            assertThat(p.esusActive()).isTrue();
            assertThat(p.essReason()).isEqualTo(EssReason.ESUS_APPROVAL);
        }

        @Test
        void approvalGrantedTheDayAfterTheAsOfDateIsNotActiveYet() {
            MemberProfile p = profile(member("5710").esusApproval(D.plusDays(1), null));

            assertThat(p.esusActive()).isFalse();
            assertThat(p.essReason()).isEqualTo(EssReason.NO_ESS_EVIDENCE);
        }

        @Test
        void approvalExpiringOnTheAsOfDateNoLongerApplies() {
            MemberProfile p = profile(member("5710").esusApproval(D.minusYears(5), D));

            assertThat(p.esusActive()).isFalse();
            assertThat(p.essReason()).isEqualTo(EssReason.NO_ESS_EVIDENCE);
        }

        @Test
        void approvalExpiringTheDayAfterTheAsOfDateStillApplies() {
            MemberProfile p = profile(member("5710").esusApproval(D.minusYears(5), D.plusDays(1)));

            assertThat(p.esusActive()).isTrue();
            assertThat(p.essReason()).isEqualTo(EssReason.ESUS_APPROVAL);
        }

        @Test
        void expiredApprovalLeavesTheStatusToTheNextLines() {
            MemberProfile p = profile(member("5710").esusApproval(D.minusYears(5), D.minusYears(1)).essStatutes(false));

            assertThat(p.essReason()).isEqualTo(EssReason.STATUTES_NOT_ESS);
        }

        @Test
        void sameEntryIsEssWhileItsApprovalAppliesAndNotAfter() {
            Member m = member("5710").esusApproval(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)).build();

            assertThat(MemberClassifier.essStatus(m, LocalDate.of(2024, 12, 31))).isEqualTo(EssStatus.ESS_BY_STATUTES);
            assertThat(MemberClassifier.essStatus(m, LocalDate.of(2025, 1, 1))).isEqualTo(EssStatus.NOT_ESS);
        }

        @Test
        void approvalIsReportedActiveEvenWhenAnotherLineSettlesTheStatus() {
            MemberProfile p = profile(member("9220").essStatutes(false).esusApproval(D.minusYears(1), null));

            assertThat(p.essReason()).isEqualTo(EssReason.ESS_FORM);
            assertThat(p.esusActive()).isTrue();
        }

        @Test
        void entryWithoutApprovalHasNoActiveApproval() {
            assertThat(profile(member("5710")).esusActive()).isFalse();
        }
    }

    // ---- 2.3 statute compatibility --------------------------------------------------------------------------------

    @Nested
    class StatuteCompatibilityTable {

        private static boolean compatible(Statute statute, String code) {
            return StatuteCompatibility.compatible(statute, facts(code));
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"SCIC", "SCOP", "CAE", "COOPERATIVE"})
        void cooperativeStatuteFitsACooperativeForm(Statute statute) {
            assertThat(compatible(statute, "5458")).isTrue();
            assertThat(compatible(statute, "6317")).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"SCIC", "SCOP", "CAE", "COOPERATIVE"})
        void cooperativeStatuteFitsACommercialCompany(Statute statute) {
            assertThat(compatible(statute, "5710")).isTrue();
            assertThat(compatible(statute, "5499")).isTrue();
            assertThat(compatible(statute, "5599")).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"SCIC", "SCOP", "CAE", "COOPERATIVE"})
        void cooperativeStatuteDoesNotFitAnAssociationAGieAMutualOrAPublicBody(Statute statute) {
            assertThat(List.of("9220", "6220", "8210", "9300", "7210", "3120")).noneMatch(code -> compatible(statute, code));
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"SCIC", "SCOP", "CAE", "COOPERATIVE"})
        void cooperativeStatuteFitsExactlyTheCooperativeFormsAndTheCommercialCompanies(Statute statute) {
            assertThat(codesWhere(f -> StatuteCompatibility.compatible(statute, f))).isEqualTo(codesWhere(
                    f -> f.family() == LegalFamily.COOPERATIVE
                            || f.essBase() == EssBase.COMMERCIAL_COMPANY));
        }

        @Test
        void scicOnASas5710IsCompatibleAndMakesItEssByStatus() {
            MemberProfile p = profile(member("5710").statute(Statute.SCIC));

            assertThat(p.statuteConflict()).isFalse();
            assertThat(p.essReason()).isEqualTo(EssReason.ESS_STATUTE);
        }

        @Test
        void mutualStatuteFitsExactlyTheMutualForms() {
            assertThat(compatible(Statute.MUTUAL, "8210")).isTrue();
            assertThat(compatible(Statute.MUTUAL, "6411")).isTrue();
            assertThat(compatible(Statute.MUTUAL, "5710")).isFalse();
            assertThat(compatible(Statute.MUTUAL, "5458")).isFalse();
            assertThat(codesWhere(f -> StatuteCompatibility.compatible(Statute.MUTUAL, f)))
                    .isEqualTo(codesWhere(f -> f.family() == LegalFamily.MUTUAL));
        }

        @Test
        void associationStatuteFitsExactlyTheSixAssociationCodes() {
            assertThat(codesWhere(f -> StatuteCompatibility.compatible(Statute.ASSOCIATION, f)))
                    .containsExactlyInAnyOrder("9220", "9221", "9222", "9223", "9230", "9260");
        }

        @Test
        void associationStatuteDoesNotFitACongregation() {
            MemberProfile p = profile(member("9240").statute(Statute.ASSOCIATION));

            assertThat(compatible(Statute.ASSOCIATION, "9240")).isFalse();
            assertThat(p.statuteConflict()).isTrue();
            assertThat(p.essReason()).isEqualTo(EssReason.NEEDS_REVIEW);
        }

        @Test
        void associationStatuteDoesNotFitAnUndeclaredAssociationOrAnAarpi() {
            assertThat(compatible(Statute.ASSOCIATION, "9210")).isFalse();
            assertThat(compatible(Statute.ASSOCIATION, "9224")).isFalse();
        }

        @Test
        void foundationStatuteFitsExactlyThe93xxCodes() {
            assertThat(compatible(Statute.FOUNDATION, "9300")).isTrue();
            assertThat(compatible(Statute.FOUNDATION, "9220")).isFalse();
            assertThat(codesWhere(f -> StatuteCompatibility.compatible(Statute.FOUNDATION, f)))
                    .isNotEmpty().allMatch(code -> code.startsWith("93"))
                    .isEqualTo(codesWhere(f -> f.code().startsWith("93")));
        }

        @Test
        void endowmentFundStatuteFitsOnly9900() {
            assertThat(codesWhere(f -> StatuteCompatibility.compatible(Statute.ENDOWMENT_FUND, f)))
                    .containsExactly("9900");
        }

        @Test
        void compatibleEndowmentFundStatuteDoesNotMakeAnEntryEss() {
            MemberProfile p = profile(member("9900").statute(Statute.ENDOWMENT_FUND));

            assertThat(p.statuteConflict()).isFalse();
            assertThat(p.essReason()).isEqualTo(EssReason.NON_ESS_FORM);
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"GEIQ", "EMPLOYER_GROUP"})
        void employerGroupStatuteFitsAssociationsCooperativesCommercialCompaniesAndASisa(Statute statute) {
            assertThat(List.of("9220", "9223", "9260", "5458", "5710", "5499", "6511"))
                    .allMatch(code -> compatible(statute, code));
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"GEIQ", "EMPLOYER_GROUP"})
        void employerGroupStatuteDoesNotFitOtherSocietesCivilesAGieOrAPublicBody(Statute statute) {
            assertThat(List.of("6540", "6599", "6220", "9300", "9900", "7210", "4110"))
                    .noneMatch(code -> compatible(statute, code));
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"GEIQ", "EMPLOYER_GROUP"})
        void compatibleEmployerGroupStatuteDoesNotMakeAnEntryEss(Statute statute) {
            MemberProfile sisa = profile(member("6511").statute(statute));
            MemberProfile sas = profile(member("5710").statute(statute));

            assertThat(sisa.statuteConflict()).isFalse();
            assertThat(sisa.essReason()).isEqualTo(EssReason.NON_ESS_FORM);
            assertThat(sas.statuteConflict()).isFalse();
            assertThat(sas.essReason()).isEqualTo(EssReason.NO_ESS_EVIDENCE);
        }

        @ParameterizedTest
        @EnumSource(Statute.class)
        void naturalPersonStatuteIsNeverCompatible(Statute statute) {
            MemberProfile p = profile(naturalPerson().legalCategory("9220").statute(statute));

            assertThat(p.statuteConflict()).isTrue();
            assertThat(p.essReason()).isEqualTo(EssReason.NATURAL_PERSON);
        }

        @Test
        void incompatibleStatuteIsIgnoredAndReportedAsAConflict() {
            MemberProfile p = profile(member("6220").statute(Statute.SCOP));

            assertThat(p.statuteConflict()).isTrue();
            assertThat(p.essReason()).isEqualTo(EssReason.NON_ESS_FORM);
        }

        @Test
        void entryWithoutStatuteHasNoConflict() {
            assertThat(profile(member("6220")).statuteConflict()).isFalse();
            assertThat(profile(naturalPerson()).statuteConflict()).isFalse();
        }

        @Test
        void onlyTheSevenEssStatutesCanSettleLine5() {
            assertThat(EnumSet.allOf(Statute.class)).filteredOn(StatuteCompatibility::makesEss)
                    .containsExactlyInAnyOrder(Statute.SCIC, Statute.SCOP, Statute.CAE, Statute.COOPERATIVE,
                            Statute.MUTUAL, Statute.FOUNDATION, Statute.ASSOCIATION);
        }
    }

    // ---- 2.1 legal person, public law ------------------------------------------------------------------------------

    @Nested
    class LegalPersonAndPublicLaw {

        @ParameterizedTest
        @ValueSource(strings = {"9224", "0000", "7312", "7341"})
        void categoryAddedToTheBodiesWithoutLegalPersonalityIsNotALegalPerson(String category) {
            MemberProfile p = profile(member(category));

            assertThat(p.legalPerson()).isFalse();
            assertThat(p.essReason()).isEqualTo(EssReason.NO_LEGAL_PERSONALITY);
        }

        @Test
        void bodiesWithoutLegalPersonalityAreExactly1000The2xxx9210922400007312And7341() {
            Set<String> notLegalPersons = codesWhere(f -> !MemberClassifier.isLegalPerson(member(f.code()).build()));

            assertThat(notLegalPersons).isEqualTo(codesWhere(f -> f.code().startsWith("2")
                    || Set.of("1000", "9210", "9224", "0000", "7312", "7341").contains(f.code())));
        }

        @Test
        void everyStateServiceIsALegalPersonOfKindState() {
            Set<String> stateServices = codesWhere(f -> f.legalPerson() == LegalPersonality.STATE);

            assertThat(stateServices).contains("7111", "7113", "7120", "7172", "7179", "7190").isEqualTo(codesWhere(f -> f.code().equals("7190")
                            || (f.code().compareTo("7111") >= 0 && f.code().compareTo("7179") <= 0)));
            assertThat(stateServices).allSatisfy(code -> {
                MemberProfile p = profile(member(code));
                assertThat(p.legalPerson()).as(code).isTrue();
                assertThat(p.publicLaw()).as(code).isTrue();
                assertThat(p.essReason()).as(code).isEqualTo(EssReason.PUBLIC_LAW);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"3110", "3205", "3210"})
        void foreignStateBodiesAndInternationalOrganisationsArePublicLaw(String category) {
            MemberProfile p = profile(member(category).sireneEss(SireneEss.O));

            assertThat(p.publicLaw()).isTrue();
            assertThat(p.legalPerson()).isTrue();
            assertThat(p.essReason()).isEqualTo(EssReason.PUBLIC_LAW);
        }

        @Test
        void tradingAgencyOfAForeignStateIsANonEssEnterprise() {
            MemberProfile p = profile(member("3110"));

            assertThat(p.roles()).containsExactly(Role.ENTERPRISE);
            assertThat(p.nonEssEnterprise()).isTrue();
        }

        @Test
        void publicLawPersonsAreExactlyThe4xxxThe7xxx3110And3205And3210() {
            assertThat(codesWhere(f -> MemberClassifier.isPublicLaw(member(f.code()).build())))
                    .isEqualTo(codesWhere(f -> f.code().startsWith("4") || f.code().startsWith("7")
                            || Set.of("3110", "3205", "3210").contains(f.code())));
        }

        @Test
        void foreignCompanyIsAPrivateLegalPerson() {
            MemberProfile p = profile(member("3120"));

            assertThat(p.legalPerson()).isTrue();
            assertThat(p.publicLaw()).isFalse();
        }

        @Test
        void naturalPersonIsNeitherALegalPersonNorPublicLawWhateverItsCategory() {
            Member m = naturalPerson().legalCategory("7210").build();

            assertThat(MemberClassifier.isLegalPerson(m)).isFalse();
            assertThat(MemberClassifier.isPublicLaw(m)).isFalse();
        }

        @Test
        void entryWithoutCategoryThatIsNotANaturalPersonIsReadAsABodyWithoutLegalPersonality() {
            MemberProfile p = profile(Member.builder("m", "Sans catégorie").sireneEss(SireneEss.O));

            assertThat(p.legalPerson()).isFalse();
            assertThat(p.essReason()).isEqualTo(EssReason.NO_LEGAL_PERSONALITY);
            assertThat(p.roles()).containsExactly(Role.OTHER);
        }
    }

    // ---- 2.1 distinct persons ---------------------------------------------------------------------------------------

    @Nested
    class PersonIdentity {

        private String person(MemberBuilder builder) {
            return profile(builder).person();
        }

        @Test
        void everyStateServiceIsTheOnePersonTheState() {
            String ministry = person(Member.builder("ministere", "Ministère").legalCategory("7113").siren("110000015"));
            String prefecture = person(Member.builder("prefecture", "Préfecture").legalCategory("7172"));
            String school = person(Member.builder("ecole", "École nationale").legalCategory("7190"));

            assertThat(List.of(ministry, prefecture, school)).containsOnly(MemberClassifier.STATE);
        }

        @Test
        void publicBodyWithAPersonalityOfItsOwnIsNotTheState() {
            assertThat(person(Member.builder("universite", "Université").legalCategory("7383")))
                    .isNotEqualTo(MemberClassifier.STATE);
        }

        @Test
        void twoEntriesWithTheSameSirenAreOnePerson() {
            String headOffice = person(Member.builder("siege", "Siège").legalCategory("5710").siren("812345676"));
            String branch = person(Member.builder("agence", "Agence").legalCategory("5710").siren("812345676"));

            assertThat(headOffice).isEqualTo(branch);
        }

        @Test
        void entriesWithDifferentSirensAreDistinctPersons() {
            assertThat(person(member("5710").siren("812345676"))).isNotEqualTo(person(member("5710").siren("812345684")));
        }

        @Test
        void entriesWithoutSirenAreEachAPersonOfTheirOwn() {
            assertThat(person(Member.builder("a", "A").legalCategory("9220")))
                    .isNotEqualTo(person(Member.builder("b", "B").legalCategory("9220")));
        }

        @Test
        void naturalPersonsAreNeverMergedBySiren() {
            String one = person(Member.builder("une", "Une habitante").naturalPerson(true).siren("812345676"));
            String other = person(Member.builder("autre", "Une autre").naturalPerson(true).siren("812345676"));

            assertThat(one).isNotEqualTo(other);
        }

        @Test
        void naturalPersonIsNotMergedWithAnEnterpriseOfTheSameSiren() {
            String citizen = person(Member.builder("habitant", "Un habitant").naturalPerson(true).siren("812345676"));
            String business = person(Member.builder("entreprise", "Son entreprise").legalCategory("1000")
                    .siren("812345676"));

            assertThat(citizen).isNotEqualTo(business);
        }
    }

    // ---- 2.4 roles ----------------------------------------------------------------------------------------------------

    @Nested
    class Roles {

        @Test
        void naturalPersonHasRoleOtherWhateverItsRolesNafOrCategory() {
            MemberProfile p = profile(naturalPerson().legalCategory("1000").roles(Role.ENTERPRISE).naf("72.19Z"));

            assertThat(p.roles()).containsExactly(Role.OTHER);
        }

        @Test
        void explicitRolesReplaceTheNafAndTheCategory() {
            MemberProfile p = profile(member("7383").naf("85.42Z").roles(Role.RESEARCH_CENTRE, Role.TRAINING_BODY));

            assertThat(p.roles()).containsExactlyInAnyOrder(Role.RESEARCH_CENTRE, Role.TRAINING_BODY);
        }

        @Test
        void explicitEmptyRolesMeanNoRole() {
            MemberProfile p = profile(member("5499").naf("72.19Z").roles());

            assertThat(p.roles()).isEmpty();
            assertThat(p.nonEssEnterprise()).isFalse();
            assertThat(p.families()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"72.11Z", "72.19Z", "72.20Z"})
        void nafInDivision72MakesAResearchCentre(String naf) {
            assertThat(profile(member("9220").naf(naf)).roles()).containsExactly(Role.RESEARCH_CENTRE);
        }

        @Test
        void naf8542ZMakesAHigherEducationEstablishment() {
            assertThat(profile(member("9220").naf("85.42Z")).roles()).containsExactly(Role.HIGHER_EDUCATION);
        }

        @ParameterizedTest
        @ValueSource(strings = {"85.41Z", "85.59A", "85.59B", "85.32Z"})
        void trainingNafMakesATrainingBody(String naf) {
            assertThat(profile(member("9220").naf(naf)).roles()).containsExactly(Role.TRAINING_BODY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"62.01Z", "71.12B", "73.11Z", "85.20Z", "85.31Z", "85.51Z", "85.60Z", "84.11Z"})
        void otherNafLeavesTheRoleOfTheCategory(String naf) {
            assertThat(profile(member("9220").naf(naf)).roles()).containsExactly(Role.ENTERPRISE);
            assertThat(profile(member("7210").naf(naf)).roles()).containsExactly(Role.LOCAL_AUTHORITY);
        }

        @Test
        void researchEpicWithNaf7219ZIsAResearchCentreNotAnEnterprise() {
            MemberProfile p = profile(member("4110").naf("72.19Z"));

            assertThat(p.roles()).containsExactly(Role.RESEARCH_CENTRE);
            assertThat(p.nonEssEnterprise()).isFalse();
            assertThat(p.families()).containsExactly(ActorFamily.RESEARCH_OR_HIGHER_EDUCATION);
        }

        @Test
        void epicWithoutNafIsAnEnterpriseByItsCategory() {
            assertThat(profile(member("4110")).roles()).containsExactly(Role.ENTERPRISE);
        }

        @Test
        void nafOverridesTheRoleOfTheCategory() {
            assertThat(profile(member("7383").naf("72.19Z")).roles()).containsExactly(Role.RESEARCH_CENTRE);
            assertThat(profile(member("7210").naf("85.59A")).roles()).containsExactly(Role.TRAINING_BODY);
        }

        @Test
        void noNafImpliesNoRole() {
            assertThat(MemberClassifier.roleOfActivity(null)).isNull();
        }

        @Test
        void everyCategoryGivesItsDefaultRoleWhenNothingElseSays() {
            assertThat(LegalCategories.allFacts().values()).allSatisfy(f ->
                    assertThat(profile(member(f.code())).roles()).as(f.code()).containsExactly(f.defaultRole()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"8110", "8310", "8410", "8420", "8450", "9110", "9150", "9224", "9240", "9900"})
        void bodyThatIsNeitherAnEnterpriseNorAnEssFormHasRoleOther(String category) {
            MemberProfile p = profile(member(category));

            assertThat(p.roles()).containsExactly(Role.OTHER);
            assertThat(p.nonEssEnterprise()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"3110", "3220"})
        void foreignTradingBodyHasRoleEnterprise(String category) {
            assertThat(profile(member(category)).roles()).containsExactly(Role.ENTERPRISE);
        }
    }

    // ---- 2.5 families ------------------------------------------------------------------------------------------------

    @Nested
    class Families {

        @Test
        void essEnterpriseBelongsToTheEssEnterpriseFamily() {
            assertThat(profile(member("9220")).families()).containsExactly(ActorFamily.ESS_ENTERPRISE);
        }

        @Test
        void commercialCompanyWithoutEssEvidenceIsANonEssEnterprise() {
            MemberProfile p = profile(member("5499"));

            assertThat(p.nonEssEnterprise()).isTrue();
            assertThat(p.families()).containsExactly(ActorFamily.NON_ESS_ENTERPRISE);
        }

        @Test
        void entrepreneurIndividuelEnteredAsAnEntryIsANonEssEnterpriseThoughNotALegalPerson() {
            MemberProfile p = profile(member("1000"));

            assertThat(p.legalPerson()).isFalse();
            assertThat(p.roles()).containsExactly(Role.ENTERPRISE);
            assertThat(p.nonEssEnterprise()).isTrue();
            assertThat(p.families()).containsExactly(ActorFamily.NON_ESS_ENTERPRISE);
        }

        @Test
        void naturalPersonIsACitizenOnlyEvenWithCategory1000() {
            MemberProfile p = profile(naturalPerson().legalCategory("1000"));

            assertThat(p.nonEssEnterprise()).isFalse();
            assertThat(p.families()).containsExactly(ActorFamily.CITIZEN);
        }

        @Test
        void localAuthorityIsNotANonEssEnterprise() {
            MemberProfile p = profile(member("7210"));

            assertThat(p.nonEssEnterprise()).isFalse();
            assertThat(p.families()).containsExactly(ActorFamily.LOCAL_AUTHORITY);
        }

        @Test
        void publicIndustrialEstablishmentWithoutNafIsANonEssEnterprise() {
            assertThat(profile(member("4110")).families()).containsExactly(ActorFamily.NON_ESS_ENTERPRISE);
        }

        @Test
        void researchCentreAndHigherEducationShareAFamily() {
            assertThat(profile(member("7383")).families()).containsExactly(ActorFamily.RESEARCH_OR_HIGHER_EDUCATION);
            assertThat(profile(member("7490").roles(Role.RESEARCH_CENTRE)).families())
                    .containsExactly(ActorFamily.RESEARCH_OR_HIGHER_EDUCATION);
        }

        @Test
        void trainingBodyHasItsFamily() {
            assertThat(profile(member("7331")).families()).containsExactly(ActorFamily.TRAINING_BODY);
        }

        @Test
        void essAssociationThatTrainsBelongsToBothFamilies() {
            assertThat(profile(member("9220").naf("85.59A")).families())
                    .containsExactlyInAnyOrder(ActorFamily.ESS_ENTERPRISE, ActorFamily.TRAINING_BODY);
        }

        @Test
        void enterpriseOfUnknownStatusBelongsToNoEnterpriseFamily() {
            MemberProfile p = profile(member("3120"));

            assertThat(p.roles()).containsExactly(Role.ENTERPRISE);
            assertThat(p.families()).isEmpty();
        }

        @Test
        void nonEssBodyWithRoleOtherBelongsToNoFamily() {
            assertThat(profile(member("8410")).families()).isEmpty();
        }

        @Test
        void enterpriseGroupingWithAMajorityOfNonEssEnterprisesIsMostlyNonEssWhateverItsOwnStatus() {
            MemberProfile club = profile(member("9220").enterpriseGrouping(12, 7));

            assertThat(club.mostlyNonEssGrouping()).isTrue();
            assertThat(club.essEnterprise()).isTrue();
        }

        @Test
        void enterpriseGroupingHalfNonEssIsNoMajority() {
            assertThat(profile(member("9220").enterpriseGrouping(10, 5)).mostlyNonEssGrouping()).isFalse();
        }

        @Test
        void entryThatGroupsNoEnterpriseIsNoGrouping() {
            assertThat(profile(member("9220")).mostlyNonEssGrouping()).isFalse();
        }
    }

    // ---- every row of the legal-category table ---------------------------------------------------------------------

    @Nested
    class EveryLegalCategory {

        /** The reason an entry with only this category gets, as section 2.2 reads the row. */
        private EssReason reasonOfTheRow(LegalCategoryFacts f) {
            if (!f.legalPerson().isLegalPerson()) {
                return EssReason.NO_LEGAL_PERSONALITY;
            }
            if (f.publicLaw()) {
                return EssReason.PUBLIC_LAW;
            }
            return switch (f.essBase()) {
                case ESS_BY_STATUS -> EssReason.ESS_FORM;
                case NOT_ESS -> EssReason.NON_ESS_FORM;
                case COMMERCIAL_COMPANY -> EssReason.NO_ESS_EVIDENCE;
                case UNKNOWN -> EssReason.NEEDS_REVIEW;
                case NONE -> throw new AssertionError(f.code() + ": essBase NONE on a legal person");
            };
        }

        @Test
        void everyRowClassifiesAsItsFactsSay() {
            List<String> mismatches = new ArrayList<>();
            for (LegalCategoryFacts f : LegalCategories.allFacts().values()) {
                MemberProfile p = profile(member(f.code()).siren("812345676"));
                String expected = f.legalPerson().isLegalPerson() + " " + f.publicLaw() + " " + reasonOfTheRow(f) + " "
                        + Set.of(f.defaultRole()) + " " + (f.legalPerson() == LegalPersonality.STATE);
                String actual = p.legalPerson() + " " + p.publicLaw() + " " + p.essReason() + " " + p.roles() + " "
                        + MemberClassifier.STATE.equals(p.person());
                if (!actual.equals(expected)) {
                    mismatches.add(f.code() + ": " + actual + " instead of " + expected);
                }
            }

            assertThat(LegalCategories.allFacts()).hasSize(262);
            assertThat(mismatches).isEmpty();
        }

        @Test
        void essBaseNoneIsExactlyTheRowsWithoutLegalPersonality() {
            assertThat(codesWhere(f -> f.essBase() == EssBase.NONE))
                    .isEqualTo(codesWhere(f -> f.legalPerson() == LegalPersonality.NO));
        }

        @Test
        void noPublicLawLegalPersonHasAnEssForm() {
            assertThat(codesWhere(f -> f.publicLaw() && f.legalPerson().isLegalPerson()))
                    .allSatisfy(code -> assertThat(facts(code).essBase()).as(code).isEqualTo(EssBase.NOT_ESS));
        }

        @Test
        void everyEssFormIsAPrivateLegalPersonAndAnEssEnterprise() {
            assertThat(codesWhere(f -> f.essBase() == EssBase.ESS_BY_STATUS)).isNotEmpty().allSatisfy(code -> {
                MemberProfile p = profile(member(code));
                assertThat(p.legalPerson()).as(code).isTrue();
                assertThat(p.publicLaw()).as(code).isFalse();
                assertThat(p.essReason()).as(code).isEqualTo(EssReason.ESS_FORM);
                assertThat(p.families()).as(code).contains(ActorFamily.ESS_ENTERPRISE);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"9223", "5432", "5532", "5632", "6532", "6100"})
        void groupementDEmployeursSicaAndCaissesDEpargneAreEssForms(String category) {
            assertThat(profile(member(category)).essReason()).isEqualTo(EssReason.ESS_FORM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"6220", "6210", "6540", "6599", "6901", "8110", "8310", "9110", "9150", "9900", "9970"})
        void formsArticle1DoesNotListAreNotEss(String category) {
            assertThat(profile(member(category)).essReason()).isEqualTo(EssReason.NON_ESS_FORM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"8210", "8250", "8290", "6411"})
        void mutualsAreEssForms(String category) {
            assertThat(profile(member(category)).essReason()).isEqualTo(EssReason.ESS_FORM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"5498", "5720"})
        void legacyCommercialCategoriesAreCommercialCompanies(String category) {
            assertThat(profile(member(category)).essReason()).isEqualTo(EssReason.NO_ESS_EVIDENCE);
            assertThat(profile(member(category).sireneEss(SireneEss.O)).essReason()).isEqualTo(EssReason.SIRENE_FLAG);
        }
    }

    // ---- real SIRENE legal units --------------------------------------------------------------------------------

    /**
     * Expected facts of each (nature_juridique, est_ess) pair of {@code sirene-samples.csv}. {@code est_ess} is
     * SIRENE's economieSocialeSolidaireUniteLegale: True is read as flag {@code O}, False as {@code N}; the sample's
     * APE code is given as {@code naf} when it is a NAF rév. 2 code (none of them is a research, higher-education or
     * training code, so the role is the category's).
     * <ul>
     * <li>9220, 9230: associations, ESS by their form (art. 1 II 1°), role ENTERPRISE.</li>
     * <li>5499, 5510, 5599, 5710: commercial companies; flag O: ESS by statutes through the SIRENE flag, otherwise
     * no ESS evidence.</li>
     * <li>6540, 6599 (sociétés civiles), 8310 (CSE), 9110 (syndicat de copropriété): forms art. 1 II does not list,
     * not ESS; the CSE and the syndicat de copropriété are not enterprises (role OTHER).</li>
     * <li>3120, 3220: companies under foreign law, status unknown without evidence, role ENTERPRISE.</li>
     * <li>7120 (a ministry's central service, part of the State), 72xx, 7343/7346/7348, 7331: public law, not ESS;
     * roles OTHER, LOCAL_AUTHORITY, TRAINING_BODY (EPLE).</li>
     * </ul>
     */
    private static final Map<String, Expected> SIRENE_EXPECTATIONS = Map.ofEntries(
            Map.entry("9220|True", new Expected(EssStatus.ESS_BY_STATUS, EssReason.ESS_FORM, Role.ENTERPRISE)),
            Map.entry("9230|True", new Expected(EssStatus.ESS_BY_STATUS, EssReason.ESS_FORM, Role.ENTERPRISE)),
            Map.entry("5499|True", new Expected(EssStatus.ESS_BY_STATUTES, EssReason.SIRENE_FLAG, Role.ENTERPRISE)),
            Map.entry("5499|False", new Expected(EssStatus.NOT_ESS, EssReason.NO_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("5510|False", new Expected(EssStatus.NOT_ESS, EssReason.NO_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("5599|False", new Expected(EssStatus.NOT_ESS, EssReason.NO_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("5710|False", new Expected(EssStatus.NOT_ESS, EssReason.NO_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("6540|False", new Expected(EssStatus.NOT_ESS, EssReason.NON_ESS_FORM, Role.ENTERPRISE)),
            Map.entry("6599|False", new Expected(EssStatus.NOT_ESS, EssReason.NON_ESS_FORM, Role.ENTERPRISE)),
            Map.entry("8310|False", new Expected(EssStatus.NOT_ESS, EssReason.NON_ESS_FORM, Role.OTHER)),
            Map.entry("9110|False", new Expected(EssStatus.NOT_ESS, EssReason.NON_ESS_FORM, Role.OTHER)),
            Map.entry("3120|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.ENTERPRISE)),
            Map.entry("3220|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.ENTERPRISE)),
            Map.entry("7120|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW, Role.OTHER)),
            Map.entry("7220|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW, Role.LOCAL_AUTHORITY)),
            Map.entry("7229|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW, Role.LOCAL_AUTHORITY)),
            Map.entry("7331|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW, Role.TRAINING_BODY)),
            Map.entry("7343|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW, Role.LOCAL_AUTHORITY)),
            Map.entry("7346|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW, Role.LOCAL_AUTHORITY)),
            Map.entry("7348|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW, Role.LOCAL_AUTHORITY)));

    record Expected(EssStatus status, EssReason reason, Role role) {
    }

    private static Member sampleMember(Map<String, String> row) {
        String naf = row.get("naf");
        return Member.builder("s" + row.get("siren"), row.get("nom"))
                .siren(row.get("siren"))
                .legalCategory(row.get("nature_juridique"))
                .sireneEss(row.get("est_ess").equals("True") ? SireneEss.O : SireneEss.N)
                .naf(naf.matches(Patterns.NAF) ? naf : null)
                .build();
    }

    @Test
    void everySireneSampleIsClassifiedByItsCategoryEssFlagAndActivity() {
        List<Map<String, String>> rows = SireneSamples.rows();
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String key = row.get("nature_juridique") + "|" + row.get("est_ess");
            Expected expected = SIRENE_EXPECTATIONS.get(key);
            assertThat(expected).as("expectation for " + key).isNotNull();
            MemberProfile p = MemberClassifier.profile(sampleMember(row), D);
            Expected actual = new Expected(p.essStatus(), p.essReason(), p.roles().iterator().next());
            if (!actual.equals(expected) || p.roles().size() != 1) {
                mismatches.add(row.get("siren") + " " + key + ": " + actual + " instead of " + expected);
            }
        }

        assertThat(rows).hasSize(85);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void sireneSamplesHaveSevenEssUnits() {
        long ess = SireneSamples.rows().stream()
                .filter(row -> MemberClassifier.profile(sampleMember(row), D).essEnterprise())
                .count();

        assertThat(ess).isEqualTo(7);
    }

    @Test
    void everyExpectationIsUsedBySomeSample() {
        Set<String> seen = new HashSet<>();
        SireneSamples.rows().forEach(row -> seen.add(row.get("nature_juridique") + "|" + row.get("est_ess")));

        assertThat(seen).containsExactlyInAnyOrderElementsOf(SIRENE_EXPECTATIONS.keySet());
    }
}
