package fr.ptce.rules.facts;

import fr.ptce.model.CooperationType;
import java.util.List;

/**
 * A cooperation active on the as-of date, with its active constituent participants (the pole's own legal entity
 * is never counted).
 *
 * @param id                  cooperation id
 * @param type                its type
 * @param participants        ids of the active constituent members and partners taking part
 * @param activeMembers       how many of them are members (not partners)
 * @param essParticipants     how many of them are ESS enterprises
 * @param pooling             a type of real pooling (premises, equipment, employment, purchasing, services, financial)
 * @param since               the day it started, or {@code null} when not given
 */
public record CooperationFact(String id, CooperationType type, List<String> participants, int activeMembers,
                              int essParticipants, boolean pooling, java.time.LocalDate since) {

    /** Number of active constituent participants, members and partners. */
    public int participantCount() {
        return participants.size();
    }

    /**
     * True when it started at least {@code years} whole years before {@code date} (on the same day of the year at the
     * latest); false when its start is not given.
     */
    public boolean startedYearsBefore(double years, java.time.LocalDate date) {
        return since != null && !since.plusYears((long) years).isAfter(date);
    }
}
