package fr.ptce.rules.validation;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/**
 * Validates {@link CompliantWith} with one {@link ComplianceChecker} shared by the whole application (built on
 * first use), messages in the validation's default language (French, as the catalogue's default).
 */
public final class CompliantWithValidator implements ConstraintValidator<CompliantWith, Object> {
    private static final class Shared {
        static final ComplianceChecker CHECKER = ComplianceChecker.create();
    }

    private Set<Referential> referentials;
    private boolean failOnWarnings;

    @Override
    public void initialize(CompliantWith annotation) {
        this.referentials = new LinkedHashSet<>();
        for (String id : annotation.value()) {
            this.referentials.add(Shared.CHECKER.catalogue().referential(id).orElseThrow(() ->
                    new jakarta.validation.ConstraintDeclarationException("@CompliantWith names an unknown referential " + id
                            + "; known: " + Shared.CHECKER.catalogue().referentials())));
        }
        this.failOnWarnings = annotation.failOnWarnings();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null || referentials.isEmpty()) {
            return true;
        }
        Pole pole;
        if (value instanceof Pole p) {
            pole = p;
        } else if (value instanceof PoleSource s) {
            pole = s.pole();
            if (pole == null) {
                return true;
            }
        } else {
            throw new jakarta.validation.ConstraintDeclarationException("@CompliantWith applies to a Pole or a PoleSource, not "
                    + value.getClass().getName());
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        try {
            List<ComplianceReport> reports = Shared.CHECKER.check(pole, referentials, Shared.CHECKER.defaults());
            for (ComplianceReport report : reports) {
                for (RuleResult r : report.failures()) {
                    boolean counts = r.severity() == Severity.ERROR || (failOnWarnings && r.severity() == Severity.WARNING);
                    if (counts) {
                        valid = false;
                        violation(context, r.ruleId() + ": " + r.message());
                    }
                }
            }
        } catch (PoleFormatException e) {
            for (Problem p : e.problems()) {
                violation(context, p.path() + ": " + p.message());
            }
            valid = false;
        }
        return valid;
    }

    private static void violation(ConstraintValidatorContext context, String message) {
        // The message is literal text: escape the interpolation characters so that no input value is interpreted.
        String escaped = message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(escaped).addConstraintViolation();
    }
}
