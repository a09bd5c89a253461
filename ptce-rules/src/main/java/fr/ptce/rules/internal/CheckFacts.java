package fr.ptce.rules.internal;

import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
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
import fr.ptce.model.classification.TerritoryLocator;
import fr.ptce.model.reference.Geography;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of one check, derived in plain Java from a pole as of a date: only members, partners, seats and
 * cooperations active on that date appear. Also computes the report's metrics.
 */
public final class CheckFacts {
    private static final Set<CooperationType> POOLING = EnumSet.of(CooperationType.PREMISES, CooperationType.EQUIPMENT,
            CooperationType.EMPLOYMENT, CooperationType.PURCHASING, CooperationType.SERVICES, CooperationType.FINANCIAL);

    private final PoleFact pole;
    private final List<MemberFact> members = new ArrayList<>();
    private final List<BodyFact> bodies = new ArrayList<>();
    private final List<CooperationFact> cooperations = new ArrayList<>();
    private final List<ProjectFact> projects = new ArrayList<>();
    private final List<SupportFact> supports = new ArrayList<>();

    /** Derives the facts of {@code p} as of {@code asOf}. */
    public CheckFacts(Pole p, LocalDate asOf) {
        Geography cog = Geography.cog2026();
        TerritoryLocator locator = new TerritoryLocator(p.territory(), cog);
        Map<String, MemberFact> active = new HashMap<>();
        for (Member m : p.memberList()) {
            if (!m.isActiveOn(asOf)) {
                continue;
            }
            MemberProfile profile = MemberClassifier.profile(m);
            Set<Role> roles = profile.roles();
            boolean nonEnterpriseRole = false;
            for (Role r : roles) {
                nonEnterpriseRole |= r != Role.ENTERPRISE;
            }
            MemberFact fact = new MemberFact(m.id(), m.relationOrDefault() == Relation.MEMBER, profile.legalPerson(),
                    profile.publicLaw(), profile.essStatus(), profile.essEnterprise(), profile.nonEssEnterprise(),
                    profile.mostlyNonEssGrouping(), m.citizen(), nonEnterpriseRole, roles.contains(Role.LOCAL_AUTHORITY),
                    m.commune() != null, locator.locates(m.commune()),
                    m.sireneEss() == null ? null : m.sireneEss().name(), profile.families(), roles);
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
                if (f != null) {
                    participants.add(id);
                    memberCount += f.member() ? 1 : 0;
                    ess += f.essEnterprise() ? 1 : 0;
                }
            }
            cooperations.add(new CooperationFact(c.id(), c.type(), List.copyOf(participants), memberCount, ess,
                    POOLING.contains(c.type())));
        }
        for (Project pr : p.projects()) {
            projects.add(new ProjectFact(pr.id(), pr.innovation().contains(Innovation.SOCIAL),
                    pr.innovation().contains(Innovation.TECHNOLOGICAL)));
        }
        for (StateSupport s : p.stateSupport()) {
            supports.add(new SupportFact(s.programme(), s.isStatePtceCall()));
        }
        String carrier = p.carrier();
        String animator = p.governance() == null ? null : p.governance().animator();
        MemberFact carrierFact = carrier == null ? null : active.get(carrier);
        MemberFact animatorFact = animator == null ? null : active.get(animator);
        String cat = p.legalCategory();
        boolean privateLegalPerson = cat != null && !cat.equals("1000") && !cat.startsWith("2") && !cat.equals("9210")
                && !cat.startsWith("4") && !cat.startsWith("7");
        boolean declared = p.territory() != null && p.territory().isDeclared();
        this.pole = new PoleFact(declared, p.aims() != null && p.aims().declaresSustainableLocalDevelopment(), cat,
                privateLegalPerson, carrier, carrierFact != null, carrierFact != null && carrierFact.essEnterprise(),
                animator, animatorFact != null, animatorFact != null && animatorFact.essEnterprise(),
                declared ? locator.departementsCovered(p.territory()) : Set.of());
    }

    private static BodyFact body(DecisionBody body, int index, Map<String, MemberFact> active) {
        Map<String, Long> votesByMember = new LinkedHashMap<>();
        long total = 0;
        long ess = 0;
        long pub = 0;
        Set<String> essHolders = new TreeSet<>();
        Set<String> publicHolders = new TreeSet<>();
        for (Seat seat : body.seats()) {
            MemberFact f = active.get(seat.member());
            if (f == null) {
                continue;
            }
            long votes = seat.votesOrDefault();
            total += votes;
            votesByMember.merge(seat.member(), votes, Long::sum);
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
        for (Map.Entry<String, Long> e : votesByMember.entrySet()) {
            if (e.getValue() > topVotes || (e.getValue() == topVotes && top != null && e.getKey().compareTo(top) < 0)) {
                top = e.getKey();
                topVotes = e.getValue();
            }
        }
        return new BodyFact(body.name(), index, total, ess, pub, top, topVotes, List.copyOf(essHolders),
                List.copyOf(publicHolders));
    }

    /** Every fact to insert, the check itself excluded. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(1 + members.size() + bodies.size() + cooperations.size() + projects.size()
                + supports.size());
        all.add(pole);
        all.addAll(members);
        all.addAll(bodies);
        all.addAll(cooperations);
        all.addAll(projects);
        all.addAll(supports);
        return all;
    }

    /** The report's metrics. */
    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        int activeMembers = 0;
        int partners = 0;
        int essEnterprises = 0;
        int legalPersons = 0;
        int anchored = 0;
        Set<String> families = new TreeSet<>();
        for (MemberFact f : members) {
            if (f.member()) {
                activeMembers++;
                essEnterprises += f.essEnterprise() ? 1 : 0;
                if (f.legalPerson()) {
                    legalPersons++;
                    anchored += f.located() ? 1 : 0;
                }
            } else {
                partners++;
            }
            f.families().forEach(x -> families.add(x.name()));
        }
        m.put("activeMembers", activeMembers);
        m.put("activePartners", partners);
        m.put("essEnterprises", essEnterprises);
        m.put("legalPersonMembers", legalPersons);
        Double minShare = null;
        Map<String, Object> byBody = new LinkedHashMap<>();
        for (BodyFact b : bodies) {
            double share = round(b.essShare());
            byBody.put(b.name(), share);
            minShare = minShare == null ? share : Math.min(minShare, share);
        }
        m.put("essVoteShare", minShare);
        m.put("essVoteShareByBody", byBody);
        m.put("anchoredShare", pole.territoryDeclared() && legalPersons > 0 ? round((double) anchored / legalPersons) : null);
        m.put("actorFamilies", List.copyOf(families));
        m.put("activeCooperations", cooperations.size());
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }
}
