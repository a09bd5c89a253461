package fr.ptce.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a code of the shipped Code officiel géographique (COG 2026) of the given kind.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CogCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CogCode {
    /** The kind of code. */
    Kind value();

    /** The message, keyed in the library's bundle {@code fr/ptce/model/validation/ValidationMessages}. */
    String message() default "{ptce.cog}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** The kinds of COG code. */
    enum Kind {
        /** A commune (current commune, municipal arrondissement, commune déléguée or associée). */
        COMMUNE,
        /** An EPCI, by its SIREN. */
        EPCI,
        /** A département. */
        DEPARTEMENT,
        /** A région. */
        REGION
    }
}
