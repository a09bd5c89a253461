package fr.ptce.model.classification;

/** Why a member has its {@link EssStatus}: one constant per branch of the classification. */
public enum EssReason {
    /** A natural person (citizen member). */
    NATURAL_PERSON,
    /** Entrepreneur individuel (legal category 1000): a natural person. */
    SOLE_TRADER,
    /** A grouping without legal personality (2xxx) or an association non déclarée (9210). */
    NO_LEGAL_PERSONALITY,
    /** A public-law person (4xxx, 7xxx): art. 1 I covers only private-law persons. */
    PUBLIC_LAW_PERSON,
    /** An association with legal personality (9220, 9221, 9222, 9224, 9230, 9260, 5195). */
    ASSOCIATION_CATEGORY,
    /** A foundation (9300). */
    FOUNDATION_CATEGORY,
    /** A mutual (8210, 8250, 8290, 6411, 5191, 5193, 5194, 6595, 6596). */
    MUTUAL_CATEGORY,
    /** A cooperative, SCOP or union of cooperatives by its legal category. */
    COOPERATIVE_CATEGORY,
    /** A private-law legal person whose declared statute (SCIC, SCOP, CAE, cooperative, mutual, foundation, association) is ESS. */
    ESS_STATUTE,
    /** A commercial company whose statutes are declared ESS ({@code essStatutes: true}). */
    ESS_STATUTES_DECLARED,
    /** A commercial company with {@code essStatutes} unknown and the SIRENE ESS flag {@code O}. */
    SIRENE_FLAG_COMMERCIAL,
    /** A commercial company whose statutes are declared not ESS ({@code essStatutes: false}). */
    STATUTES_NOT_ESS,
    /** A commercial company with {@code essStatutes} unknown and no SIRENE ESS flag {@code O}. */
    COMMERCIAL_WITHOUT_ESS_EVIDENCE,
    /** Another private-law legal person flagged {@code O} in SIRENE. */
    SIRENE_FLAG_OTHER,
    /** Another private-law legal person the data cannot settle. */
    NEEDS_REVIEW,
    /** No legal category and not a natural person (invalid input; reported by validation). */
    NO_LEGAL_CATEGORY
}
