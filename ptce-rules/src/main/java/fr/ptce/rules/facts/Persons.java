package fr.ptce.rules.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Counting distinct persons among entries: every service of the State is the one person "the State", entries with
 * one SIREN are one person ({@link MemberFact#person()}).
 */
public final class Persons {
    private Persons() {
    }

    /**
     * ART9-LINKED-PARTNER's triple among {@code pool} (active constituent members and partners): A an ESS
     * enterprise, B a non-ESS enterprise, C any other person, three distinct persons.
     */
    public static List<String> linkedPartnerTriple(Collection<?> pool) {
        return firstTriple(pool, MemberFact::essEnterprise, MemberFact::nonEssEnterprise);
    }

    /**
     * D3-THREE-LEGAL-PERSONS' triple among {@code pool} (active constituent members that are legal persons): A an
     * ESS enterprise, B a non-ESS enterprise or an enterprise grouping with a non-ESS majority, C any other legal
     * person, three distinct persons.
     */
    public static List<String> threeLegalPersonsTriple(Collection<?> pool) {
        return firstTriple(pool, MemberFact::essEnterprise, f -> f.nonEssEnterprise() || f.mostlyNonEssGrouping());
    }

    /**
     * The first triple [A, B, C] of entries of three distinct persons, A satisfying {@code a}, B {@code b}, C any,
     * in {@code members[]} order (lowest A, then lowest B, then lowest C); empty when there is none. Linear: C is
     * among the first entries of the pool's first three persons, B among those of the first two persons satisfying
     * {@code b}.
     */
    static List<String> firstTriple(Collection<?> pool, Predicate<MemberFact> a, Predicate<MemberFact> b) {
        List<MemberFact> ordered = ordered(pool);
        List<MemberFact> firstOfPersons = firstsOfDistinctPersons(ordered, f -> true, 3);
        if (firstOfPersons.size() < 3) {
            return List.of();
        }
        List<MemberFact> bFirsts = firstsOfDistinctPersons(ordered, b, 2);
        for (MemberFact candidateA : ordered) {
            if (!a.test(candidateA)) {
                continue;
            }
            MemberFact candidateB = firstNotOf(bFirsts, candidateA.person(), null);
            if (candidateB != null) {
                MemberFact c = firstNotOf(firstOfPersons, candidateA.person(), candidateB.person());
                return List.of(candidateA.id(), candidateB.id(), c.id());
            }
        }
        return List.of();
    }

    private static MemberFact firstNotOf(List<MemberFact> entries, String person1, String person2) {
        for (MemberFact f : entries) {
            if (!f.person().equals(person1) && !f.person().equals(person2)) {
                return f;
            }
        }
        return null;
    }

    private static List<MemberFact> firstsOfDistinctPersons(List<MemberFact> ordered, Predicate<MemberFact> filter, int max) {
        List<MemberFact> firsts = new ArrayList<>(max);
        Set<String> persons = new HashSet<>();
        for (MemberFact f : ordered) {
            if (filter.test(f) && persons.add(f.person())) {
                firsts.add(f);
                if (firsts.size() == max) {
                    break;
                }
            }
        }
        return firsts;
    }

    private static List<MemberFact> ordered(Collection<?> pool) {
        List<MemberFact> ordered = new ArrayList<>(pool.size());
        for (Object o : pool) {
            ordered.add((MemberFact) o);
        }
        ordered.sort(Comparator.comparingInt(MemberFact::index));
        return ordered;
    }

    /**
     * CH-TERRITORIAL-ANCHORING's count over {@code legalPersonMembers}: how many distinct legal persons there are,
     * how many are on the territory (one of their entries is), and the entries of those that are not.
     */
    public static Anchoring anchoring(Collection<?> legalPersonMembers) {
        Set<String> persons = new HashSet<>();
        Set<String> anchored = new HashSet<>();
        for (Object o : legalPersonMembers) {
            MemberFact f = (MemberFact) o;
            persons.add(f.person());
            if (f.located()) {
                anchored.add(f.person());
            }
        }
        Set<String> outside = new TreeSet<>();
        for (Object o : legalPersonMembers) {
            MemberFact f = (MemberFact) o;
            if (!anchored.contains(f.person())) {
                outside.add(f.id());
            }
        }
        return new Anchoring(anchored.size(), persons.size(), List.copyOf(outside));
    }

    /**
     * The anchoring count.
     *
     * @param anchored the distinct legal persons on the territory
     * @param persons  the distinct legal persons
     * @param outside  the entries of the persons not on it, sorted
     */
    public record Anchoring(long anchored, long persons, List<String> outside) {
    }
}
