package fr.ptce.model.internal;

import fr.ptce.model.Cooperation;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Project;
import fr.ptce.model.Seat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The cross-field consistency rules of a pole ({@code @ConsistentReferences}), in plain Java: unique ids, no dangling
 * reference to a member, a legal category for every member that is not a natural person, dates in order, a SIRET
 * starting with the SIREN, consistent enterprise-grouping counts. One copy of the rules serves both the Bean Validation
 * constraint ({@code ConsistentReferencesValidator}, which turns each problem into a violation) and the reader's
 * {@link StructureCheck}, which only needs to know whether there is any.
 */
public final class Consistency {
    private Consistency() {
    }

    /**
     * Where the problems go. A path is given as property names and indexes: an index applies to the property before
     * it ({@code "members", 2, "id"} is {@code members[2].id}).
     */
    public interface Problems {
        /** A problem whose message is {@code template}, at {@code path}. */
        void at(String template, Object... path);

        /** A reference to no member ({@code {ptce.reference.dangling}} with the parameter {@code ref}). */
        void dangling(String ref, Object... path);

        /** The pole's and its legal entity's categories differ ({@code {ptce.legalEntity.category}}). */
        void categories(String pole, String entity, Object... path);
    }

    /**
     * Reports every consistency problem of {@code pole} to {@code problems}.
     *
     * @return true when there is none
     */
    public static boolean check(Pole pole, Problems problems) {
        if (pole == null) {
            return true;
        }
        int[] count = {0};
        Problems counted = new Problems() {
            @Override
            public void at(String template, Object... path) {
                count[0]++;
                problems.at(template, path);
            }

            @Override
            public void dangling(String ref, Object... path) {
                count[0]++;
                problems.dangling(ref, path);
            }

            @Override
            public void categories(String pole, String entity, Object... path) {
                count[0]++;
                problems.categories(pole, entity, path);
            }
        };
        checkAll(pole, counted);
        return count[0] == 0;
    }

    private static void checkAll(Pole pole, Problems problems) {
        List<Member> members = pole.memberList();
        Set<String> memberIds = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m == null) {
                continue;
            }
            if (m.id() != null && !memberIds.add(m.id())) {
                problems.at("{ptce.id.duplicate}", "members", i, "id");
            }
            checkMember(m, i, problems);
        }
        checkReference(pole.carrier(), memberIds, problems, "carrier");
        checkLegalEntity(pole, memberIds, problems);
        if (pole.governance() != null) {
            checkReference(pole.governance().animator(), memberIds, problems, "governance", "animator");
            List<DecisionBody> bodies = pole.governance().bodies();
            for (int b = 0; b < bodies.size(); b++) {
                DecisionBody body = bodies.get(b);
                if (body == null) {
                    continue;
                }
                Set<String> seated = new HashSet<>();
                for (int s = 0; s < body.seats().size(); s++) {
                    Seat seat = body.seats().get(s);
                    if (seat == null || seat.member() == null) {
                        continue;
                    }
                    if (!memberIds.contains(seat.member())) {
                        problems.dangling(seat.member(), "governance", "bodies", b, "seats", s, "member");
                    } else if (!seated.add(seat.member())) {
                        problems.at("{ptce.seat.duplicate}", "governance", "bodies", b, "seats", s, "member");
                    }
                }
            }
        }
        checkIdsAndMembers(pole.cooperations(), "cooperations", Cooperation::id, Cooperation::members, memberIds, problems);
        checkIdsAndMembers(pole.projects(), "projects", Project::id, Project::members, memberIds, problems);
        for (int c = 0; c < pole.cooperations().size(); c++) {
            Cooperation co = pole.cooperations().get(c);
            if (co != null && co.since() != null && co.until() != null && co.until().isBefore(co.since())) {
                problems.at("{ptce.cooperation.dates}", "cooperations", c, "until");
            }
        }
    }

    /**
     * The legal entity names an existing entry, not a natural person, and when the pole's legal category is also
     * given, the entry's category is the same.
     */
    private static void checkLegalEntity(Pole pole, Set<String> memberIds, Problems problems) {
        String ref = pole.legalEntity();
        if (ref == null) {
            return;
        }
        if (!memberIds.contains(ref)) {
            problems.dangling(ref, "legalEntity");
            return;
        }
        Member entity = pole.member(ref).orElseThrow();
        if (entity.citizen()) {
            problems.at("{ptce.legalEntity.naturalPerson}", "legalEntity");
        } else if (pole.legalCategory() != null && entity.legalCategory() != null
                && !pole.legalCategory().equals(entity.legalCategory())) {
            problems.categories(pole.legalCategory(), entity.legalCategory(), "legalEntity");
        }
    }

    private static void checkMember(Member m, int i, Problems problems) {
        if (m.legalCategory() == null && !m.citizen()) {
            problems.at("{ptce.member.legalCategory.required}", "members", i, "legalCategory");
        }
        if (m.joinedOn() != null && m.leftOn() != null && !m.leftOn().isAfter(m.joinedOn())) {
            problems.at("{ptce.member.leftOn}", "members", i, "leftOn");
        }
        if (m.esusApproval() != null && m.esusApproval().grantedOn() != null && m.esusApproval().expiresOn() != null
                && !m.esusApproval().expiresOn().isAfter(m.esusApproval().grantedOn())) {
            problems.at("{ptce.esus.dates}", "members", i, "esusApproval", "expiresOn");
        }
        if (m.siren() != null && m.siret() != null && !m.siret().startsWith(m.siren())) {
            problems.at("{ptce.member.siret.siren}", "members", i, "siret");
        }
        if (m.enterpriseGrouping() != null && m.enterpriseGrouping().members() != null
                && m.enterpriseGrouping().nonEssMembers() != null
                && m.enterpriseGrouping().nonEssMembers() > m.enterpriseGrouping().members()) {
            problems.at("{ptce.enterpriseGrouping.counts}", "members", i, "enterpriseGrouping", "nonEssMembers");
        }
    }

    private static void checkReference(String ref, Set<String> memberIds, Problems problems, Object... path) {
        if (ref != null && !memberIds.contains(ref)) {
            problems.dangling(ref, path);
        }
    }

    private static <T> void checkIdsAndMembers(List<T> items, String property, Function<T, String> id,
                                               Function<T, List<String>> refs, Set<String> memberIds, Problems problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                continue;
            }
            if (id.apply(item) != null && !ids.add(id.apply(item))) {
                problems.at("{ptce.id.duplicate}", property, i, "id");
            }
            List<String> list = refs.apply(item);
            if (list == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int r = 0; r < list.size(); r++) {
                String ref = list.get(r);
                if (ref == null) {
                    continue;
                }
                if (!memberIds.contains(ref)) {
                    problems.dangling(ref, property, i, "members", r);
                } else if (!seen.add(ref)) {
                    problems.at("{ptce.reference.duplicate}", property, i, "members", r);
                }
            }
        }
    }

}
