package fr.ptce.model.validation;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.internal.KnownValidPoles;
import fr.ptce.model.internal.StructureCheck;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Structural validation of a {@link Pole} (Jakarta Bean Validation with Hibernate Validator): required
 * fields, slugs, SIREN/SIRET check digits, INSEE legal categories, COG codes, positive votes, dates and
 * cross-references. Problems carry the JSON path of the offending value. Thread-safe; share one instance.
 */
public final class PoleValidator {
    /**
     * Hibernate Validator announces its version at INFO level when it starts ({@code HV000001}); without an SLF4J
     * provider in the host, jboss-logging falls back to java.util.logging, which prints it on standard error. The
     * library keeps that announcement out of a host's console: this logger (held, as java.util.logging keeps loggers
     * weakly) only lets warnings through. A host that logs through SLF4J configures its own levels.
     */
    private static final java.util.logging.Logger HV_VERSION_BANNER =
            java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private static final class Factories {
        static final ValidatorFactory FACTORY = build();

        private static ValidatorFactory build() {
            if (HV_VERSION_BANNER.getLevel() == null) {
                HV_VERSION_BANNER.setLevel(java.util.logging.Level.WARNING);
            }
            return Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ResourceBundleMessageInterpolator(new OwnMessages()))
                    .defaultLocale(Locale.ENGLISH)
                    .locales(Locale.ENGLISH, Locale.FRENCH)
                    .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.VARIABLES)
                    .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.VARIABLES)
                    .buildValidatorFactory();
        }
    }

    /** Whether the messages are in {@link #locale} rather than the factory's default (English). */
    private final boolean localized;
    private final Locale locale;
    /** Made on first need: validating a valid pole needs no Bean Validation provider (see {@link #validate}). */
    private volatile Validator validator;

    private PoleValidator(boolean localized, Locale locale) {
        this.localized = localized;
        this.locale = locale;
    }

    /** A validator with English messages. */
    public static PoleValidator create() {
        return new PoleValidator(false, null);
    }

    /** A validator with messages in {@code locale} (French and English are shipped). */
    public static PoleValidator create(Locale locale) {
        return new PoleValidator(true, locale);
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            v = localized ? localized(locale) : Factories.FACTORY.getValidator();
            validator = v;
        }
        return v;
    }

    private static Validator localized(Locale locale) {
        MessageInterpolator shared = Factories.FACTORY.getMessageInterpolator();
        MessageInterpolator fixed = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return shared.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return shared.interpolate(template, context, locale);
            }
        };
        return Factories.FACTORY.usingContext().messageInterpolator(fixed).getValidator();
    }

    /**
     * Every structural problem of {@code pole}, ordered by path; empty when valid.
     *
     * <p>A plain-Java pass over the same constraints comes first ({@code StructureCheck}): a valid pole, the usual
     * case, is answered without Hibernate Validator (no provider bootstrap at start-up, no per-call reflection). Only
     * a pole with a problem goes through Bean Validation, whose violations give the problems and their messages.
     */
    public List<Problem> validate(Pole pole) {
        if (StructureCheck.isValid(pole)) {
            KnownValidPoles.add(pole);
            return List.of();
        }
        Set<ConstraintViolation<Pole>> violations = validator().validate(pole);
        List<Problem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<Pole> v : violations) {
            problems.add(Problem.at(jsonPath(v.getPropertyPath()), v.getMessage()));
        }
        problems.sort(Comparator.comparing(Problem::path).thenComparing(Problem::message));
        if (problems.isEmpty()) {
            KnownValidPoles.add(pole);
        }
        return problems;
    }

    /**
     * True when this very pole instance has been found valid (by {@code PoleReader}, which validates what it reads, or
     * by this class): a pole is immutable, so it is still valid and need not be validated again. False for an equal
     * pole built separately.
     */
    public static boolean isKnownValid(Pole pole) {
        return KnownValidPoles.contains(pole);
    }

    /**
     * Validates and returns the pole unchanged.
     *
     * @throws PoleFormatException listing every problem when it is not valid
     */
    public Pole requireValid(Pole pole) {
        List<Problem> problems = validate(pole);
        if (!problems.isEmpty()) {
            throw new PoleFormatException(pole.id() == null ? "<pole>" : pole.id(), problems);
        }
        return pole;
    }

    /** {@code members[2].siren} style Bean Validation path to {@code $.members[2].siren}. */
    static String jsonPath(Path path) {
        StringBuilder sb = new StringBuilder("$");
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                sb.append('.').append(node.getName());
            }
        }
        return sb.toString();
    }
}
