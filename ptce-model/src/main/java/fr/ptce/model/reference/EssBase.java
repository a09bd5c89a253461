package fr.ptce.model.reference;

/**
 * What a legal category alone says of the ESS status (loi n° 2014-856, art. 1), before the entry's own data
 * (statute, statutes, ESUS approval, SIRENE flag) is read. Column {@code essBase} of the legal-category table.
 */
public enum EssBase {
    /** An association, foundation, mutual or cooperative: ESS by its form (art. 1 II 1°). */
    ESS_BY_STATUS,
    /** A commercial company: ESS only through its statutes (art. 1 II 2° and III). */
    COMMERCIAL_COMPANY,
    /** A form that art. 1 II does not list (GIE, société civile, fonds de dotation, public body…): not ESS. */
    NOT_ESS,
    /** A form the category cannot settle (foreign company, congrégation…): the entry's data must. */
    UNKNOWN,
    /** No legal personality: not an enterprise of art. 1 at all. */
    NONE
}
