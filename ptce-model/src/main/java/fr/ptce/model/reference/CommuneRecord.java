package fr.ptce.model.reference;

/**
 * One row of {@code cog/communes.csv}: a current commune, a municipal arrondissement, or a commune
 * déléguée / associée.
 *
 * @param code        the 5-character COG code ({@code 2A…}/{@code 2B…} in Corsica)
 * @param kind        what the code designates
 * @param departement the département code
 * @param region      the région code
 * @param epci        the SIREN of the EPCI the commune belongs to; null when none, and always null for
 *                    anything but a current commune (look it up on the parent)
 * @param parent      the current commune this one belongs to; null for a current commune
 * @param name        the official name
 */
record CommuneRecord(String code, Kind kind, String departement, String region, String epci, String parent,
                     String name) {

    /** The INSEE commune types (TYPECOM) used in the resource. */
    enum Kind {
        /** Commune actuelle. */
        COM,
        /** Arrondissement municipal of Paris, Marseille or Lyon. */
        ARM,
        /** Commune déléguée. */
        COMD,
        /** Commune associée. */
        COMA
    }

    /** True for a current commune. */
    boolean isCurrent() {
        return kind == Kind.COM;
    }
}
