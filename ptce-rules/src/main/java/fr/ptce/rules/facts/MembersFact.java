package fr.ptce.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The entries active on the as-of date, grouped once per check the way the built-in rules read them: one fact that
 * the rules compare, rather than one pass of the engine over every {@link MemberFact} for every rule (which cost more
 * than the rest of a check). Each group keeps {@code members[]} order; "member" means a constituent (not the pole's own
 * legal entity) with relation MEMBER, as in {@link MemberFact#constituentMember()}. The {@link MemberFact}s are still
 * facts of the session, for rules that need another grouping.
 */
public final class MembersFact {
    private final List<MemberFact> constituents = new ArrayList<>();
    private final List<MemberFact> legalPersonMembers = new ArrayList<>();
    private final List<String> essEnterpriseMembers = new ArrayList<>();
    private final List<String> nonEssEnterprises = new ArrayList<>();
    private final List<String> localAuthorities = new ArrayList<>();
    private final List<String> anchoredEssEnterpriseMembers = new ArrayList<>();
    private final List<String> membersOutsideTerritory = new ArrayList<>();
    private final List<String> firmMembers = new ArrayList<>();
    private final List<String> essUnknown = new ArrayList<>();
    private final List<String> sireneMismatches = new ArrayList<>();
    private final List<String> statuteConflicts = new ArrayList<>();
    private final List<String> esusContradictions = new ArrayList<>();
    private int membersWithCommune;

    /** Groups {@code active}, the active entries in {@code members[]} order. */
    public MembersFact(List<MemberFact> active) {
        for (MemberFact m : active) {
            if (m.constituent()) {
                constituents.add(m);
                if (m.nonEssEnterprise()) {
                    nonEssEnterprises.add(m.id());
                }
                if (m.localAuthority()) {
                    localAuthorities.add(m.id());
                }
            }
            if (m.constituentMember()) {
                if (m.legalPerson()) {
                    legalPersonMembers.add(m);
                    if (m.nonEssEnterprise() || m.mostlyNonEssGrouping()) {
                        firmMembers.add(m.id());
                    }
                }
                if (m.essEnterprise()) {
                    essEnterpriseMembers.add(m.id());
                    if (m.located()) {
                        anchoredEssEnterpriseMembers.add(m.id());
                    }
                }
                if (m.hasCommune()) {
                    membersWithCommune++;
                    if (!m.located()) {
                        membersOutsideTerritory.add(m.id());
                    }
                }
            }
            if (m.essUnknown()) {
                essUnknown.add(m.id());
            }
            if (m.sireneMismatch()) {
                sireneMismatches.add(m.id());
            }
            if (m.statuteConflict()) {
                statuteConflicts.add(m.id());
            }
            if (m.esusContradiction()) {
                esusContradictions.add(m.id());
            }
        }
    }

    /** The constituents, members and partners. */
    public List<MemberFact> constituents() {
        return Collections.unmodifiableList(constituents);
    }

    /** The members that are legal persons (or services of the State). */
    public List<MemberFact> legalPersonMembers() {
        return Collections.unmodifiableList(legalPersonMembers);
    }

    /** The ids of the members that are ESS enterprises. */
    public List<String> essEnterpriseMembers() {
        return Collections.unmodifiableList(essEnterpriseMembers);
    }

    /** The ids of the constituents, members or partners, that are non-ESS enterprises. */
    public List<String> nonEssEnterprises() {
        return Collections.unmodifiableList(nonEssEnterprises);
    }

    /** The ids of the constituents, members or partners, with role LOCAL_AUTHORITY. */
    public List<String> localAuthorities() {
        return Collections.unmodifiableList(localAuthorities);
    }

    /** The ids of the members that are ESS enterprises located on the declared territory. */
    public List<String> anchoredEssEnterpriseMembers() {
        return Collections.unmodifiableList(anchoredEssEnterpriseMembers);
    }

    /** The ids of the members whose commune is given and is not on the declared territory. */
    public List<String> membersOutsideTerritory() {
        return Collections.unmodifiableList(membersOutsideTerritory);
    }

    /** How many members give a commune. */
    public int membersWithCommune() {
        return membersWithCommune;
    }

    /** The ids of the members that are legal persons and non-ESS enterprises or mostly non-ESS enterprise groupings. */
    public List<String> firmMembers() {
        return Collections.unmodifiableList(firmMembers);
    }

    /** The ids of the active entries whose ESS status is UNKNOWN. */
    public List<String> essUnknown() {
        return Collections.unmodifiableList(essUnknown);
    }

    /** The ids of the active entries whose SIRENE flag contradicts their classification. */
    public List<String> sireneMismatches() {
        return Collections.unmodifiableList(sireneMismatches);
    }

    /** The ids of the active entries that declare a statute their legal category cannot have. */
    public List<String> statuteConflicts() {
        return Collections.unmodifiableList(statuteConflicts);
    }

    /** The ids of the active entries with an ESUS approval contradicted by their statutes or classification. */
    public List<String> esusContradictions() {
        return Collections.unmodifiableList(esusContradictions);
    }
}
