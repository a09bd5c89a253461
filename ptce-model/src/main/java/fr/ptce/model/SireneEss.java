package fr.ptce.model;

/** The SIRENE flag economieSocialeSolidaireUniteLegale: O (in the ESS field) or N. */
public enum SireneEss {
    /** O. */
    O,
    /** N. */
    N
}
