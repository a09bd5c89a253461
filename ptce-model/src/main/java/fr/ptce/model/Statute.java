package fr.ptce.model;

/** What a member's INSEE legal category alone cannot tell about its statute. */
public enum Statute {
    /** SCIC. */
    SCIC,
    /** SCOP. */
    SCOP,
    /** CAE. */
    CAE,
    /** COOPERATIVE. */
    COOPERATIVE,
    /** MUTUAL. */
    MUTUAL,
    /** FOUNDATION. */
    FOUNDATION,
    /** ASSOCIATION. */
    ASSOCIATION,
    /** ENDOWMENT_FUND. */
    ENDOWMENT_FUND,
    /** GEIQ. */
    GEIQ,
    /** EMPLOYER_GROUP. */
    EMPLOYER_GROUP
}
