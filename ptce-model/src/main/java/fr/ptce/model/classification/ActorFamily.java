package fr.ptce.model.classification;

/** The families of actors of the charter's multi-actor rule ({@code CH-MULTI-ACTOR}). */
public enum ActorFamily {
    /** An ESS enterprise. */
    ESS_ENTERPRISE,
    /** A non-ESS enterprise (role ENTERPRISE, status NOT_ESS). */
    NON_ESS_ENTERPRISE,
    /** A local authority or grouping of local authorities. */
    LOCAL_AUTHORITY,
    /** A research centre or higher-education establishment. */
    RESEARCH_OR_HIGHER_EDUCATION,
    /** A training body. */
    TRAINING_BODY,
    /** A citizen (natural person). */
    CITIZEN
}
