package fr.ptce.rules.facts;

import java.math.BigDecimal;

/**
 * Exact comparisons of a share {@code part / whole} with a threshold given as a decimal ({@code 0.57}): no
 * floating-point rounding (0.57 × 100 is 56.99999999999999 in binary floating point).
 */
public final class Shares {
    private Shares() {
    }

    /** {@code part / whole > min}, exactly; false when {@code whole} is 0. */
    public static boolean above(long part, long whole, double min) {
        return whole > 0 && BigDecimal.valueOf(part).compareTo(BigDecimal.valueOf(min).multiply(BigDecimal.valueOf(whole))) > 0;
    }

    /** {@code part / whole >= min}, exactly; false when {@code whole} is 0. */
    public static boolean atLeast(long part, long whole, double min) {
        return whole > 0 && BigDecimal.valueOf(part).compareTo(BigDecimal.valueOf(min).multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** The smallest {@code n >= 0} with {@code part + n >= min * whole}, exactly. */
    public static long missingForAtLeast(long part, long whole, double min) {
        BigDecimal needed = BigDecimal.valueOf(min).multiply(BigDecimal.valueOf(whole));
        long n = needed.setScale(0, java.math.RoundingMode.CEILING).longValueExact() - part;
        return Math.max(0, n);
    }
}
