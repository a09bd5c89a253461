package fr.ptce.rules.internal;

import java.util.List;

/**
 * A decision-making body with the votes of the seats of active members and partners.
 *
 * @param name        the body's name
 * @param index       its position in {@code governance.bodies}
 * @param totalVotes  votes of all active seats
 * @param essVotes    votes of seats held by ESS enterprises
 * @param publicVotes votes of seats held by public-law persons
 * @param topMember   the member holding the most votes ({@code null} without seats)
 * @param topVotes    its votes
 * @param essHolders  ids of the ESS enterprises seated
 * @param publicHolders ids of the public-law persons seated
 */
public record BodyFact(String name, int index, long totalVotes, long essVotes, long publicVotes, String topMember,
                       long topVotes, List<String> essHolders, List<String> publicHolders) {

    /** True when ESS seats hold strictly more than {@code minShare} of the votes (false without votes). */
    public boolean essShareAbove(double minShare) {
        return Shares.above(essVotes, totalVotes, minShare);
    }

    /** True when one member holds more than half of the votes. */
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
}
