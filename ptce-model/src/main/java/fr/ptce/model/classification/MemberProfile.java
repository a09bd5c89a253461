package fr.ptce.model.classification;

import fr.ptce.model.Role;
import java.util.Set;

/**
 * The derived facts about one entry of {@code members[]} as of a date: legal person, public law, ESS status and
 * its reason, roles, actor families, and the legal person it is part of.
 *
 * @param legalPerson          a legal person, or a service of the State (part of the legal person "the State")
 * @param publicLaw            a public-law person
 * @param essStatus            the ESS status (loi n° 2014-856, art. 1)
 * @param essReason            the line of the classification that settled it
 * @param roles                explicit or derived roles
 * @param essEnterprise        status {@code ESS_BY_STATUS} or {@code ESS_BY_STATUTES}
 * @param nonEssEnterprise     role {@code ENTERPRISE} and status {@code NOT_ESS}
 * @param mostlyNonEssGrouping an enterprise grouping whose members are in majority not ESS
 * @param families             the actor families it belongs to
 * @param statuteConflict      a {@code statute} is declared that its legal category cannot have (ignored)
 * @param esusActive           its ESUS approval applies on the date
 * @param person               the identity the entry alone tells: {@code "STATE"} for a service of the State,
 *                             {@code "siren:<SIREN>"} for an entry (not a natural person) with a SIREN,
 *                             {@code "entry:<id>"} otherwise; {@link PersonIdentities} joins the entries of a pole
 *                             that are one person
 */
public record MemberProfile(boolean legalPerson, boolean publicLaw, EssStatus essStatus, EssReason essReason,
                            Set<Role> roles, boolean essEnterprise, boolean nonEssEnterprise,
                            boolean mostlyNonEssGrouping, Set<ActorFamily> families, boolean statuteConflict,
                            boolean esusActive, String person) {

    /** Copies the sets (an enum set as an enum set: cheaper to copy and to read). */
    public MemberProfile {
        roles = copy(roles);
        families = copy(families);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> set) {
        return set instanceof java.util.EnumSet<E> e ? java.util.Collections.unmodifiableSet(e.clone()) : Set.copyOf(set);
    }
}
