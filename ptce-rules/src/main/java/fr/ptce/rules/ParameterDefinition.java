package fr.ptce.rules;

import java.util.Objects;

/**
 * A rule's threshold as its referential defines it: key, default and bounds.
 *
 * @param key          the key, e.g. {@code essVoteShareMin}
 * @param defaultValue the value used unless a check overrides it
 * @param min          the lowest accepted value (inclusive)
 * @param max          the highest accepted value (inclusive unless {@code maxExcluded})
 * @param maxExcluded  {@code max} itself is not accepted
 * @param integer      only whole numbers are accepted
 */
public record ParameterDefinition(String key, double defaultValue, double min, double max, boolean maxExcluded,
                                  boolean integer) {

    /** Checks the definition is consistent (its default within its bounds). */
    public ParameterDefinition {
        Objects.requireNonNull(key, "key");
        if (!(min <= max)) {
            throw new IllegalArgumentException("parameter " + key + ": min " + min + " is above max " + max);
        }
        if (!accepts(defaultValue, min, max, maxExcluded, integer)) {
            throw new IllegalArgumentException("parameter " + key + ": its default " + defaultValue + " is not "
                    + range(min, max, maxExcluded, integer));
        }
    }

    /**
     * Checks a value.
     *
     * @return the value
     * @throws IllegalArgumentException when it is out of the bounds (or not whole for an integer parameter)
     */
    public double check(double value) {
        if (!accepts(value, min, max, maxExcluded, integer)) {
            throw new IllegalArgumentException(key + " must be " + range(min, max, maxExcluded, integer) + ", got " + value);
        }
        return value;
    }

    /** The default as a number of the parameter's kind (an {@code Integer} for an integer parameter). */
    public Number defaultNumber() {
        return integer ? (Number) (int) defaultValue : (Number) defaultValue;
    }

    private static boolean accepts(double value, double min, double max, boolean maxExcluded, boolean integer) {
        return !Double.isNaN(value) && value >= min && value <= max && !(maxExcluded && value >= max)
                && !(integer && value != Math.rint(value));
    }

    private static String range(double min, double max, boolean maxExcluded, boolean integer) {
        return (integer ? "an integer " : "") + "between " + fmt(min) + " and " + fmt(max) + (maxExcluded ? " (excluded)" : "");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
