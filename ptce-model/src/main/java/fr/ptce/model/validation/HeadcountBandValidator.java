package fr.ptce.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import fr.ptce.model.reference.HeadcountBands;

/** Validates {@link HeadcountBand}. */
public final class HeadcountBandValidator implements ConstraintValidator<HeadcountBand, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || HeadcountBands.exists(value);
    }
}
