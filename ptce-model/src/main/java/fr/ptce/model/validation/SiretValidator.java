package fr.ptce.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;


/** Validates {@link Siret}. */
public final class SiretValidator implements ConstraintValidator<Siret, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Identifiers.isValidSiret(value);
    }
}
