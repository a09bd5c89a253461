package fr.ptce.rules.internal;

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
 */
public record CooperationFact(String id, CooperationType type, List<String> participants, int activeMembers,
                              int essParticipants, boolean pooling) {

    /** Number of active constituent participants, members and partners. */
    public int participantCount() {
        return participants.size();
    }
}
