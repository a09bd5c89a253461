package fr.ptce.rules.internal;

import fr.ptce.model.Role;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssStatus;
import java.util.Set;

/**
 * A member or partner active on the as-of date, with its derived facts, as the rules see it.
 *
 * @param id                   member id
 * @param member               relation MEMBER (false: PARTNER)
 * @param legalPerson          a legal person
 * @param publicLaw            a public-law person
 * @param essStatus            ESS status
 * @param essEnterprise        an ESS enterprise
 * @param nonEssEnterprise     role ENTERPRISE and status NOT_ESS
 * @param mostlyNonEssGrouping an enterprise grouping whose majority is non-ESS
 * @param naturalPerson        a citizen
 * @param nonEnterpriseRole    has a role other than ENTERPRISE
 * @param localAuthority       has role LOCAL_AUTHORITY
 * @param hasCommune           a commune is given
 * @param located              located on the declared territory
 * @param sireneEss            the SIRENE flag, "O", "N" or null
 * @param families             actor families
 * @param roles                roles
 */
public record MemberFact(String id, boolean member, boolean legalPerson, boolean publicLaw, EssStatus essStatus,
                         boolean essEnterprise, boolean nonEssEnterprise, boolean mostlyNonEssGrouping,
                         boolean naturalPerson, boolean nonEnterpriseRole, boolean localAuthority,
                         boolean hasCommune, boolean located, String sireneEss, Set<ActorFamily> families,
                         Set<Role> roles) {

    /** True when the SIRENE flag contradicts the classification (ESS flagged N, non-ESS flagged O). */
    public boolean sireneMismatch() {
        return (essEnterprise && "N".equals(sireneEss)) || (!essEnterprise && "O".equals(sireneEss));
    }

    /** True when the ESS status is UNKNOWN. */
    public boolean essUnknown() {
        return essStatus == EssStatus.UNKNOWN;
    }
}
