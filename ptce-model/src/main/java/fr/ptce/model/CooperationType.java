package fr.ptce.model;

/** The kind of a continuing cooperation between members. */
public enum CooperationType {
    /** KNOWLEDGE. */
    KNOWLEDGE,
    /** PREMISES. */
    PREMISES,
    /** EQUIPMENT. */
    EQUIPMENT,
    /** EMPLOYMENT. */
    EMPLOYMENT,
    /** PURCHASING. */
    PURCHASING,
    /** SERVICES. */
    SERVICES,
    /** FINANCIAL. */
    FINANCIAL,
    /** COMMUNICATION. */
    COMMUNICATION,
    /** PARTNERSHIP. */
    PARTNERSHIP
}
