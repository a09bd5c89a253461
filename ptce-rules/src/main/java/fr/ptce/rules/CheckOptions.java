package fr.ptce.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a check is made: as of which date, in which language, with which thresholds and severities. Immutable;
 * build with {@link #builder()}. The defaults are the catalogue's: today, French, the catalogue's thresholds and
 * severities, the pole validated before the rules run.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.builder()
 *         .asOf(LocalDate.of(2024, 12, 31))
 *         .language(Language.EN)
 *         .parameter(Parameter.ESS_VOTE_SHARE_MIN, 0.6)
 *         .severity("CH-ANIMATION", Severity.ERROR)
 *         .build();
 * }</pre>
 */
public final class CheckOptions {
    private static final CheckOptions DEFAULTS = builder().build();

    private final LocalDate asOf;
    private final Language language;
    private final Map<String, Double> parameters;
    private final Map<String, Severity> severities;
    private final boolean validate;

    private CheckOptions(Builder b) {
        this.asOf = b.asOf;
        this.language = b.language;
        this.parameters = Map.copyOf(b.parameters);
        this.severities = Map.copyOf(b.severities);
        this.validate = b.validate;
    }

    /** The defaults. */
    public static CheckOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.asOf = asOf;
        b.language = language;
        b.parameters.putAll(parameters);
        b.severities.putAll(severities);
        b.validate = validate;
        return b;
    }

    /** The as-of date, or {@code null} for the day of the check. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The as-of date, today when not set. */
    public LocalDate asOfOrToday() {
        return asOf == null ? LocalDate.now() : asOf;
    }

    /** The language of the messages. */
    public Language language() {
        return language;
    }

    /**
     * The value of a parameter (its default when not overridden).
     *
     * @throws IllegalArgumentException when no rule of the class path's catalogue defines it
     */
    public double parameter(Parameter p) {
        Double value = parameters.get(p.key());
        if (value != null) {
            return value;
        }
        return RuleCatalogue.standard().parameter(p.key())
                .orElseThrow(() -> new IllegalArgumentException("no rule defines the parameter " + p.key()))
                .defaultValue();
    }

    /** The value of a parameter (its definition's default when not overridden). */
    public double parameter(ParameterDefinition p) {
        return parameters.getOrDefault(p.key(), p.defaultValue());
    }

    /** The overridden parameters, by key. */
    public Map<String, Double> parameters() {
        return parameters;
    }

    /** The overridden severities, by rule id. */
    public Map<String, Severity> severities() {
        return severities;
    }

    /**
     * Whether the pole is validated (structure, codes, references) before the rules run; a pole instance already found
     * valid (read by {@code PoleReader}, or checked before) is not validated again.
     */
    public boolean validate() {
        return validate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckOptions c && Objects.equals(asOf, c.asOf) && language == c.language
                && parameters.equals(c.parameters) && severities.equals(c.severities) && validate == c.validate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, language, parameters, severities, validate);
    }

    /** Builder of {@link CheckOptions}. */
    public static final class Builder {
        private LocalDate asOf;
        private Language language = Language.FR;
        private final Map<String, Double> parameters = new HashMap<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private boolean validate = true;

        private Builder() {
        }

        /** Checks as of this date ({@code null}: the day of the check). */
        public Builder asOf(LocalDate date) { this.asOf = date; return this; }

        /** Messages in this language. */
        public Builder language(Language value) { this.language = Objects.requireNonNull(value); return this; }

        /**
         * Overrides a threshold.
         *
         * @throws IllegalArgumentException when no rule defines the parameter, or the value is out of its range
         */
        public Builder parameter(Parameter p, double value) {
            ParameterDefinition definition = RuleCatalogue.standard().parameter(p.key())
                    .orElseThrow(() -> new IllegalArgumentException("no rule defines the parameter " + p.key()));
            parameters.put(p.key(), definition.check(value));
            return this;
        }

        /**
         * Overrides the severity of a rule.
         *
         * @throws IllegalArgumentException when no rule has this id
         */
        public Builder severity(String ruleId, Severity severity) {
            if (RuleCatalogue.standard().rule(ruleId).isEmpty()) {
                throw new IllegalArgumentException("unknown rule id " + ruleId);
            }
            severities.put(ruleId, Objects.requireNonNull(severity));
            return this;
        }

        /**
         * Skips structural validation: only for poles already validated (read by {@code PoleReader}, or checked with
         * {@code PoleValidator}); an invalid pole then gives unspecified outcomes.
         */
        public Builder trustedInput() { this.validate = false; return this; }

        /** The options. */
        public CheckOptions build() {
            return new CheckOptions(this);
        }
    }
}
