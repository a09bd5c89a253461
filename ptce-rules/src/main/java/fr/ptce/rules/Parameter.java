package fr.ptce.rules;

/** The configurable thresholds of the catalogue, with their defaults (rules version 2). */
public enum Parameter {
    /**
     * CH-ESS-LED-GOVERNANCE: ESS seats must hold at least this share of each body's votes (0.5); below 1, so that a
     * failing body always has a finite remedy.
     */
    ESS_VOTE_SHARE_MIN("essVoteShareMin", 0.5, 0, 1),
    /** CH-MULTI-ACTOR: the number of actor families to cover, ESS among them (3). */
    MIN_ACTOR_FAMILIES("minActorFamilies", 3, 1, 6),
    /**
     * CH-TERRITORIAL-ANCHORING: the share of the distinct legal persons among the members located on the territory,
     * inclusive (0.75).
     */
    ANCHORED_SHARE_MIN("anchoredShareMin", 0.75, 0, 1);

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;

    Parameter(String key, double defaultValue, double min, double max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    /** The name used in the catalogue and in configuration, e.g. {@code essVoteShareMin}. */
    public String key() {
        return key;
    }

    /** The catalogue's default. */
    public double defaultValue() {
        return defaultValue;
    }

    /** Checks a value; integers only for {@link #MIN_ACTOR_FAMILIES}. */
    public double check(double value) {
        // essVoteShareMin stays below 1: with "at least 100 %", a body with one non-ESS vote has no finite remedy.
        boolean maxExcluded = this == ESS_VOTE_SHARE_MIN;
        if (Double.isNaN(value) || value < min || value > max || (maxExcluded && value >= max)
                || (this == MIN_ACTOR_FAMILIES && value != Math.rint(value))) {
            throw new IllegalArgumentException(key + " must be " + (this == MIN_ACTOR_FAMILIES ? "an integer " : "")
                    + "between " + fmt(min) + " and " + fmt(max) + (maxExcluded ? " (excluded)" : "") + ", got " + value);
        }
        return value;
    }

    /** The parameter with this key, if any. */
    public static java.util.Optional<Parameter> fromKey(String key) {
        for (Parameter p : values()) {
            if (p.key.equals(key) || p.name().equals(key)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
