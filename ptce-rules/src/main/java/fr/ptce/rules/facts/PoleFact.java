package fr.ptce.rules.facts;

import java.util.Set;

/**
 * The pole-level facts of a check.
 *
 * @param territoryDeclared          at least one territory code is declared
 * @param sustainableDevelopment     {@code aims.sustainableLocalDevelopment} is true
 * @param legalCategory              the pole's category ({@code legalCategory}, else its legal entity's), or {@code null}
 * @param privateLegalPerson         that category is a legal person ({@code yes}, not a State service) of private law
 * @param carrier                    the carrier's id, or {@code null}
 * @param carrierActive              the carrier is active on the as-of date
 * @param carrierEss                 the carrier is an ESS enterprise
 * @param animator                   the animator's id, or {@code null}
 * @param animatorActive             the animator is active on the as-of date
 * @param animatorEss                the animator is an ESS enterprise
 * @param departements               the départements the territory touches (a listed région counts for all of its)
 */
public record PoleFact(boolean territoryDeclared, boolean sustainableDevelopment, String legalCategory,
                       boolean privateLegalPerson, String carrier, boolean carrierActive, boolean carrierEss,
                       String animator, boolean animatorActive, boolean animatorEss, Set<String> departements) {

    /** True when the territory lies within one département. */
    public boolean singleDepartement() {
        return departements.size() == 1;
    }
}
