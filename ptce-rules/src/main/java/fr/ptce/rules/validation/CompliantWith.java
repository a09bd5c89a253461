package fr.ptce.rules.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@link fr.ptce.model.Pole}, or object providing one ({@link PoleSource}), complies with the
 * given referentials: no rule of severity ERROR fails. Each failed ERROR rule is one constraint violation whose
 * message is {@code RULE-ID: explanation}. {@code null} is valid. A pole that is not structurally valid gives
 * one violation per structural problem.
 *
 * <pre>{@code
 * @CompliantWith("LOI-2014-856-ART9")
 * public record Application(String applicant, Pole pole) implements PoleSource { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = CompliantWithValidator.class)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CompliantWith {
    /**
     * The ids of the referentials to comply with ({@code LOI-2014-856-ART9}, a plug-in's id…); an id the checker
     * does not know makes the constraint's declaration invalid.
     */
    String[] value();

    /** Also fail on WARNING rules. */
    boolean failOnWarnings() default false;

    /** Unused: each violation carries its rule's explanation. */
    String message() default "does not comply";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
