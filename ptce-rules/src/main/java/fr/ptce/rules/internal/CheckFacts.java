package fr.ptce.rules.internal;

import fr.ptce.model.Cooperation;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Project;
import fr.ptce.model.Relation;
import fr.ptce.model.Role;
import fr.ptce.model.Seat;
import fr.ptce.model.StateSupport;
import fr.ptce.model.classification.MemberClassifier;
import fr.ptce.model.classification.MemberProfile;
import fr.ptce.model.classification.PersonIdentities;
import fr.ptce.model.classification.TerritoryLocator;
import fr.ptce.model.reference.Geography;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.LegalCategoryFacts;
import fr.ptce.rules.MemberFacts;
import fr.ptce.rules.facts.Persons;
import fr.ptce.rules.facts.SupportFact;
import fr.ptce.rules.facts.ProjectFact;
import fr.ptce.rules.facts.CooperationFact;
import fr.ptce.rules.facts.PoleFact;
import fr.ptce.rules.facts.BodyFact;
import fr.ptce.rules.facts.MemberFact;
import fr.ptce.rules.facts.MembersFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of one check, derived in plain Java from a pole as of a date: only entries, seats and cooperations
 * active on that date are facts of the session. Also computes the report's metrics and the derived facts of every
 * entry ({@link MemberFacts}).
 */
public final class CheckFacts {
    private final PoleFact pole;
    private final List<MemberFact> members = new ArrayList<>();
    private final List<MemberFacts> entries = new ArrayList<>();
    private final List<BodyFact> bodies = new ArrayList<>();
    private final List<CooperationFact> cooperations = new ArrayList<>();
    private final List<ProjectFact> projects = new ArrayList<>();
    private final List<SupportFact> supports = new ArrayList<>();

    /** Derives the facts of {@code p} as of {@code asOf}. */
    public CheckFacts(Pole p, LocalDate asOf) {
        Geography cog = Geography.cog2026();
        TerritoryLocator locator = new TerritoryLocator(p.territory(), cog);
        Map<String, MemberFact> active = new HashMap<>();
        List<Member> list = p.memberList();
        Map<String, String> persons = PersonIdentities.of(list);
        for (int i = 0; i < list.size(); i++) {
            Member m = list.get(i);
            MemberProfile profile = MemberClassifier.profile(m, asOf);
            boolean constituent = !m.id().equals(p.legalEntity());
            boolean located = locator.locates(m.commune());
            boolean isActive = m.isActiveOn(asOf);
            entries.add(new MemberFacts(m.id(), isActive, constituent, profile.legalPerson(), profile.publicLaw(),
                    profile.essStatus(), profile.essReason(), names(profile.roles()), names(profile.families()), located));
            if (!isActive) {
                continue;
            }
            Set<Role> roles = profile.roles();
            boolean esusContradiction = profile.esusActive()
                    && (Boolean.FALSE.equals(m.essStatutes()) || !profile.essEnterprise());
            MemberFact fact = new MemberFact(m.id(), i, m.relationOrDefault() == Relation.MEMBER, constituent,
                    persons.get(m.id()), profile.legalPerson(), profile.publicLaw(), profile.essStatus(),
                    profile.essEnterprise(), profile.nonEssEnterprise(), profile.mostlyNonEssGrouping(), m.citizen(),
                    roles.contains(Role.LOCAL_AUTHORITY), m.commune() != null, located, m.sireneEss(),
                    profile.statuteConflict(), esusContradiction, profile.esusActive(), profile.families(), roles);
            members.add(fact);
            active.put(m.id(), fact);
        }
        if (p.governance() != null) {
            List<DecisionBody> all = p.governance().bodies();
            for (int i = 0; i < all.size(); i++) {
                DecisionBody body = all.get(i);
                if (body.takesDecisions()) {
                    bodies.add(body(body, i, active));
                }
            }
        }
        for (Cooperation c : p.cooperations()) {
            if (!c.isActiveOn(asOf)) {
                continue;
            }
            List<String> participants = new ArrayList<>();
            int memberCount = 0;
            int ess = 0;
            for (String id : new TreeSet<>(c.members())) {
                MemberFact f = active.get(id);
                if (f != null && f.constituent()) {
                    participants.add(id);
                    memberCount += f.member() ? 1 : 0;
                    ess += f.essEnterprise() ? 1 : 0;
                }
            }
            cooperations.add(new CooperationFact(c.id(), c.type(), List.copyOf(participants), memberCount, ess,
                    c.type().isPooling(), c.since()));
        }
        for (Project pr : p.projects()) {
            projects.add(new ProjectFact(pr.id(), pr.innovation().contains(Innovation.SOCIAL),
                    pr.innovation().contains(Innovation.TECHNOLOGICAL)));
        }
        for (StateSupport s : p.stateSupport()) {
            if (s.isDecidedBy(asOf)) {
                supports.add(new SupportFact(s.programme(), s.isCallForProjects(), s.isStatePtceCall()));
            }
        }
        String carrier = p.carrier();
        String animator = p.governance() == null ? null : p.governance().animator();
        MemberFact carrierFact = carrier == null ? null : active.get(carrier);
        MemberFact animatorFact = animator == null ? null : active.get(animator);
        String cat = p.effectiveLegalCategory();
        boolean privateLegalPerson = LegalCategories.facts(cat)
                .map(LegalCategoryFacts::isPrivateLegalPerson).orElse(false);
        boolean declared = locator.isDeclared();
        this.pole = new PoleFact(declared, p.aims() != null && p.aims().declaresSustainableLocalDevelopment(), cat,
                privateLegalPerson, carrier, carrierFact != null, carrierFact != null && carrierFact.essEnterprise(),
                animator, animatorFact != null, animatorFact != null && animatorFact.essEnterprise(),
                declared ? locator.departementsCovered(p.territory()) : Set.of());
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        if (values.size() <= 1) { // most entries have one role and one family
            return values.isEmpty() ? List.of() : List.of(values.iterator().next().name());
        }
        TreeSet<String> names = new TreeSet<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return List.copyOf(names);
    }

