package fr.ptce.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import fr.ptce.model.reference.LegalCategories;

/** Validates {@link LegalCategory}. */
public final class LegalCategoryValidator implements ConstraintValidator<LegalCategory, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || LegalCategories.exists(value);
    }
}
