package fr.ptce.model.reference;

/** Whether a legal category designates a legal person (column {@code legalPerson} of the legal-category table). */
public enum LegalPersonality {
    /** A legal person of its own. */
    YES,
    /** No legal personality: an entrepreneur individuel, an indivision, a société en participation, an AARPI… */
    NO,
    /**
     * A service of the State without a personality of its own (7111–7179, 7190): together, every such entry is
     * the one legal person "the State".
     */
    STATE;

    /** True for {@link #YES} and {@link #STATE}: the entry is (part of) a legal person. */
    public boolean isLegalPerson() {
        return this != NO;
    }
}
