package fr.ptce.model.classification;

import fr.ptce.model.Role;
import java.util.Set;

/**
 * The derived facts about one member (rules-v1, "Derived facts about each member").
 *
 * @param legalPerson          a legal person (not a natural person, entrepreneur individuel, 2xxx or 9210)
 * @param publicLaw            a public-law person (4xxx, 7xxx)
 * @param essStatus            the ESS status
 * @param essReason            why
 * @param roles                explicit or derived roles
 * @param essEnterprise        a legal person with an ESS status
 * @param nonEssEnterprise     role ENTERPRISE and status NOT_ESS
 * @param mostlyNonEssGrouping an enterprise grouping whose majority is not ESS
 * @param families             the actor families it belongs to
 */
public record MemberProfile(boolean legalPerson, boolean publicLaw, EssStatus essStatus, EssReason essReason,
                            Set<Role> roles, boolean essEnterprise, boolean nonEssEnterprise,
                            boolean mostlyNonEssGrouping, Set<ActorFamily> families) {

    /** Copies the sets. */
    public MemberProfile {
        roles = Set.copyOf(roles);
        families = Set.copyOf(families);
    }
}