    private static BodyFact body(DecisionBody body, int index, Map<String, MemberFact> active) {
        Map<String, Long> votesByPerson = new LinkedHashMap<>();
        Map<String, Set<String>> entriesByPerson = new HashMap<>();
        long total = 0;
        long ess = 0;
        long pub = 0;
        Set<String> essHolders = new TreeSet<>();
        Set<String> publicHolders = new TreeSet<>();
        Set<String> holders = new java.util.LinkedHashSet<>();
        for (Seat seat : body.seats()) {
            MemberFact f = active.get(seat.member());
            if (f == null) {
                continue;
            }
            holders.add(f.id());
            long votes = seat.votesOrDefault();
            total += votes;
            votesByPerson.merge(f.person(), votes, Long::sum);
            entriesByPerson.computeIfAbsent(f.person(), k -> new TreeSet<>()).add(f.id());
            if (f.essEnterprise()) {
                ess += votes;
                essHolders.add(f.id());
            }
            if (f.publicLaw()) {
                pub += votes;
                publicHolders.add(f.id());
            }
        }
        String top = null;
        long topVotes = 0;
        for (Map.Entry<String, Long> e : votesByPerson.entrySet()) {
            if (e.getValue() > topVotes) {
                top = e.getKey();
                topVotes = e.getValue();
            }
        }
        List<String> topEntries = top == null ? List.of() : List.copyOf(entriesByPerson.get(top));
        return new BodyFact(body.name(), index, total, ess, pub, topEntries, topVotes, List.copyOf(essHolders),
                List.copyOf(publicHolders), List.copyOf(holders));
    }

    /** Every fact to insert, the check itself excluded. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(2 + members.size() + bodies.size() + cooperations.size() + projects.size()
                + supports.size());
        all.add(pole);
        all.add(new MembersFact(members));
        all.addAll(members);
        all.addAll(bodies);
        all.addAll(cooperations);
        all.addAll(projects);
        all.addAll(supports);
        return all;
    }

    /** The derived facts of every entry of {@code members[]}, active or not, in input order. */
    public List<MemberFacts> entries() {
        return entries;
    }

    /** The report's metrics. */
    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        int activeMembers = 0;
        int partners = 0;
        int essEnterprises = 0;
        List<MemberFact> legalPersonMembers = new ArrayList<>();
        Set<String> families = new TreeSet<>();
        for (MemberFact f : members) {
            if (!f.constituent()) {
                continue;
            }
            if (f.member()) {
                activeMembers++;
                essEnterprises += f.essEnterprise() ? 1 : 0;
                if (f.legalPerson()) {
                    legalPersonMembers.add(f);
                }
            } else {
                partners++;
            }
            f.families().forEach(x -> families.add(x.name()));
        }
        Persons.Anchoring anchoring = Persons.anchoring(legalPersonMembers);
        m.put("activeMembers", activeMembers);
        m.put("activePartners", partners);
        m.put("essEnterprises", essEnterprises);
        m.put("legalPersonMembers", (int) anchoring.persons());
        Double minShare = null;
        Map<String, Object> byBody = new LinkedHashMap<>();
        for (BodyFact b : bodies) {
            double share = round(b.essShare());
            byBody.put(b.name(), share);
            minShare = minShare == null ? share : Math.min(minShare, share);
        }
        m.put("essVoteShare", minShare);
        m.put("essVoteShareByBody", byBody);
        m.put("anchoredShare", pole.territoryDeclared() && anchoring.persons() > 0
                ? round((double) anchoring.anchored() / anchoring.persons()) : null);
        m.put("actorFamilies", List.copyOf(families));
        m.put("activeCooperations", cooperations.size());
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }
}
