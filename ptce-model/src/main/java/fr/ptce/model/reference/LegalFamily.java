package fr.ptce.model.reference;

/** The broad family of a legal category (column {@code family} of the legal-category table). */
public enum LegalFamily {
    /** A cooperative (SCOP, SCIC in cooperative form, SICA, cooperative banks…). */
    COOPERATIVE,
    /** A mutual (mutuelle, union of mutuals). */
    MUTUAL,
    /** An association. */
    ASSOCIATION,
    /** A foundation. */
    FOUNDATION,
    /** A commercial company (SARL, SA, SAS…). */
    COMMERCIAL,
    /** A société civile (GAEC, EARL, SCI, SISA…). */
    CIVIL,
    /** Another private-law person (GIE, fonds de dotation, union, comité d'entreprise…). */
    OTHER_PRIVATE,
    /** A foreign company or body governed by private law. */
    FOREIGN,
    /** A foreign State, public body or international organisation. */
    FOREIGN_PUBLIC,
    /** A French public-law person (local authority, public establishment…). */
    PUBLIC,
    /** A service of the State. */
    STATE,
    /** An entrepreneur individuel. */
    INDIVIDUAL,
    /** A grouping without legal personality. */
    NO_PERSONALITY
}
