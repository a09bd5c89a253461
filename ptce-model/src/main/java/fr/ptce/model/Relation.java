package fr.ptce.model;

/** Whether an entry is a member of the pole or an associated partner that is not a member. */
public enum Relation {
    /** MEMBER. */
    MEMBER,
    /** PARTNER. */
    PARTNER
}
