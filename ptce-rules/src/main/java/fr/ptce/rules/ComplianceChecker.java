package fr.ptce.rules;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.internal.Engine;
import fr.ptce.rules.internal.RuleBase;
import java.util.LinkedHashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    private final RuleBase rules;
    private final RuleCatalogue catalogue;
    private final CheckOptions defaults;
    private final PoleValidator validator;

    private ComplianceChecker(RuleCatalogue catalogue, CheckOptions defaults) {
        this.catalogue = catalogue;
        this.rules = RuleBase.load(catalogue);
        this.defaults = Objects.requireNonNull(defaults);
        this.validator = PoleValidator.create();
    }

    /**
     * A checker with the catalogue's defaults (French messages, the catalogue's thresholds and severities), knowing
     * the built-in referentials and every referential plug-in on the class path.
     *
     * @throws InvalidReferentialException when a referential on the class path is not usable (the message names its
     *                                     jar and id)
     */
    public static ComplianceChecker create() {
        return create(CheckOptions.defaults());
    }

    /**
     * A checker whose default options are {@code defaults} (a deployment's thresholds, severities, language);
     * {@link #check(Pole, Referential, CheckOptions)} can still override them per check.
     */
    public static ComplianceChecker create(CheckOptions defaults) {
        return new ComplianceChecker(RuleCatalogue.standard(), defaults);
    }

    /**
     * A checker knowing the referentials found by {@code loader} (a host's plug-in class loader), with
     * {@code defaults}.
     *
     * @throws InvalidReferentialException when a referential found is not usable (the message names its jar and id)
     */
    public static ComplianceChecker create(ClassLoader loader, CheckOptions defaults) {
        return new ComplianceChecker(RuleCatalogue.discover(loader), defaults);
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
        return check(pole, Set.of(referential), options).get(0);
    }

    /** Checks {@code pole} against every referential of the catalogue at once (one session), with the default options. */
    public List<ComplianceReport> checkAll(Pole pole) {
        return checkAll(pole, defaults);
    }

    /** Checks {@code pole} against every referential of the catalogue at once (one session). */
    public List<ComplianceReport> checkAll(Pole pole, CheckOptions options) {
        return check(pole, new LinkedHashSet<>(catalogue.referentials()), options);
    }

    /**
     * Checks {@code pole} against the given referentials in one session: one report per referential, in the
     * catalogue's order.
     *
     * @throws PoleFormatException      when the pole is not structurally valid (every problem listed)
     * @throws IllegalArgumentException when no referential is given, or one the catalogue does not know
     */
    public List<ComplianceReport> check(Pole pole, Set<Referential> referentials, CheckOptions options) {
        Objects.requireNonNull(pole, "pole");
        Objects.requireNonNull(options, "options");
        if (referentials.isEmpty()) {
            throw new IllegalArgumentException("no referential to check");
        }
        requireKnown(referentials);
        if (options.validate() && !PoleValidator.isKnownValid(pole)) {
            validator.requireValid(pole); // a pole read by PoleReader, or checked before, is not validated again
        }
        return Engine.check(rules, catalogue, pole, referentials, options);
    }

    /**
     * The compliance of {@code pole} through time against the given referentials (every referential of the catalogue when none is given),
     * with the default options: see {@link #timeline(Pole, LocalDate, LocalDate, Set, CheckOptions)}.
     *
     * @param from the first day, or {@code null} for the default (the pole's {@code foundedOn}, else its earliest
     *             change, else 2014-08-02)
     * @param to   the last day (inclusive), or {@code null} for the default (the options' as-of date, today unless
     *             set)
     * @throws PoleFormatException      when the pole is not structurally valid (every problem listed)
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public List<Timeline> timeline(Pole pole, LocalDate from, LocalDate to, Referential... referentials) {
        Set<Referential> set = new LinkedHashSet<>(referentials.length == 0 ? catalogue.referentials()
                : java.util.Arrays.asList(referentials));
        return timeline(pole, from, to, set, defaults);
    }

    /**
     * The compliance of {@code pole} through time: one {@link Timeline} per referential, in the order of
     * the catalogue. The pole is checked on {@code from} and on every later date up to {@code to} where an
     * input changes ({@link TimelineChange#of(Pole)}: an entry joins or leaves, a cooperation starts or ends, an ESUS
     * approval is granted or expires, a State support is decided) or a referential's text enters into force; equal
     * consecutive results (same verdict, same set of failed rules) are merged into one {@link TimelinePeriod}. The
     * pole is validated once (unless {@code options} trust the input); each date is then checked with
     * {@code options} as of that date.
     *
     * @param from the first day, or {@code null} for the default (the pole's {@code foundedOn}, else its earliest
     *             change, else 2014-08-02)
     * @param to   the last day (inclusive), or {@code null} for the default ({@code options}' as-of date, today unless
     *             set)
     * @throws PoleFormatException      when the pole is not structurally valid (every problem listed)
     * @throws IllegalArgumentException when {@code from} is after {@code to}, or no referential is given
     */
    public List<Timeline> timeline(Pole pole, LocalDate from, LocalDate to, Set<Referential> referentials,
                                   CheckOptions options) {
        Objects.requireNonNull(pole, "pole");
        Objects.requireNonNull(options, "options");
        if (referentials.isEmpty()) {
            throw new IllegalArgumentException("no referential to check");
        }
        requireKnown(referentials);
        if (options.validate() && !PoleValidator.isKnownValid(pole)) {
            validator.requireValid(pole);
        }
        return TimelineBuilder.build(rules, catalogue, pole, from, to, referentials, options);
    }

    private void requireKnown(Set<Referential> referentials) {
        for (Referential r : referentials) {
            if (!catalogue.referentials().contains(r)) {
                throw new IllegalArgumentException("unknown referential " + r.id() + "; known: " + catalogue.referentials());
            }
        }
    }
}
