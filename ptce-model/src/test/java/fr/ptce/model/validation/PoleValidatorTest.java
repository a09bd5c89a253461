package fr.ptce.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleBuilder;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.Seat;
import fr.ptce.model.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Structural validation of poles built in code: problems carry JSON paths, no position, and a localised message. */
class PoleValidatorTest {
    private final PoleValidator validator = PoleValidator.create();

    /** A valid pole: an association, a commercial company, a commune; they share premises and a project. */
    private static PoleBuilder validPole() {
        return Pole.builder("petit-pole", "Petit pôle")
                .carrier("atelier")
                .territoryOfCommunes("21231")
                .sustainableLocalDevelopment(true)
                .member(Member.builder("atelier", "L'Atelier").siren("812345676").siret("81234567600017")
                        .legalCategory("9220").commune("21231").headcountBand("03"))
                .member(Member.builder("imprimerie", "Imprimerie bourguignonne").legalCategory("5499").commune("21166"))
                .member(Member.builder("dijon", "Ville de Dijon").legalCategory("7210").partner())
                .animator("atelier")
                .decisionBody("Conseil d'administration", "atelier", "imprimerie")
                .cooperation("locaux", CooperationType.PREMISES, "atelier", "imprimerie")
                .project("incubateur", List.of(Innovation.SOCIAL), "atelier", "imprimerie");
    }

    /**
     * The valid pole with five problems: a dangling carrier, an invalid SIREN and an unknown commune (atelier), a
     * member without legal category (imprimerie), zero votes.
     */
    private static Pole poleWithSeveralProblems() {
        return Pole.builder("petit-pole", "Petit pôle")
                .carrier("coursive")
                .member(Member.builder("atelier", "L'Atelier").siren("812345677").legalCategory("9220").commune("21999"))
                .member(Member.builder("imprimerie", "Imprimerie bourguignonne"))
                .member(Member.builder("dijon", "Ville de Dijon").legalCategory("7210").partner())
                .body(new DecisionBody("Conseil d'administration", true,
                        List.of(new Seat("atelier", 0), new Seat("imprimerie", 1))))
                .cooperation("locaux", CooperationType.PREMISES, "atelier", "imprimerie")
                .build();
    }

    @Test
    void validPoleHasNoProblem() {
        assertThat(validator.validate(validPole().build())).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtItsJsonPathWithoutPositionInPathOrder() {
        List<Problem> problems = validator.validate(poleWithSeveralProblems());

        assertThat(problems).containsExactly(
                Problem.at("$.carrier",
                        "must be the id of a member or partner of the pole: no entry of \"members\" has the id \"coursive\""),
                Problem.at("$.governance.bodies[0].seats[0].votes", "must be a positive number of votes, got 0"),
                Problem.at("$.members[0].commune",
                        "must be a commune code of the COG 2026 (5 characters, e.g. 21231, 2A004, or a municipal"
                                + " arrondissement such as 75101), got \"21999\""),
                Problem.at("$.members[0].siren",
                        "must be a SIREN: 9 digits with a valid Luhn check digit, got \"812345677\""),
                Problem.at("$.members[1].legalCategory",
                        "is required unless the member is a natural person (\"naturalPerson\": true)"));
        assertThat(problems).noneMatch(Problem::hasPosition);
    }

    @Test
    void frenchValidatorGivesFrenchMessages() {
        List<Problem> problems = PoleValidator.create(Locale.FRENCH).validate(poleWithSeveralProblems());

        assertThat(problems).extracting(Problem::message).containsExactly(
                "doit être l'identifiant d'un membre ou partenaire du pôle : aucune entrée de « members » ne porte l'identifiant « coursive »",
                "doit être un nombre de voix positif, reçu 0",
                "doit être un code de commune du COG 2026 (5 caractères, p. ex. 21231, 2A004, ou un arrondissement"
                        + " municipal comme 75101), reçu « 21999 »",
                "doit être un SIREN : 9 chiffres avec une clé de Luhn valide, reçu « 812345677 »",
                "est obligatoire sauf pour une personne physique (« naturalPerson » : true)");
    }

    @Test
    void frenchAndEnglishValidatorsReportTheSamePaths() {
        assertThat(PoleValidator.create(Locale.FRENCH).validate(poleWithSeveralProblems())).extracting(Problem::path)
                .isEqualTo(validator.validate(poleWithSeveralProblems()).stream().map(Problem::path).toList());
    }

    @Test
    void englishIsTheDefaultLanguage() {
        assertThat(PoleValidator.create(Locale.ENGLISH).validate(poleWithSeveralProblems()))
                .isEqualTo(validator.validate(poleWithSeveralProblems()));
    }

    @Test
    void requireValidReturnsAValidPoleUnchanged() {
        Pole pole = validPole().build();

        assertThat(validator.requireValid(pole)).isSameAs(pole);
    }

    @Test
    void requireValidThrowsEveryProblemNamedAfterThePole() {
        assertThatThrownBy(() -> validator.requireValid(poleWithSeveralProblems()))
                .isInstanceOfSatisfying(PoleFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("petit-pole");
                    assertThat(e.problems()).hasSize(5);
                    assertThat(e.getMessage()).startsWith("petit-pole: 5 problems");
                });
    }

