package fr.ptce.rules.validation;

import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.ESS_MEMBERS;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.PARIS;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.sarl;
import static fr.ptce.rules.support.TestPoles.seat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.Pole;
import fr.ptce.rules.Referential;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CompliantWith} on an application object, validated by Hibernate Validator. The constraint checks as of
 * the day it runs; the baseline pole has no dated condition that could change that.
 */
class CompliantWithTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** An application to a call for projects, which must describe a pole meeting the legal definition. */
    @CompliantWith("LOI-2014-856-ART9")
    record Application(String applicant, Pole pole) implements PoleSource {
    }

    /** The same, failing on warnings too. */
    @CompliantWith(value = "LOI-2014-856-ART9", failOnWarnings = true)
    record StrictApplication(String applicant, Pole pole) implements PoleSource {
    }

    /** A pole as a field, checked against the decree and the charter. */
    record Dossier(@CompliantWith({"DECRET-2015-431-ART3", "CHARTE-LABO-ESS"}) Pole pole) {
    }

    /** Misuse: the annotation on something that is neither a pole nor a pole source. */
    @CompliantWith("LOI-2014-856-ART9")
    record NotAPole(String text) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void compliantPole_hasNoViolation() {
        assertThat(VALIDATOR.validate(new Application("Coursive", compliantPole().build()))).isEmpty();
    }

    @Test
    void nonCompliantPole_hasOneViolationPerFailedErrorRule() {
        // no project: ART9-INNOVATIVE-PROJECT; no sustainable development: ART9-SUSTAINABLE-DEVELOPMENT;
        // ART9-LOCAL-AUTHORITY-LINK (a warning) does not count
        Pole pole = compliantPole().without(VILLE).withProjects().withSustainableLocalDevelopment(false).build();

        List<String> messages = messages(VALIDATOR.validate(new Application("Coursive", pole)));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).startsWith("ART9-INNOVATIVE-PROJECT: ")
                .contains("Aucun projet n'est innovant socialement ou technologiquement");
        assertThat(messages.get(1)).startsWith("ART9-SUSTAINABLE-DEVELOPMENT: ");
    }

    @Test
    void violationMessage_isTheRuleIdThenItsExplanation() {
        Pole pole = compliantPole().without(ESS_MEMBERS.toArray(String[]::new)).build();

        List<String> messages = messages(VALIDATOR.validate(new Application("Sans ESS", pole)));

        assertThat(messages).contains("ART9-ESS-ENTERPRISE: Aucun membre n'est une entreprise de l'ESS au sens de"
                + " l'article 1er.");
        assertThat(messages).allSatisfy(m -> assertThat(m).matches("ART9-[A-Z-]+: .+"));
    }

    @Test
    void warnings_areIgnoredByDefault() {
        Pole pole = compliantPole().with(sarl("sarl-paris").commune(PARIS)).build();

        assertThat(VALIDATOR.validate(new Application("Coursive", pole))).isEmpty();
    }

    @Test
    void failOnWarnings_turnsFailedWarningsIntoViolations() {
        Pole pole = compliantPole().with(sarl("sarl-paris").commune(PARIS)).build();

        List<String> messages = messages(VALIDATOR.validate(new StrictApplication("Coursive", pole)));

        assertThat(messages).singleElement().asString().startsWith("ART9-MEMBERS-ON-TERRITORY: ");
    }

    @Test
    void failOnWarnings_acceptsACompliantPole() {
        assertThat(VALIDATOR.validate(new StrictApplication("Coursive", compliantPole().build()))).isEmpty();
    }

    @Test
    void severalReferentials_areAllChecked() {
        Pole pole = compliantPole().withLegalCategory(null).withAnimator(null).withoutBodies().build();

        List<String> messages = messages(VALIDATOR.validate(new Dossier(pole)));

        assertThat(messages).extracting(m -> m.substring(0, m.indexOf(':')))
                .containsExactly("CH-ESS-LED-GOVERNANCE", "D3-PRIVATE-LEGAL-PERSON");
    }

    @Test
    void nullPole_isValid() {
        assertThat(VALIDATOR.validate(new Application("Nobody", null))).isEmpty();
        assertThat(VALIDATOR.validate(new Dossier(null))).isEmpty();
    }

    @Test
    void invalidPole_givesOneViolationPerStructuralProblem() {
        Pole pole = compliantPole().withAnimator("personne").build();

        List<String> messages = messages(VALIDATOR.validate(new Application("Coursive", pole)));

        assertThat(messages).singleElement().asString().startsWith("$.governance.animator: ");
    }

    @Test
    void messages_quoteInputTextLiterallyWithoutInterpolation() {
        // a body's name is free text and appears in the CH-ESS-LED-GOVERNANCE message
        Pole pole = compliantPole().withDecisionBody("CA ${1+1} {jakarta.validation.constraints.NotNull.message} \\o/",
                seat(COURSIVE, 1), seat(IMPRIMERIE, 2)).build();

        List<String> messages = messages(VALIDATOR.validate(new Dossier(pole)));

        assertThat(messages).singleElement().asString().startsWith("CH-ESS-LED-GOVERNANCE: ")
                .contains("« CA ${1+1} {jakarta.validation.constraints.NotNull.message} \\o/ »");
    }

    @Test
    void annotationOnAnotherType_isADeclarationError() {
        assertThatThrownBy(() -> VALIDATOR.validate(new NotAPole("texte")))
                .isInstanceOf(jakarta.validation.ConstraintDeclarationException.class)
                .hasMessageContaining("PoleSource");
    }
}
