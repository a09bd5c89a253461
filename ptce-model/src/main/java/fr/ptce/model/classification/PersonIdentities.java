package fr.ptce.model.classification;

import fr.ptce.model.Member;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.LegalPersonality;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entries of a pole are one and the same person (rules version 2, "distinct persons"): every service of the State
 * (legal categories 7111–7179 and 7190) is part of the one legal person "the State", and entries that are not natural
 * persons and carry the same SIREN are one person. "Is one person" is read as an equivalence: an entry that shares its
 * SIREN with a service of the State is the State too. Stateless and thread-safe.
 */
public final class PersonIdentities {
    private PersonIdentities() {
    }

    /**
     * The person of each entry of {@code members}, by entry id: entries with equal values are one person. The value is
     * {@link MemberClassifier#STATE} for the State; otherwise the identity of one of the person's entries
     * ({@code "siren:…"} or {@code "entry:…"}).
     */
    public static Map<String, String> of(List<Member> members) {
        Map<String, String> parent = new HashMap<>();
        for (Member m : members) {
            if (m == null || m.id() == null) {
                continue;
            }
            String entry = "entry:" + m.id();
            parent.putIfAbsent(entry, entry);
            if (m.citizen()) {
                continue;
            }
            boolean state = LegalCategories.facts(m.legalCategory())
                    .map(f -> f.legalPerson() == LegalPersonality.STATE).orElse(false);
            if (state) {
                union(parent, entry, MemberClassifier.STATE);
            }
            if (m.siren() != null) {
                union(parent, entry, "siren:" + m.siren());
            }
        }
        Map<String, String> persons = new LinkedHashMap<>();
        for (Member m : members) {
            if (m != null && m.id() != null) {
                persons.put(m.id(), find(parent, "entry:" + m.id()));
            }
        }
        return persons;
    }

    private static String find(Map<String, String> parent, String node) {
        parent.putIfAbsent(node, node);
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String n = node;
        while (!parent.get(n).equals(root)) { // path compression
            String next = parent.get(n);
            parent.put(n, root);
            n = next;
        }
        return root;
    }

    /** Joins the sets of {@code a} and {@code b}; the State's node, then a SIREN's, names the joined set. */
    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (ra.equals(rb)) {
            return;
        }
        if (rank(ra) >= rank(rb)) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }

    private static int rank(String node) {
        return node.equals(MemberClassifier.STATE) ? 2 : node.startsWith("siren:") ? 1 : 0;
    }
}
