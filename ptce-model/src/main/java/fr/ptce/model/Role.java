package fr.ptce.model;

/** The role of a member in the sense of loi n° 2014-856 art. 9. */
public enum Role {
    /** ENTERPRISE. */
    ENTERPRISE,
    /** LOCAL_AUTHORITY. */
    LOCAL_AUTHORITY,
    /** RESEARCH_CENTRE. */
    RESEARCH_CENTRE,
    /** HIGHER_EDUCATION. */
    HIGHER_EDUCATION,
    /** TRAINING_BODY. */
    TRAINING_BODY,
    /** OTHER. */
    OTHER
}
