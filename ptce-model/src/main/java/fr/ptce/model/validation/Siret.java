package fr.ptce.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated string is a valid SIRET: 14 digits with a Luhn check digit, La Poste's establishments excepted (sum of digits a multiple of 5). {@code null} is valid (combine with {@code @NotNull} to require a value). */
@Documented
@Constraint(validatedBy = SiretValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Siret {
    /** The message, keyed in the library's bundle {@code fr/ptce/model/validation/ValidationMessages}. */
    String message() default "{ptce.siret}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
