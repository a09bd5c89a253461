package fr.ptce.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Helpers the governance rules use to name their evidence. */
public final class Bodies {
    private Bodies() {
    }

    /** The ESS enterprises seated in the bodies, without duplicates. */
    public static List<String> essHolders(Collection<?> bodies) {
        TreeSet<String> ids = new TreeSet<>();
        for (Object b : bodies) {
            ids.addAll(((BodyFact) b).essHolders());
        }
        return new ArrayList<>(ids);
    }

    /** The entries of the persons holding the most votes in the bodies, without duplicates. */
    public static List<String> topEntries(Collection<?> bodies) {
        TreeSet<String> ids = new TreeSet<>();
        for (Object b : bodies) {
            ids.addAll(((BodyFact) b).topEntries());
        }
        return new ArrayList<>(ids);
    }

    /** The public-law seat holders of the bodies, without duplicates. */
    public static List<String> publicHolders(Collection<?> bodies) {
        TreeSet<String> ids = new TreeSet<>();
        for (Object b : bodies) {
            ids.addAll(((BodyFact) b).publicHolders());
        }
        return new ArrayList<>(ids);
    }
}
