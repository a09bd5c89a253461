package fr.ptce.examples;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.validation.CompliantWith;
import fr.ptce.rules.validation.PoleSource;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;

/**
 * Example 5: Bean Validation of an application object. A State call for PTCE projects receives applications; the
 * record below declares, with {@link CompliantWith}, that the pole it describes must be eligible under décret
 * n° 2015-431 art. 3. Each failed ERROR rule is one violation whose message is {@code RULE-ID: explanation}.
 */
public final class Example05BeanValidationConstraint {
    /** An application to a State call for PTCE projects: the applicant and the pole it describes. */
    @CompliantWith("DECRET-2015-431-ART3")
    public record CallApplication(@NotBlank String applicant, @NotNull Pole pole) implements PoleSource {
    }

    private Example05BeanValidationConstraint() {
    }

    /** The violations of an application, sorted by message. */
    public static List<String> validate(CallApplication application) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(application).stream()
                    .sorted(Comparator.comparing(ConstraintViolation::getMessage))
                    .map(v -> (v.getPropertyPath().toString().isEmpty() ? "" : v.getPropertyPath() + ": ") + v.getMessage())
                    .toList();
        }
    }

    /** The application of a bundled pole. */
    public static CallApplication application(String poleId) {
        Pole pole = BundledPoles.read(PoleReader.create(), poleId);
        return new CallApplication(pole.name(), pole);
    }

    public static void main(String[] args) {
        for (String id : List.of("figeacteurs", "coursive-boutaric")) {
            List<String> violations = validate(application(id));
            System.out.println(id + ": " + (violations.isEmpty() ? "eligible, no violation" : violations.size()
                    + " violation(s)"));
            violations.forEach(v -> System.out.println("  " + v));
        }
    }
}
