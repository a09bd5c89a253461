package fr.ptce.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;


/** Validates {@link Siren}. */
public final class SirenValidator implements ConstraintValidator<Siren, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Identifiers.isValidSiren(value);
    }
}
