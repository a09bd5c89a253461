package fr.ptce.model.classification;

import fr.ptce.model.Territory;
import fr.ptce.model.reference.Geography;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a commune lies on a declared territory (rules-v2, 2.6 "Located on the territory"): listed in
 * {@code communes} (a municipal arrondissement, or a commune déléguée, belongs to its parent commune and vice
 * versa; two arrondissements of one commune do not belong to each other), member of a listed EPCI, or in a
 * listed département or région. Immutable and thread-safe; build one per territory.
 */
public final class TerritoryLocator {
    private final Geography cog;
    private final Set<String> communes = new HashSet<>();
    private final Set<String> parentsOfListed = new HashSet<>();
    private final Set<String> epcis;
    private final Set<String> departements;
    private final Set<String> regions;
    private final boolean declared;

    /** A locator for {@code territory} (may be {@code null}: nothing is located on it) over the shipped COG. */
    public TerritoryLocator(Territory territory) {
        this(territory, Geography.cog2026());
    }

    /** A locator for {@code territory} over {@code cog}. */
    public TerritoryLocator(Territory territory, Geography cog) {
        this.cog = cog;
        if (territory == null) {
            epcis = Set.of();
            departements = Set.of();
            regions = Set.of();
            declared = false;
            return;
        }
        for (String c : territory.communes()) {
            communes.add(c);
            cog.parentCommune(c).ifPresent(parentsOfListed::add);
        }
        epcis = Set.copyOf(territory.epcis());
        departements = Set.copyOf(territory.departements());
        regions = Set.copyOf(territory.regions());
        declared = territory.isDeclared();
    }

    /** True when the territory declares at least one code. */
    public boolean isDeclared() {
        return declared;
    }

    /** True when {@code commune} (a COG code, may be {@code null}) lies on the territory. */
    public boolean locates(String commune) {
        if (commune == null || !declared) {
            return false;
        }
        // Listed as such; or an arrondissement (or commune déléguée) of a listed commune; or, vice versa, the
        // commune of a listed arrondissement. Two different arrondissements of one commune are not each other.
        String canonical = cog.canonicalCommune(commune);
        if (communes.contains(commune) || communes.contains(canonical) || parentsOfListed.contains(commune)) {
            return true;
        }
        Optional<String> epci = cog.epciOf(canonical);
        if (epci.isPresent() && epcis.contains(epci.get())) {
            return true;
        }
        Optional<String> dep = cog.departementOf(canonical);
        if (dep.isPresent() && departements.contains(dep.get())) {
            return true;
        }
        Optional<String> region = cog.regionOf(canonical);
        return region.isPresent() && regions.contains(region.get());
    }

    /**
     * The départements the territory touches: those of its communes, of its EPCIs' member communes, those
     * listed, and every département of a listed région (sorted).
     */
    public Set<String> departementsCovered(Territory territory) {
        Set<String> deps = new java.util.TreeSet<>();
        if (territory == null) {
            return deps;
        }
        for (String c : territory.communes()) {
            cog.departementOf(c).ifPresent(deps::add);
        }
        for (String e : territory.epcis()) {
            deps.addAll(cog.departementsOfEpci(e));
        }
        deps.addAll(territory.departements());
        for (String r : territory.regions()) {
            deps.addAll(cog.departementsOfRegion(r));
        }
        return deps;
    }
}
