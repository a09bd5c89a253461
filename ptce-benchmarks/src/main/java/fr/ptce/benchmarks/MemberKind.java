package fr.ptce.benchmarks;

/**
 * The kinds of member the {@link PoleGenerator} draws, with their share of all entries of {@code members[]}
 * (members and partners alike). The four shares the Labo de l'ESS survey gives are calibrated exactly: associations
 * 57 % (of which the IAE associations 9221 and 9222 make 23 points), SARL 9 %, SCIC 8 %, collectivités 7 %. The
 * remaining 19 % are spread over other real categories (State services and the rarer forms of rules-v2's table
 * included); that split is this generator's choice, not a survey figure.
 */
enum MemberKind {
    // C (= -1): the common probability of a small headcount, see smallProbability()
    /** Association d'insertion par l'économique (9221): ACI or EI carried by an association. IAE. */
    IAE_ASSOCIATION(15.0, Shared.C),
    /** Association intermédiaire (9222). IAE. */
    INTERMEDIATE_ASSOCIATION(8.0, Shared.C),
    /** Association déclarée (9220), including associations that are training bodies and business clubs. */
    ASSOCIATION(31.0, Shared.C),
    /** Association reconnue d'utilité publique (9230). */
    PUBLIC_UTILITY_ASSOCIATION(3.0, Shared.C),
    /** SARL (5499), a classic commercial company, some with ESS statutes. */
    SARL(9.0, Shared.C),
    /** SCIC: a SAS (5710), SARL coopérative (5460) or SA coopérative (5560) with statute SCIC. */
    SCIC(8.0, Shared.C),
    /** Commune, EPCI, département, région, syndicat mixte (72xx, 7343–7354). */
    LOCAL_AUTHORITY(7.0, 0.15),
    /** SCOP (5458 SARL SCOP, 5558 SA SCOP). */
    SCOP(3.5, Shared.C),
    /** SAS (5710), classic; some with ESS statutes, some with an ESUS approval. */
    SAS(2.5, Shared.C),
    /** A citizen member (natural person): no legal category, no headcount. */
    NATURAL_PERSON(3.0, 0.0),
    /** Fondation (9300). */
    FOUNDATION(1.5, Shared.C),
    /** University or other higher-education establishment (7383, 7384), some with NAF 85.42Z or 85.41Z. */
    HIGHER_EDUCATION(1.5, 0.0),
    /** Public training body (7331, e.g. a GRETA's établissement), some with NAF 85.32Z or 85.31Z. */
    TRAINING_BODY(1.5, 0.2),
    /** Entrepreneur individuel (1000). */
    SOLE_TRADER(1.0, 0.95),
    /** Public research centre (7389, or an EPIC 4110): role RESEARCH_CENTRE given, or NAF division 72. */
    RESEARCH_CENTRE(0.5, 0.0),
    /** Mutuelle (8210). */
    MUTUAL(0.5, 0.3),
    /** CAE: SARL coopérative (5460) with statute CAE. */
    CAE(0.5, Shared.C),
    /** Groupement d'employeurs (9223, an association: ESS by its form) or GIE (6220: not ESS, sometimes flagged O). */
    EMPLOYER_GROUP(0.5, Shared.C),
    /** Other public body: CCAS (7361), chambre consulaire (7381), local EPIC (4140). */
    OTHER_PUBLIC(0.5, 0.2),
    /** SA (5599). */
    SA(0.5, 0.1),
    /**
     * A service of the State (7111–7179, 7190: ministries, services déconcentrés such as a DREETS or a DDETS, écoles
     * nationales): all of them in one pole are one legal person, the State.
     */
    STATE_SERVICE(0.5, 0.1),
    /**
     * The other forms (rules-v2's table): SICA (5432, 5532, 5632, 6532) and caisses d'épargne (6100), cooperatives;
     * the forms whose ESS status only the entry's data settle (3120, 3220, 3290, 9240: essStatutes, ESUS, SIRENE
     * flag); sociétés civiles, fonds de dotation (9900), SISA (6511), GCS (9970), not ESS; AARPI (9224) and OPCVM
     * (0000), without legal personality.
     */
    OTHER_FORM(0.5, Shared.C);

    /** Target share of the entries with a headcount band (every kind but natural persons) under 10 employees. */
    static final double SMALL_SHARE = 2.0 / 3.0;

    /** Marks the kinds whose probability of a small headcount is the common one, computed to hit {@link #SMALL_SHARE}. */
    private static final double COMMON_SMALL_MARK = Shared.C;

    /** Share of all entries, in %. */
    final double weight;
    private final double small;

    MemberKind(double weight, double small) {
        this.weight = weight;
        this.small = small;
    }

    /**
     * Probability of a headcount band under 10 employees (NN, 00, 01, 02, 03): set per kind for the public bodies,
     * sole traders, SA and mutuals; for every other kind, the common value that makes the weighted average over the
     * banded kinds exactly {@link #SMALL_SHARE}.
     */
    double smallProbability() {
        return small == COMMON_SMALL_MARK ? Common.VALUE : small;
    }

    /** Natural persons have no headcount band. */
    boolean hasHeadcount() {
        return this != NATURAL_PERSON;
    }

    /** Holds the marker so that the constants above can name it (an enum's own static fields cannot be). */
    private static final class Shared {
        static final double C = -1;
    }

    private static final class Common {
        static final double VALUE;

        static {
            double banded = 0;
            double special = 0;
            double common = 0;
            for (MemberKind k : values()) {
                if (!k.hasHeadcount()) {
                    continue;
                }
                banded += k.weight;
                if (k.small == COMMON_SMALL_MARK) {
                    common += k.weight;
                } else {
                    special += k.weight * k.small;
                }
            }
            VALUE = (SMALL_SHARE * banded - special) / common;
        }
    }

    /** Associations (9220, 9221, 9222, 9230, 9260). */
    boolean isAssociation() {
        return this == IAE_ASSOCIATION || this == INTERMEDIATE_ASSOCIATION || this == ASSOCIATION
                || this == PUBLIC_UTILITY_ASSOCIATION;
    }
}
