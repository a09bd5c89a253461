package fr.ptce.rules.facts;

import java.util.List;

/**
 * A decision-making body with the votes of the seats of active entries (the pole's legal entity included).
 *
 * @param name          the body's name
 * @param index         its position in {@code governance.bodies}
 * @param totalVotes    votes of all active seats
 * @param essVotes      votes of seats held by ESS enterprises
 * @param publicVotes   votes of seats held by public-law persons
 * @param topEntries    the entries of the person holding the most votes (every State entry together; one SIREN
 *                      together), empty without seats
 * @param topVotes      that person's votes
 * @param essHolders    ids of the ESS enterprises seated
 * @param publicHolders ids of the public-law persons seated
 * @param holders       ids of every active entry seated, in seat order without duplicates
 */
public record BodyFact(String name, int index, long totalVotes, long essVotes, long publicVotes,
                       List<String> topEntries, long topVotes, List<String> essHolders, List<String> publicHolders,
                       List<String> holders) {

    /** True when ESS seats hold at least {@code minShare} of the votes, exactly (false without votes). */
    public boolean essShareAtLeast(double minShare) {
        return Shares.atLeast(essVotes, totalVotes, minShare);
    }

    /** True when one person holds more than half of the votes. */
    public boolean dominated() {
        return totalVotes > 0 && topVotes * 2 > totalVotes;
    }

    /** True when public-law persons hold more than half of the votes. */
    public boolean publicDominated() {
        return totalVotes > 0 && publicVotes * 2 > totalVotes;
    }

    /** The ESS share of the votes, 0 without votes. */
    public double essShare() {
        return totalVotes == 0 ? 0 : (double) essVotes / totalVotes;
    }

    /**
     * The smallest number x ≥ 0 of ESS votes to add so that (essVotes + x) / (totalVotes + x) ≥ {@code minShare},
     * exactly ({@code minShare} below 1, so that x exists).
     *
     * @throws IllegalArgumentException when {@code minShare} is not below 1
     */
    public long essVotesToAdd(double minShare) {
        if (!(minShare < 1)) {
            throw new IllegalArgumentException("no number of ESS votes reaches a share of " + minShare);
        }
        long e = essVotes;
        long t = totalVotes;
        // (e + x) / (t + x) >= min  <=>  x >= (min * t - e) / (1 - min); start below and step up past rounding.
        long x = Math.max(0, (long) Math.floor((minShare * t - e) / (1 - minShare)) - 1);
        while (!Shares.atLeast(e + x, t + x, minShare)) {
            x++;
        }
        return x;
    }
}
