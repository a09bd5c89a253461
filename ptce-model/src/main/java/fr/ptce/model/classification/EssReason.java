package fr.ptce.model.classification;

/**
 * Why an entry has its {@link EssStatus} (loi n° 2014-856, art. 1): the first line of the classification that
 * applies, in this order.
 */
public enum EssReason {
    /** 1. A natural person ({@code naturalPerson: true}): {@code NOT_ESS}. */
    NATURAL_PERSON,
    /** 2. Not a legal person (1000, 2xxx, 9210, 9224, 0000, 7312, 7341): {@code NOT_ESS}. */
    NO_LEGAL_PERSONALITY,
    /** 3. A public-law person (4xxx, 7xxx, 3110, 3205, 3210): art. 1 I covers private-law persons only; {@code NOT_ESS}. */
    PUBLIC_LAW,
    /** 4. An association, foundation, mutual or cooperative by its legal category (art. 1 II 1°): {@code ESS_BY_STATUS}. */
    ESS_FORM,
    /** 5. A declared ESS statute (SCIC, SCOP, CAE, cooperative, mutual, foundation, association) compatible with the category: {@code ESS_BY_STATUS}. */
    ESS_STATUTE,
    /** 6. A form that art. 1 II does not list (GIE, société civile, fonds de dotation…): {@code NOT_ESS}. */
    NON_ESS_FORM,
    /** 7. An ESUS approval active on the as-of date (Code du travail, art. L. 3332-17-1): {@code ESS_BY_STATUTES}. */
    ESUS_APPROVAL,
    /** 8. Statutes declared to meet art. 1 ({@code essStatutes: true}): {@code ESS_BY_STATUTES}. */
    ESS_STATUTES,
    /** 9. Statutes declared not to meet art. 1 ({@code essStatutes: false}): {@code NOT_ESS}. */
    STATUTES_NOT_ESS,
    /** 10. Flagged {@code O} in SIRENE: {@code ESS_BY_STATUTES}. */
    SIRENE_FLAG,
    /** 11. A commercial company without any of the evidence above: {@code NOT_ESS}. */
    NO_ESS_EVIDENCE,
    /** 12. A form the category cannot settle (3120, 3220, 3290, 9240) without any evidence: {@code UNKNOWN}. */
    NEEDS_REVIEW
}
