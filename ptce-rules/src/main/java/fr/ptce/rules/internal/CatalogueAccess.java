package fr.ptce.rules.internal;

import fr.ptce.rules.Language;
import fr.ptce.rules.RuleCatalogue;
import java.util.List;

/**
 * What the engine reads from a {@link RuleCatalogue} beyond its public API (a rule's messages, the units' compiled
 * rules), given by the catalogue itself when its class is initialised.
 */
public abstract class CatalogueAccess {
    private static CatalogueAccess instance;

    /** The messages of the referential defining {@code ruleId}. */
    public abstract Messages messages(RuleCatalogue catalogue, String ruleId, Language language);

    /** The referentials' units, in catalogue order. */
    public abstract List<ReferentialLoader.Unit> units(RuleCatalogue catalogue);

    /** Called once, by the catalogue. */
    public static synchronized void register(CatalogueAccess access) {
        if (instance != null) {
            throw new IllegalStateException("already registered");
        }
        instance = access;
    }

    /** The access the catalogue registered. */
    public static CatalogueAccess get() {
        if (instance == null) {
            try {
                Class.forName(RuleCatalogue.class.getName(), true, RuleCatalogue.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }
}
