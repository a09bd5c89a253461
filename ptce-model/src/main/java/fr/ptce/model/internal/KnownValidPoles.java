package fr.ptce.model.internal;

import fr.ptce.model.Pole;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pole instances found valid, by identity, held weakly (a pole forgotten by its owner is forgotten here too). A
 * {@link Pole} is an immutable record of immutable records and unmodifiable lists: once valid, the same instance stays
 * valid, so it need not be validated again. Thread-safe.
 */
public final class KnownValidPoles {
    private static final ReferenceQueue<Pole> QUEUE = new ReferenceQueue<>();
    private static final Map<Key, Boolean> POLES = new ConcurrentHashMap<>();

    private KnownValidPoles() {
    }

    /** Remembers that {@code pole} (this instance) is valid. */
    public static void add(Pole pole) {
        purge();
        POLES.put(new Key(pole, QUEUE), Boolean.TRUE);
    }

    /** True when this very instance was found valid. */
    public static boolean contains(Pole pole) {
        return pole != null && POLES.containsKey(new Key(pole, null));
    }

    private static void purge() {
        for (Object k = QUEUE.poll(); k != null; k = QUEUE.poll()) {
            POLES.remove(k);
        }
    }

    /** A weak reference compared by the identity of its referent. */
    private static final class Key extends WeakReference<Pole> {
        private final int hash;

        Key(Pole pole, ReferenceQueue<Pole> queue) {
            super(pole, queue);
            this.hash = System.identityHashCode(pole);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key other) || other.hash != hash) {
                return false;
            }
            Pole mine = get();
            return mine != null && mine == other.get();
        }
    }
}
