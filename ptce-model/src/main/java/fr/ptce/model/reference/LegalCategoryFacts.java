package fr.ptce.model.reference;

import fr.ptce.model.Role;
import java.util.Objects;

/**
 * The legal facts of one INSEE legal category, as the member classification reads them: one row of the
 * shipped legal-category table ({@code legal-categories-v2.csv}), each row justified by the text it rests on.
 *
 * @param code          the INSEE code (4 digits)
 * @param label         the INSEE label
 * @param legalPerson   whether it designates a legal person (or a service of the State)
 * @param publicLaw     a public-law person (4xxx, 7xxx, 3110, 3205, 3210)
 * @param essBase       what the category alone says of the ESS status
 * @param family        the broad family of the form
 * @param defaultRole   the role an entry of this category has when neither its roles nor its NAF code say
 * @param justification the text the row rests on
 */
public record LegalCategoryFacts(String code, String label, LegalPersonality legalPerson, boolean publicLaw,
                                 EssBase essBase, LegalFamily family, Role defaultRole, String justification) {

    /**
     * True for a private-law legal person of its own: a legal person ({@code yes}, not a service of the State) that is
     * not of public law (décret n° 2015-431, art. 3, 1°, "une personne morale de droit privé").
     */
    public boolean isPrivateLegalPerson() {
        return legalPerson == LegalPersonality.YES && !publicLaw;
    }

    /** Checks that no field is missing. */
    public LegalCategoryFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(legalPerson, "legalPerson");
        Objects.requireNonNull(essBase, "essBase");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(defaultRole, "defaultRole");
        Objects.requireNonNull(justification, "justification");
    }
}