    @Test
    void duplicateMemberIdIsReportedAtTheSecondEntry() {
        Pole pole = validPole().member(Member.builder("atelier", "Un autre atelier").legalCategory("9220")).build();

        assertThat(validator.validate(pole)).containsExactly(
                Problem.at("$.members[3].id", "duplicate id: another entry of the same list already uses it"));
    }

    @Test
    void memberSeatedTwiceInOneBodyIsReported() {
        Pole pole = validPole().clearBodies().decisionBody("CA", "atelier", "imprimerie", "atelier").build();

        assertThat(validator.validate(pole)).containsExactly(
                Problem.at("$.governance.bodies[0].seats[2].member", "this member already holds a seat in the same body"));
    }

    @Test
    void leftOnMustBeAfterJoinedOn() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        Pole pole = validPole().replaceMember(Member.builder("dijon", "Ville de Dijon").legalCategory("7210")
                .joinedOn(day).leftOn(day).build()).build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.members[2].leftOn", "must be after \"joinedOn\""));
    }

    @Test
    void naturalPersonNeedsNoLegalCategory() {
        Pole pole = validPole().member(Member.builder("habitante", "Une habitante").naturalPerson(true)).build();

        assertThat(validator.validate(pole)).isEmpty();
    }

    @Test
    void unknownTerritoryCodeIsReportedAtItsIndex() {
        Pole pole = validPole().territory(new Territory(null, List.of("21231", "21999"), null, List.of("20"), null)).build();

        assertThat(validator.validate(pole)).extracting(Problem::path)
                .containsExactly("$.territory.communes[1]", "$.territory.departements[0]");
    }

    @Test
    void missingMembersAreReported() {
        Pole pole = new Pole(1, "vide", "Vide", null, null, null, null, null, null, null, null, null, null);

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.members", "must list at least one member"));
    }

    @Test
    void enterpriseGroupingCannotCountMoreNonEssEnterprisesThanEnterprises() {
        Pole pole = validPole().member(Member.builder("club", "Club").legalCategory("9220").enterpriseGrouping(3, 4)).build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.members[3].enterpriseGrouping.nonEssMembers",
                "cannot exceed the number of grouped enterprises (\"members\")"));
    }

    @Test
    void cooperationMemberThatNamesNoMemberIsADanglingReference() {
        Pole pole = validPole().cooperation("emploi", CooperationType.EMPLOYMENT, "atelier", "imprimeur").build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.cooperations[1].members[1]",
                "must be the id of a member or partner of the pole: no entry of \"members\" has the id \"imprimeur\""));
    }

    @Test
    void projectMemberListedTwiceIsReported() {
        Pole pole = validPole().project("labo", List.of(Innovation.SOCIAL), "atelier", "atelier").build();

        assertThat(validator.validate(pole)).containsExactly(
                Problem.at("$.projects[1].members[1]", "this member is already listed"));
    }

    @Test
    void duplicateCooperationIdIsReportedAtTheSecondCooperation() {
        Pole pole = validPole().cooperation("locaux", CooperationType.EQUIPMENT, "atelier", "imprimerie").build();

        assertThat(validator.validate(pole)).containsExactly(
                Problem.at("$.cooperations[1].id", "duplicate id: another entry of the same list already uses it"));
    }

    @Test
    void duplicateProjectIdIsReportedAtTheSecondProject() {
        Pole pole = validPole().project("incubateur", List.of(Innovation.TECHNOLOGICAL), "atelier").build();

        assertThat(validator.validate(pole)).containsExactly(
                Problem.at("$.projects[1].id", "duplicate id: another entry of the same list already uses it"));
    }

    @Test
    void enterpriseGroupingMayCountOnlyNonEssEnterprises() {
        Pole pole = validPole().member(Member.builder("club", "Club").legalCategory("9220").enterpriseGrouping(4, 4)).build();

        assertThat(validator.validate(pole)).isEmpty();
    }

    // ---- fields added with rules-v2 ---------------------------------------------------------------------------------

    @Test
    void legalEntityNamingAnEntryOfThePoleIsValid() {
        Pole pole = validPole().legalEntity("atelier").build();

        assertThat(validator.validate(pole)).isEmpty();
    }

    @Test
    void legalEntityWithTheSameCategoryAsThePoleIsValid() {
        Pole pole = validPole().legalCategory("9220").legalEntity("atelier").build();

        assertThat(validator.validate(pole)).isEmpty();
    }

    @Test
    void legalEntityThatNamesNoEntryIsADanglingReferenceNamingTheMissingId() {
        Pole pole = validPole().legalEntity("association-du-pole").build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.legalEntity",
                "must be the id of a member or partner of the pole: no entry of \"members\" has the id"
                        + " \"association-du-pole\""));
    }

    @Test
    void legalEntityCannotBeANaturalPerson() {
        Pole pole = validPole().member(Member.builder("habitante", "Une habitante").naturalPerson(true))
                .legalEntity("habitante").build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.legalEntity",
                "must name an entry that is not a natural person: the pole's legal entity is a legal structure"));
    }

    @Test
    void legalEntityWithAnotherCategoryThanThePoleIsReportedWithBothCategories() {
        Pole pole = validPole().legalCategory("9220").legalEntity("imprimerie").build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.legalEntity",
                "must have the same legal category as the pole: the pole says \"9220\", its legal entity \"5499\""));
    }

    @Test
    void legalEntityCategoryMismatchHasAFrenchMessage() {
        Pole pole = validPole().legalCategory("9220").legalEntity("imprimerie").build();

        assertThat(PoleValidator.create(Locale.FRENCH).validate(pole)).containsExactly(Problem.at("$.legalEntity",
                "doit avoir la même catégorie juridique que le pôle : le pôle indique « 9220 », son entité juridique « 5499 »"));
    }

    @Test
    void legalEntityWithoutCategoryIsReportedOnlyOnTheEntry() {
        Pole pole = validPole().legalCategory("9220")
                .member(Member.builder("structure", "Structure du pôle")).legalEntity("structure").build();

        assertThat(validator.validate(pole)).extracting(Problem::path).containsExactly("$.members[3].legalCategory");
    }

    @Test
    void esusApprovalWithoutEndIsValid() {
        Pole pole = validPole().replaceMember(esusMember(LocalDate.of(2021, 3, 1), null)).build();

        assertThat(validator.validate(pole)).isEmpty();
    }

    @Test
    void esusApprovalExpiringAfterItsGrantIsValid() {
        Pole pole = validPole().replaceMember(esusMember(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2))).build();

        assertThat(validator.validate(pole)).isEmpty();
    }

    @Test
    void esusApprovalCannotExpireOnTheDayItIsGranted() {
        LocalDate day = LocalDate.of(2021, 3, 1);
        Pole pole = validPole().replaceMember(esusMember(day, day)).build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.members[2].esusApproval.expiresOn",
                "must be after \"grantedOn\" (it is the first day the approval no longer applies)"));
    }

    @Test
    void esusApprovalCannotExpireBeforeItIsGranted() {
        Pole pole = validPole().replaceMember(esusMember(LocalDate.of(2021, 3, 1), LocalDate.of(2020, 3, 1))).build();

        assertThat(PoleValidator.create(Locale.FRENCH).validate(pole)).containsExactly(
                Problem.at("$.members[2].esusApproval.expiresOn",
                        "doit être postérieur à « grantedOn » (c'est le premier jour où l'agrément ne s'applique plus)"));
    }

    @Test
    void esusApprovalNeedsItsGrantDate() {
        Pole pole = validPole().replaceMember(esusMember(null, LocalDate.of(2026, 1, 1))).build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.members[2].esusApproval.grantedOn", "is required"));
    }

    @Test
    void nafWithItsDotIsValid() {
        Pole pole = validPole().replaceMember(nafMember("18.12Z")).build();

        assertThat(validator.validate(pole)).isEmpty();
    }

    @Test
    void nafWithoutItsDotIsRejected() {
        Pole pole = validPole().replaceMember(nafMember("7219Z")).build();

        assertThat(validator.validate(pole)).containsExactly(Problem.at("$.members[2].naf",
                "must be a NAF rév. 2 code with its dot (2 digits, a dot, 2 digits, a capital letter, e.g. 72.19Z),"
                        + " got \"7219Z\""));
    }

    @Test
    void nafWithALowerCaseLetterIsRejectedInFrenchToo() {
        Pole pole = validPole().replaceMember(nafMember("72.19z")).build();

        assertThat(PoleValidator.create(Locale.FRENCH).validate(pole)).containsExactly(Problem.at("$.members[2].naf",
                "doit être un code NAF rév. 2 avec son point (2 chiffres, un point, 2 chiffres, une lettre majuscule,"
                        + " par exemple 72.19Z) ; reçu « 72.19z »"));
    }

    @Test
    void nafOfTheFormerNomenclatureIsRejected() {
        Pole pole = validPole().replaceMember(nafMember("51.4A")).build();

        assertThat(validator.validate(pole)).extracting(Problem::path).containsExactly("$.members[2].naf");
    }

    /** The imprimerie (moved to index 2 by {@code replaceMember}) with an ESUS approval. */
    private static Member esusMember(LocalDate grantedOn, LocalDate expiresOn) {
        return Member.builder("imprimerie", "Imprimerie bourguignonne").legalCategory("5499")
                .esusApproval(grantedOn, expiresOn).build();
    }

    /** The imprimerie (moved to index 2 by {@code replaceMember}) with a NAF code. */
    private static Member nafMember(String naf) {
        return Member.builder("imprimerie", "Imprimerie bourguignonne").legalCategory("5499").naf(naf).build();
    }
}
