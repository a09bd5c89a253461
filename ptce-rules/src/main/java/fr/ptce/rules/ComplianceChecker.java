package fr.ptce.rules;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.internal.Engine;
import fr.ptce.rules.internal.RuleBase;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * Checks poles against the referentials of the rule catalogue (rules version 2) and explains every outcome.
 *
 * <p>Build one per application and share it: it is immutable and thread-safe. Building it loads the rules
 * compiled at build time (a few hundred milliseconds); each check then runs in its own short-lived Drools
 * session.
 *
 * <pre>{@code
 * ComplianceChecker checker = ComplianceChecker.create();
 * Pole pole = PoleReader.create().read(Path.of("pole.json"));
 * ComplianceReport report = checker.check(pole, Referential.LOI_2014_856_ART9);
 * System.out.println(report.verdict());
 * }</pre>
 */
public final class ComplianceChecker {
    private final KieBase kieBase;
    private final RuleCatalogue catalogue;
    private final CheckOptions defaults;
    private final PoleValidator validator;

    private ComplianceChecker(KieBase kieBase, CheckOptions defaults) {
        this.kieBase = kieBase;
        this.catalogue = RuleCatalogue.standard();
        this.defaults = Objects.requireNonNull(defaults);
        this.validator = PoleValidator.create();
    }

    /** A checker with the catalogue's defaults (French messages, the catalogue's thresholds and severities). */
    public static ComplianceChecker create() {
        return create(CheckOptions.defaults());
    }

    /**
     * A checker whose default options are {@code defaults} (a deployment's thresholds, severities, language);
     * {@link #check(Pole, Referential, CheckOptions)} can still override them per check.
     */
    public static ComplianceChecker create(CheckOptions defaults) {
        return new ComplianceChecker(RuleBase.load(), defaults);
    }

    /** The rule catalogue. */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The default options of this checker. */
    public CheckOptions defaults() {
        return defaults;
    }

    /**
     * Checks {@code pole} against one referential with the default options.
     *
     * @throws PoleFormatException when the pole is not structurally valid (every problem listed)
     */
    public ComplianceReport check(Pole pole, Referential referential) {
        return check(pole, referential, defaults);
    }

    /**
     * Checks {@code pole} against one referential.
     *
     * @throws PoleFormatException when the pole is not structurally valid (every problem listed)
     */
    public ComplianceReport check(Pole pole, Referential referential, CheckOptions options) {
        return check(pole, EnumSet.of(referential), options).get(0);
    }

    /** Checks {@code pole} against all three referentials at once (one session), with the default options. */
    public List<ComplianceReport> checkAll(Pole pole) {
        return checkAll(pole, defaults);
    }

    /** Checks {@code pole} against all three referentials at once (one session). */
    public List<ComplianceReport> checkAll(Pole pole, CheckOptions options) {
        return check(pole, EnumSet.allOf(Referential.class), options);
    }

    /**
     * Checks {@code pole} against the given referentials in one session: one report per referential, in the
     * order of {@link Referential}.
     *
     * @throws PoleFormatException when the pole is not structurally valid (every problem listed)
     */
    public List<ComplianceReport> check(Pole pole, Set<Referential> referentials, CheckOptions options) {
        Objects.requireNonNull(pole, "pole");
        Objects.requireNonNull(options, "options");
        if (referentials.isEmpty()) {
            throw new IllegalArgumentException("no referential to check");
        }
        if (options.validate() && !PoleValidator.isKnownValid(pole)) {
            validator.requireValid(pole); // a pole read by PoleReader, or checked before, is not validated again
        }
        return Engine.check(kieBase, catalogue, pole, referentials, options);
    }
}
