package fr.ptce.model.classification;

/** The ESS status of an entry in the sense of loi n° 2014-856, art. 1. */
public enum EssStatus {
    /** A private-law legal person that is ESS by its form: association, foundation, mutual, cooperative (art. 1 II 1°). */
    ESS_BY_STATUS,
    /** A commercial company (or a form the category cannot settle) whose statutes meet art. 1 (art. 1 II 2°). */
    ESS_BY_STATUTES,
    /** Not an ESS enterprise: natural persons, bodies without legal personality, public-law persons, unlisted forms, commercial companies without ESS statutes. */
    NOT_ESS,
    /** A legal person whose status the data cannot settle (foreign company, congrégation…). */
    UNKNOWN;

    /** True for the two ESS statuses. */
    public boolean isEss() {
        return this == ESS_BY_STATUS || this == ESS_BY_STATUTES;
    }
}
