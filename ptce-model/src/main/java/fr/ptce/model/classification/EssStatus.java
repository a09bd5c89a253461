package fr.ptce.model.classification;

/** The ESS status of a member in the sense of loi n° 2014-856, art. 1 (rules-v1, "Derived facts"). */
public enum EssStatus {
    /** A private-law legal person that is ESS by its legal form: association, foundation, mutual, cooperative (art. 1 II 1°). */
    ESS_BY_STATUS,
    /** A commercial company whose statutes meet art. 1 (art. 1 II 2°), or a private body flagged ESS in SIRENE. */
    ESS_BY_STATUTES,
    /** Not an ESS enterprise: public-law persons, natural persons, groupings without legal personality, commercial companies without ESS statutes. */
    NOT_ESS,
    /** A private-law legal person whose status the data cannot settle (GIE, société civile, fonds de dotation…). */
    UNKNOWN;

    /** True for the two ESS statuses. */
    public boolean isEss() {
        return this == ESS_BY_STATUS || this == ESS_BY_STATUTES;
    }
}
