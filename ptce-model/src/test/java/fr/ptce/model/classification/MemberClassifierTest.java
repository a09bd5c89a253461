package fr.ptce.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.MemberBuilder;
import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.SireneSamples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The derived facts about a member (rules-v1, "Derived facts about each member"), one branch per test. */
class MemberClassifierTest {

    private static MemberBuilder member(String legalCategory) {
        return Member.builder("m", "Membre").legalCategory(legalCategory);
    }

    private static MemberProfile profile(MemberBuilder builder) {
        return MemberClassifier.profile(builder.build());
    }

    // ---- ESS status: one test per EssReason ------------------------------------------------------------------------

    @Nested
    class EssStatusByReason {

        @Test
        void naturalPersonIsNotEssWhateverItsCategory() {
            MemberProfile p = profile(member("9220").naturalPerson(true));

            assertThat(p.essReason()).isEqualTo(EssReason.NATURAL_PERSON);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isFalse();
            assertThat(p.essEnterprise()).isFalse();
        }

        @Test
        void entrepreneurIndividuelIsASoleTraderNotEss() {
            MemberProfile p = profile(member("1000"));

            assertThat(p.essReason()).isEqualTo(EssReason.SOLE_TRADER);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isFalse();
        }

        @Test
        void indivisionHasNoLegalPersonality() {
            MemberProfile p = profile(member("2110"));

            assertThat(p.essReason()).isEqualTo(EssReason.NO_LEGAL_PERSONALITY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isFalse();
        }

        @Test
        void associationNonDeclareeIsNotALegalPerson() {
            MemberProfile p = profile(member("9210").statute(Statute.ASSOCIATION).sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.NO_LEGAL_PERSONALITY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isFalse();
            assertThat(p.essEnterprise()).isFalse();
        }

        @Test
        void publicBodyFlaggedOStaysNotEss() {
            MemberProfile p = profile(member("7210").sireneEss(SireneEss.O).statute(Statute.ASSOCIATION));

            assertThat(p.essReason()).isEqualTo(EssReason.PUBLIC_LAW_PERSON);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.publicLaw()).isTrue();
            assertThat(p.legalPerson()).isTrue();
        }

        @Test
        void publicEstablishment4xxxIsAPublicLawPersonNotEss() {
            MemberProfile p = profile(member("4110"));

            assertThat(p.essReason()).isEqualTo(EssReason.PUBLIC_LAW_PERSON);
            assertThat(p.publicLaw()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"9220", "9221", "9222", "9224", "9230", "9260", "5195"})
        void associationWithLegalPersonalityIsEssByStatus(String category) {
            MemberProfile p = profile(member(category));

            assertThat(p.essReason()).isEqualTo(EssReason.ASSOCIATION_CATEGORY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
            assertThat(p.essEnterprise()).isTrue();
        }

        @Test
        void foundationIsEssByStatus() {
            MemberProfile p = profile(member("9300"));

            assertThat(p.essReason()).isEqualTo(EssReason.FOUNDATION_CATEGORY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"8210", "8250", "8290", "6411", "5191", "5193", "5194", "6595", "6596"})
        void mutualIsEssByStatus(String category) {
            MemberProfile p = profile(member(category));

            assertThat(p.essReason()).isEqualTo(EssReason.MUTUAL_CATEGORY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"5192", "5196", "5203", "5307", "5309", "5443", "5451", "5453", "5454", "5455", "5458",
                "5459", "5460", "5543", "5547", "5551", "5552", "5553", "5554", "5555", "5558", "5559", "5560", "5643",
                "5647", "5651", "5652", "5653", "5654", "5655", "5658", "5659", "5660", "6316", "6317", "6318", "6543",
                "6551", "6554", "6558", "6560"})
        void cooperativeCategoryIsEssByStatus(String category) {
            MemberProfile p = profile(member(category).essStatutes(false));

            assertThat(p.essReason()).isEqualTo(EssReason.COOPERATIVE_CATEGORY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
        }

        @Test
        void everyCategoryWhoseOfficialLabelSaysCooperativeOrScopIsEssByStatus() {
            Pattern cooperative = Pattern.compile("coopérative|\\bSCOP\\b", Pattern.CASE_INSENSITIVE);
            List<String> codes = LegalCategories.all().entrySet().stream()
                    .filter(e -> cooperative.matcher(e.getValue()).find())
                    .map(Map.Entry::getKey)
                    .toList();

            assertThat(codes).hasSize(42).allSatisfy(code ->
                    assertThat(MemberClassifier.essStatus(member(code).build())).as(code).isEqualTo(EssStatus.ESS_BY_STATUS));
        }

        @Test
        void scicInSasFormIsEssByStatus() {
            MemberProfile p = profile(member("5710").statute(Statute.SCIC));

            assertThat(p.essReason()).isEqualTo(EssReason.ESS_STATUTE);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
            assertThat(p.essEnterprise()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"SCIC", "SCOP", "CAE", "COOPERATIVE", "MUTUAL", "FOUNDATION", "ASSOCIATION"})
        void essStatuteSettlesAPrivateBodyTheCategoryCannot(Statute statute) {
            MemberProfile p = profile(member("6220").statute(statute));

            assertThat(p.essReason()).isEqualTo(EssReason.ESS_STATUTE);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUS);
        }

        @ParameterizedTest
        @EnumSource(value = Statute.class, names = {"ENDOWMENT_FUND", "GEIQ", "EMPLOYER_GROUP"})
        void nonEssStatuteLeavesAnUnsettledBodyUnknown(Statute statute) {
            MemberProfile p = profile(member("9900").statute(statute));

            assertThat(p.essReason()).isEqualTo(EssReason.NEEDS_REVIEW);
            assertThat(p.essStatus()).isEqualTo(EssStatus.UNKNOWN);
        }

        @Test
        void commercialCompanyWithEssStatutesIsEssByStatutes() {
            MemberProfile p = profile(member("5710").essStatutes(true).sireneEss(SireneEss.N));

            assertThat(p.essReason()).isEqualTo(EssReason.ESS_STATUTES_DECLARED);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUTES);
            assertThat(p.essEnterprise()).isTrue();
        }

        @Test
        void sarlWithUnknownStatutesAndSireneFlagOIsEssByStatutes() {
            MemberProfile p = profile(member("5499").sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.SIRENE_FLAG_COMMERCIAL);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUTES);
        }

