package fr.ptce.rules.facts;

import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssStatus;
import java.util.Set;

/**
 * An entry of {@code members[]} active on the as-of date, with its derived facts, as the rules see it.
 *
 * @param id                   entry id
 * @param index                its position in {@code members[]}
 * @param member               relation MEMBER (false: PARTNER)
 * @param constituent          not the pole's own legal entity
 * @param person               the identity of the legal person it is part of (the State once, one SIREN once)
 * @param legalPerson          a legal person (or a service of the State)
 * @param publicLaw            a public-law person
 * @param essStatus            ESS status
 * @param essEnterprise        an ESS enterprise
 * @param nonEssEnterprise     role ENTERPRISE and status NOT_ESS
 * @param mostlyNonEssGrouping an enterprise grouping whose majority is non-ESS
 * @param naturalPerson        a citizen
 * @param localAuthority       has role LOCAL_AUTHORITY
 * @param hasCommune           a commune is given
 * @param located              located on the declared territory
 * @param sireneEss            the SIRENE flag, or {@code null}
 * @param statuteConflict      declares a statute its legal category cannot have
 * @param esusContradiction    an ESUS approval active on the date while its statutes are declared not ESS or it is not an ESS enterprise
 * @param esusApproved         an ESUS approval (Code du travail, art. L. 3332-17-1) is active on the date
 * @param families             actor families
 * @param roles                roles
 */
public record MemberFact(String id, int index, boolean member, boolean constituent, String person, boolean legalPerson,
                         boolean publicLaw, EssStatus essStatus, boolean essEnterprise, boolean nonEssEnterprise,
                         boolean mostlyNonEssGrouping, boolean naturalPerson, boolean localAuthority,
                         boolean hasCommune, boolean located, SireneEss sireneEss, boolean statuteConflict,
                         boolean esusContradiction, boolean esusApproved, Set<ActorFamily> families, Set<Role> roles) {

    /** True when the SIRENE flag contradicts the classification (ESS flagged N, non-ESS flagged O). */
    public boolean sireneMismatch() {
        return (essEnterprise && sireneEss == SireneEss.N) || (!essEnterprise && sireneEss == SireneEss.O);
    }

    /** True when the ESS status is UNKNOWN. */
    public boolean essUnknown() {
        return essStatus == EssStatus.UNKNOWN;
    }

    /** A constituent with relation MEMBER: what "member" means in the rules. */
    public boolean constituentMember() {
        return constituent && member;
    }
}
