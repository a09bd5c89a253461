package fr.ptce.model;

/** The kind of a continuing cooperation between members. */
public enum CooperationType {
    /** Sharing know-how and experience. */
    KNOWLEDGE(false),
    /** Shared premises. */
    PREMISES(true),
    /** Shared equipment. */
    EQUIPMENT(true),
    /** Shared jobs, a groupement d'employeurs. */
    EMPLOYMENT(true),
    /** Joint purchasing. */
    PURCHASING(true),
    /** Shared functions (accounting, human resources…). */
    SERVICES(true),
    /** Financial pooling. */
    FINANCIAL(true),
    /** Joint communication. */
    COMMUNICATION(false),
    /** A joint economic activity, a filière. */
    PARTNERSHIP(false);

    private final boolean pooling;

    CooperationType(boolean pooling) {
        this.pooling = pooling;
    }

    /**
     * True for the pooling of means (premises, equipment, employment, purchasing, services, finances), which the State's
     * 2015 call for PTCE projects set as a selection priority; sharing know-how, communication and partnerships are
     * cooperation without pooling of means.
     */
    public boolean isPooling() {
        return pooling;
    }
}
