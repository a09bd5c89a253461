package fr.ptce.model.classification;

import fr.ptce.model.Member;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.LegalCategoryFacts;
import fr.ptce.model.reference.LegalPersonality;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // An entry is linked to at most two other nodes, the State and its SIREN, so the persons are: the State for
        // a service of the State and for any entry sharing a SIREN with one; else the SIREN; else the entry itself.
        // That direct reading holds while entry ids are unique (they are in valid input); otherwise the general
        // union-find below joins the entries of one id as well.
        Set<String> stateSirens = new HashSet<>();
        boolean[] state = new boolean[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            state[i] = m != null && m.id() != null && !m.citizen() && isState(m);
            if (state[i] && m.siren() != null) {
                stateSirens.add(m.siren());
            }
        }
        Map<String, String> persons = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m == null || m.id() == null) {
                continue;
            }
            String person = m.citizen() ? "entry:" + m.id()
                    : state[i] || (m.siren() != null && stateSirens.contains(m.siren())) ? MemberClassifier.STATE
                    : m.siren() != null ? "siren:" + m.siren()
                    : "entry:" + m.id();
            if (persons.put(m.id(), person) != null) {
                return joined(members);
            }
        }
        return persons;
    }

    private static boolean isState(Member m) {
        LegalCategoryFacts facts = LegalCategories.factsOrNull(m.legalCategory());
        return facts != null && facts.legalPerson() == LegalPersonality.STATE;
    }

    /** The persons by union-find over entries, the State and SIRENs (entries of one id are one node). */
    static Map<String, String> joined(List<Member> members) {
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
            if (isState(m)) {
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
