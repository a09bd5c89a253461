package fr.ptce.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Cross-field consistency of a pole: unique ids, no dangling reference to a member (carrier, animator,
 * seats, cooperation and project members), a legal category for every member that is not a natural person,
 * {@code leftOn} after {@code joinedOn}, a SIRET starting with the SIREN, a cooperation ending after it
 * starts, an enterprise grouping with no more non-ESS enterprises than enterprises.
 */
@Documented
@Constraint(validatedBy = ConsistentReferencesValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentReferences {
    /** The default message (each problem carries its own). */
    String message() default "{ptce.consistency}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