        @Test
        void commercialCompanyWhoseStatutesAreNotEssIsNotEssEvenFlaggedO() {
            MemberProfile p = profile(member("5499").essStatutes(false).sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.STATUTES_NOT_ESS);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
        }

        @Test
        void commercialCompanyWithoutEssEvidenceIsNotEss() {
            MemberProfile p = profile(member("5710"));

            assertThat(p.essReason()).isEqualTo(EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
        }

        @Test
        void commercialCompanyFlaggedNIsNotEss() {
            assertThat(profile(member("5599").sireneEss(SireneEss.N)).essReason())
                    .isEqualTo(EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"5498", "5720"})
        void legacyCommercialCategoriesAreCommercialCompanies(String category) {
            assertThat(profile(member(category)).essReason()).isEqualTo(EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE);
            assertThat(profile(member(category).sireneEss(SireneEss.O)).essReason())
                    .isEqualTo(EssReason.SIRENE_FLAG_COMMERCIAL);
        }

        @Test
        void gieFlaggedOIsEssByStatutes() {
            MemberProfile p = profile(member("6220").sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.SIRENE_FLAG_OTHER);
            assertThat(p.essStatus()).isEqualTo(EssStatus.ESS_BY_STATUTES);
        }

        @Test
        void gieIsUnknown() {
            MemberProfile p = profile(member("6220"));

            assertThat(p.essReason()).isEqualTo(EssReason.NEEDS_REVIEW);
            assertThat(p.essStatus()).isEqualTo(EssStatus.UNKNOWN);
            assertThat(p.legalPerson()).isTrue();
            assertThat(p.essEnterprise()).isFalse();
            assertThat(p.nonEssEnterprise()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"6540", "6599", "9223", "9240", "9900", "8310", "9110", "3220"})
        void otherPrivateLegalPersonIsUnknown(String category) {
            assertThat(profile(member(category)).essStatus()).isEqualTo(EssStatus.UNKNOWN);
        }

        @Test
        void essStatutesOnlyMattersForCommercialCompanies() {
            assertThat(profile(member("6220").essStatutes(true)).essReason()).isEqualTo(EssReason.NEEDS_REVIEW);
        }

        @Test
        void foreignCommercialCompany3120IsEnterpriseWithUnknownStatus() {
            MemberProfile p = profile(member("3120").essStatutes(true));

            assertThat(p.essReason()).isEqualTo(EssReason.NEEDS_REVIEW);
            assertThat(p.essStatus()).isEqualTo(EssStatus.UNKNOWN);
            assertThat(p.legalPerson()).isTrue();
            assertThat(p.publicLaw()).isFalse();
            assertThat(p.roles()).containsExactly(Role.ENTERPRISE);
        }

        @Test
        void memberWithoutCategoryThatIsNotANaturalPersonIsNotEss() {
            MemberProfile p = profile(Member.builder("m", "Sans catégorie").sireneEss(SireneEss.O));

            assertThat(p.essReason()).isEqualTo(EssReason.NO_LEGAL_CATEGORY);
            assertThat(p.essStatus()).isEqualTo(EssStatus.NOT_ESS);
            assertThat(p.legalPerson()).isFalse();
        }

        @Test
        void staticShortcutsAgreeWithTheProfile() {
            Member scic = member("5710").statute(Statute.SCIC).build();

            assertThat(MemberClassifier.essReason(scic)).isEqualTo(MemberClassifier.profile(scic).essReason());
            assertThat(MemberClassifier.essStatus(scic)).isEqualTo(MemberClassifier.profile(scic).essStatus());
            assertThat(MemberClassifier.isLegalPerson(scic)).isTrue();
            assertThat(MemberClassifier.isPublicLaw(scic)).isFalse();
        }

        @Test
        void onlyTheTwoEssStatusesAreEss() {
            assertThat(EnumSet.allOf(EssStatus.class)).filteredOn(EssStatus::isEss)
                    .containsExactlyInAnyOrder(EssStatus.ESS_BY_STATUS, EssStatus.ESS_BY_STATUTES);
        }
    }

