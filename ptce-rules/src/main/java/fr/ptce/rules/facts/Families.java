package fr.ptce.rules.facts;

import fr.ptce.model.classification.ActorFamily;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Helpers the multi-actor rule uses. */
public final class Families {
    private Families() {
    }

    /** The actor families covered by these member facts. */
    public static Set<ActorFamily> union(Collection<?> memberFacts) {
        Set<ActorFamily> all = EnumSet.noneOf(ActorFamily.class);
        for (Object m : memberFacts) {
            all.addAll(((MemberFact) m).families());
        }
        return all;
    }

    /** The ids of the member facts that belong to at least one family. */
    public static List<String> contributors(Collection<?> memberFacts) {
        List<String> ids = new ArrayList<>();
        for (Object m : memberFacts) {
            MemberFact fact = (MemberFact) m;
            if (!fact.families().isEmpty()) {
                ids.add(fact.id());
            }
        }
        return ids;
    }

    /** The families' names, in declaration order. */
    public static List<String> names(Set<ActorFamily> families) {
        List<String> names = new ArrayList<>();
        for (ActorFamily f : families) {
            names.add(f.name());
        }
        return names;
    }
}
