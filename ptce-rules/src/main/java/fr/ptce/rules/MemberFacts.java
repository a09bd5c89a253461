package fr.ptce.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.ptce.model.classification.EssReason;
import fr.ptce.model.classification.EssStatus;
import java.util.List;

/**
 * The derived facts of one entry of the pole's {@code members[]}, as the check read them (a report's
 * {@code members}): why an entry counts as an ESS enterprise or not, in which roles and families.
 *
 * @param id          the entry's id
 * @param active      active on the as-of date (joined on or before it, not left on or before it)
 * @param constituent not the pole's own legal entity
 * @param legalPerson a legal person (true for a service of the State, part of the legal person "the State")
 * @param publicLaw   a public-law person
 * @param essStatus   its ESS status (loi n° 2014-856, art. 1)
 * @param essReason   why it has that status
 * @param roles       its roles, sorted names without duplicates
 * @param families    its actor families, sorted names without duplicates
 * @param onTerritory located on the declared territory
 */
@JsonPropertyOrder({"id", "active", "constituent", "legalPerson", "publicLaw", "essStatus", "essReason", "roles",
        "families", "onTerritory"})
public record MemberFacts(String id, boolean active, boolean constituent, boolean legalPerson, boolean publicLaw,
                          EssStatus essStatus, EssReason essReason, List<String> roles, List<String> families,
                          boolean onTerritory) {

    /** Copies the lists. */
    public MemberFacts {
        roles = List.copyOf(roles);
        families = List.copyOf(families);
    }
}
