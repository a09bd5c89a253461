package fr.ptce.rules.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Helpers the governance rules use on the bodies they collect: their evidence and the body a message shows. */
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

    /**
     * The body with the lowest ESS share of the votes (the first in governance order among equals), or {@code null}
     * when there is none.
     */
    public static BodyFact leastEss(Collection<?> bodies) {
        BodyFact least = null;
        for (Object o : bodies) {
            BodyFact b = (BodyFact) o;
            if (least == null || b.essShare() < least.essShare()
                    || (b.essShare() == least.essShare() && b.index() < least.index())) {
                least = b;
            }
        }
        return least;
    }

    /** The first body in governance order, or {@code null} when there is none (a rule's collection order is not specified). */
    public static BodyFact first(Collection<?> bodies) {
        BodyFact first = null;
        for (Object o : bodies) {
            BodyFact b = (BodyFact) o;
            if (first == null || b.index() < first.index()) {
                first = b;
            }
        }
        return first;
    }

    /** The entries among {@code ids} seated in the bodies, sorted, without duplicates. */
    public static List<String> holdersAmong(Collection<?> bodies, Collection<?> ids) {
        TreeSet<String> seated = new TreeSet<>();
        for (Object b : bodies) {
            for (String holder : ((BodyFact) b).holders()) {
                if (ids.contains(holder)) {
                    seated.add(holder);
                }
            }
        }
        return new ArrayList<>(seated);
    }
}
