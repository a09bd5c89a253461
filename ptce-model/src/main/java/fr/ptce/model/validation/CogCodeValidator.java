package fr.ptce.model.validation;

import fr.ptce.model.reference.Geography;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CogCode} against {@link Geography#cog2026()}. */
public final class CogCodeValidator implements ConstraintValidator<CogCode, String> {
    private CogCode.Kind kind;

    @Override
    public void initialize(CogCode annotation) {
        this.kind = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Geography cog = Geography.cog2026();
        boolean known = switch (kind) {
            case COMMUNE -> cog.isCommune(value);
            case EPCI -> cog.isEpci(value);
            case DEPARTEMENT -> cog.isDepartement(value);
            case REGION -> cog.isRegion(value);
        };
        if (!known) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{ptce.cog." + kind.name().toLowerCase(java.util.Locale.ROOT) + "}")
                    .addConstraintViolation();
        }
        return known;
    }
}
