package fr.ptce.benchmarks;

import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.Parameter;

/**
 * The configurable thresholds of rules-v2 (marked <em>param</em> in the catalogue), as the
 * {@link ReferenceChecker} takes them.
 *
 * @param essVoteShareMin  CH-ESS-LED-GOVERNANCE: ESS seats hold at least this share of each body's votes
 * @param minActorFamilies CH-MULTI-ACTOR: actor families to cover, ESS enterprise among them
 * @param anchoredShareMin CH-TERRITORIAL-ANCHORING: share (inclusive) of the distinct legal persons among the members
 *                         located on the territory
 */
public record Thresholds(double essVoteShareMin, int minActorFamilies, double anchoredShareMin) {
    private static final Thresholds DEFAULTS = new Thresholds(0.5, 3, 0.75);

    /** Checks the ranges ptce-rules' {@code Parameter} accepts: essVoteShareMin in [0, 1), anchoredShareMin in [0, 1], families in [1, 6]. */
    public Thresholds {
        if (!(essVoteShareMin >= 0 && essVoteShareMin < 1) || !(anchoredShareMin >= 0 && anchoredShareMin <= 1)
                || minActorFamilies < 1 || minActorFamilies > 6) {
            throw new IllegalArgumentException("thresholds out of range: " + essVoteShareMin + ", " + minActorFamilies
                    + ", " + anchoredShareMin);
        }
    }

    /** The catalogue's defaults: 0.5, 3, 0.75. */
    public static Thresholds defaults() {
        return DEFAULTS;
    }

    /** The thresholds a Drools check with {@code options} uses. */
    public static Thresholds of(CheckOptions options) {
        return new Thresholds(options.parameter(Parameter.ESS_VOTE_SHARE_MIN),
                (int) options.parameter(Parameter.MIN_ACTOR_FAMILIES), options.parameter(Parameter.ANCHORED_SHARE_MIN));
    }

    /** Check options (as of {@code asOf}) carrying these thresholds, for a Drools check. */
    public CheckOptions.Builder applyTo(CheckOptions.Builder builder) {
        return builder.parameter(Parameter.ESS_VOTE_SHARE_MIN, essVoteShareMin)
                .parameter(Parameter.MIN_ACTOR_FAMILIES, minActorFamilies)
                .parameter(Parameter.ANCHORED_SHARE_MIN, anchoredShareMin);
    }
}