    // ---- derived role: one test per branch --------------------------------------------------------------------------

    @Nested
    class DerivedRole {

        @ParameterizedTest
        @ValueSource(strings = {"7210", "7220", "7225", "7229", "7230"})
        void territorialAuthority72xxIsALocalAuthority(String category) {
            assertThat(profile(member(category)).roles()).containsExactly(Role.LOCAL_AUTHORITY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"7340", "7343", "7344", "7346", "7347", "7348", "7353", "7354", "7355", "7357"})
        void intercommunalBody7340To7357IsALocalAuthority(String category) {
            assertThat(profile(member(category)).roles()).containsExactly(Role.LOCAL_AUTHORITY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"7383", "7384"})
        void universityIsHigherEducation(String category) {
            assertThat(profile(member(category)).roles()).containsExactly(Role.HIGHER_EDUCATION);
        }

        @Test
        void epleIsATrainingBody() {
            assertThat(profile(member("7331")).roles()).containsExactly(Role.TRAINING_BODY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000", "3120", "4110", "5499", "5710", "6220", "6540", "8210", "9220", "9300", "9900"})
        void privateOrCommercialCategoryIsAnEnterprise(String category) {
            assertThat(profile(member(category)).roles()).containsExactly(Role.ENTERPRISE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"7120", "7312", "7361", "7381", "7410", "7490"})
        void otherPublicBodyHasRoleOther(String category) {
            assertThat(profile(member(category)).roles()).containsExactly(Role.OTHER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2110", "9210", "3220"})
        void categoryOutsideTheEnterpriseFamiliesHasRoleOther(String category) {
            assertThat(profile(member(category)).roles()).containsExactly(Role.OTHER);
        }

        @Test
        void naturalPersonWithoutCategoryHasRoleOther() {
            assertThat(profile(Member.builder("h", "Habitante").naturalPerson(true)).roles()).containsExactly(Role.OTHER);
        }

        @Test
        void explicitRolesReplaceDerivedOnes() {
            MemberProfile p = profile(member("7383").roles(Role.RESEARCH_CENTRE));

            assertThat(p.roles()).containsExactly(Role.RESEARCH_CENTRE);
            assertThat(MemberClassifier.derivedRole(member("7383").build())).isEqualTo(Role.HIGHER_EDUCATION);
        }

        @Test
        void explicitEmptyRolesMeanNoRole() {
            MemberProfile p = profile(member("5499").roles());

            assertThat(p.roles()).isEmpty();
            assertThat(p.nonEssEnterprise()).isFalse();
        }
    }

    // ---- actor families and enterprise groupings ------------------------------------------------------------------

    @Nested
    class Families {

        @Test
        void naturalPersonFamilyIsCitizen() {
            assertThat(profile(Member.builder("h", "Habitante").naturalPerson(true)).families())
                    .containsExactly(ActorFamily.CITIZEN);
        }

        @Test
        void naturalPersonWithCategory1000IsACitizenAndANonEssEnterprise() {
            // docs/interpretations.md: naturalPerson makes a citizen; roles still come from the category.
            MemberProfile p = profile(member("1000").naturalPerson(true));

            assertThat(p.essReason()).isEqualTo(EssReason.NATURAL_PERSON);
            assertThat(p.families()).containsExactlyInAnyOrder(ActorFamily.CITIZEN, ActorFamily.NON_ESS_ENTERPRISE);
        }

        @Test
        void associationIsAnEssEnterprise() {
            assertThat(profile(member("9220")).families()).containsExactly(ActorFamily.ESS_ENTERPRISE);
        }

        @Test
        void commercialCompanyWithoutEssEvidenceIsANonEssEnterprise() {
            MemberProfile p = profile(member("5499"));

            assertThat(p.nonEssEnterprise()).isTrue();
            assertThat(p.families()).containsExactly(ActorFamily.NON_ESS_ENTERPRISE);
        }

        @Test
        void soleTraderIsANonEssEnterpriseThoughNotALegalPerson() {
            MemberProfile p = profile(member("1000"));

            assertThat(p.roles()).containsExactly(Role.ENTERPRISE);
            assertThat(p.nonEssEnterprise()).isTrue();
            assertThat(p.legalPerson()).isFalse();
        }

        @Test
        void localAuthorityIsNotANonEssEnterprise() {
            MemberProfile p = profile(member("7210"));

            assertThat(p.nonEssEnterprise()).isFalse();
            assertThat(p.families()).containsExactly(ActorFamily.LOCAL_AUTHORITY);
        }

        @Test
        void publicIndustrialEstablishmentIsANonEssEnterprise() {
            assertThat(profile(member("4110")).families()).containsExactly(ActorFamily.NON_ESS_ENTERPRISE);
        }

        @Test
        void researchCentreAndHigherEducationShareAFamily() {
            assertThat(profile(member("7383")).families()).containsExactly(ActorFamily.RESEARCH_OR_HIGHER_EDUCATION);
            assertThat(profile(member("7490").roles(Role.RESEARCH_CENTRE)).families())
                    .containsExactly(ActorFamily.RESEARCH_OR_HIGHER_EDUCATION);
        }

        @Test
        void essAssociationWithATrainingRoleBelongsToBothFamilies() {
            assertThat(profile(member("9220").roles(Role.TRAINING_BODY)).families())
                    .containsExactlyInAnyOrder(ActorFamily.ESS_ENTERPRISE, ActorFamily.TRAINING_BODY);
        }

        @Test
        void bodyOfUnknownStatusBelongsToNoEnterpriseFamily() {
            assertThat(profile(member("6220")).families()).isEmpty();
        }

        @Test
        void enterpriseGroupingWithAMajorityOfNonEssEnterprisesCountsAsNonEss() {
            assertThat(profile(member("9220").enterpriseGrouping(12, 7)).mostlyNonEssGrouping()).isTrue();
        }

        @Test
        void enterpriseGroupingHalfNonEssIsNoMajority() {
            assertThat(profile(member("9220").enterpriseGrouping(10, 5)).mostlyNonEssGrouping()).isFalse();
        }

        @Test
        void memberThatGroupsNoEnterpriseIsNoGrouping() {
            assertThat(profile(member("9220")).mostlyNonEssGrouping()).isFalse();
        }
    }

    // ---- real SIRENE legal units --------------------------------------------------------------------------------

    /**
     * Expected ESS status of each (nature_juridique, est_ess) pair found in {@code sirene-samples.csv}, with the
     * derived role. {@code est_ess} is SIRENE's economieSocialeSolidaireUniteLegale: True is read as flag {@code O},
     * False as {@code N} (no ESS evidence). No sample declares {@code statute} or {@code essStatutes}.
     * <ul>
     * <li>9220 (association déclarée), 9230 (reconnue d'utilité publique): associations with legal personality,
     * ESS_BY_STATUS (loi 2014-856 art. 1 II 1°), whatever the flag; role ENTERPRISE (9xxx).</li>
     * <li>5499 (SARL), 5510 (SA nationale), 5599 (SA), 5710 (SAS): commercial companies; with the flag O and
     * unknown statutes ESS_BY_STATUTES (art. 1 II 2°, evidenced by the ESS mention SIRENE records), otherwise
     * NOT_ESS; role ENTERPRISE.</li>
     * <li>6540 (SCI), 6599 (autre société civile), 8310 (comité social et économique), 9110 (syndicat de
     * copropriété), 3120 and 3220 (foreign companies): private legal persons that are neither ESS by their form nor
     * commercial companies: UNKNOWN without the flag O. Role ENTERPRISE, but OTHER for 3220 (only 3120 among 3xxx
     * is an enterprise).</li>
     * <li>7120 (service central d'un ministère), 7220/7229 (département, other collectivité), 7331 (EPLE), 7343,
     * 7346, 7348 (communauté urbaine, de communes, d'agglomération): public-law persons, never ESS (art. 1 I covers
     * private-law persons); roles OTHER, LOCAL_AUTHORITY (72xx, 7340–7357) and TRAINING_BODY (7331).</li>
     * </ul>
     */
    private static final Map<String, Expected> SIRENE_EXPECTATIONS = Map.ofEntries(
            Map.entry("9220|True", new Expected(EssStatus.ESS_BY_STATUS, EssReason.ASSOCIATION_CATEGORY, Role.ENTERPRISE)),
            Map.entry("9230|True", new Expected(EssStatus.ESS_BY_STATUS, EssReason.ASSOCIATION_CATEGORY, Role.ENTERPRISE)),
            Map.entry("5499|True", new Expected(EssStatus.ESS_BY_STATUTES, EssReason.SIRENE_FLAG_COMMERCIAL, Role.ENTERPRISE)),
            Map.entry("5499|False", new Expected(EssStatus.NOT_ESS, EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("5510|False", new Expected(EssStatus.NOT_ESS, EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("5599|False", new Expected(EssStatus.NOT_ESS, EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("5710|False", new Expected(EssStatus.NOT_ESS, EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE, Role.ENTERPRISE)),
            Map.entry("6540|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.ENTERPRISE)),
            Map.entry("6599|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.ENTERPRISE)),
            Map.entry("8310|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.ENTERPRISE)),
            Map.entry("9110|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.ENTERPRISE)),
            Map.entry("3120|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.ENTERPRISE)),
            Map.entry("3220|False", new Expected(EssStatus.UNKNOWN, EssReason.NEEDS_REVIEW, Role.OTHER)),
            Map.entry("7120|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW_PERSON, Role.OTHER)),
            Map.entry("7220|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW_PERSON, Role.LOCAL_AUTHORITY)),
            Map.entry("7229|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW_PERSON, Role.LOCAL_AUTHORITY)),
            Map.entry("7331|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW_PERSON, Role.TRAINING_BODY)),
            Map.entry("7343|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW_PERSON, Role.LOCAL_AUTHORITY)),
            Map.entry("7346|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW_PERSON, Role.LOCAL_AUTHORITY)),
            Map.entry("7348|False", new Expected(EssStatus.NOT_ESS, EssReason.PUBLIC_LAW_PERSON, Role.LOCAL_AUTHORITY)));

    record Expected(EssStatus status, EssReason reason, Role role) {
    }

    @Test
    void everySireneSampleIsClassifiedByItsCategoryAndEssFlag() throws IOException {
        List<Map<String, String>> rows = SireneSamples.rows();
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String key = row.get("nature_juridique") + "|" + row.get("est_ess");
            Expected expected = SIRENE_EXPECTATIONS.get(key);
            assertThat(expected).as("expectation for " + key).isNotNull();
            Member m = Member.builder("s" + row.get("siren"), row.get("nom"))
                    .siren(row.get("siren"))
                    .legalCategory(row.get("nature_juridique"))
                    .sireneEss(row.get("est_ess").equals("True") ? SireneEss.O : SireneEss.N)
                    .build();
            MemberProfile p = MemberClassifier.profile(m);
            Expected actual = new Expected(p.essStatus(), p.essReason(), p.roles().iterator().next());
            if (!actual.equals(expected) || p.roles().size() != 1) {
                mismatches.add(row.get("siren") + " " + key + ": " + actual + " instead of " + expected);
            }
        }

        assertThat(rows).hasSize(85);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void sireneSamplesHaveSevenEssUnits() throws IOException {
        long ess = SireneSamples.rows().stream()
                .map(row -> Member.builder("s", "s").legalCategory(row.get("nature_juridique"))
                        .sireneEss(row.get("est_ess").equals("True") ? SireneEss.O : SireneEss.N).build())
                .filter(m -> MemberClassifier.profile(m).essEnterprise())
                .count();

        assertThat(ess).isEqualTo(7);
    }

    @Test
    void everyExpectationIsUsedBySomeSample() throws IOException {
        Set<String> seen = new java.util.HashSet<>();
        SireneSamples.rows().forEach(row -> seen.add(row.get("nature_juridique") + "|" + row.get("est_ess")));

        assertThat(seen).containsExactlyInAnyOrderElementsOf(SIRENE_EXPECTATIONS.keySet());
    }
}
