package fr.ptce.benchmarks;

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
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Territory;
import fr.ptce.model.classification.EssStatus;
import fr.ptce.model.classification.MemberClassifier;
import fr.ptce.model.classification.TerritoryLocator;
import fr.ptce.model.reference.Geography;
import fr.ptce.rules.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plain-Java implementation of rules-v1 ({@code shared/spec/rules-v1.md}, read as {@code docs/interpretations.md}
 * says), written from the catalogue and independent of Drools and of {@code ptce-rules}' fact derivation
 * ({@code CheckFacts}): it is the oracle of {@code OracleDifferentialTest} and the plain-Java baseline of the JMH
 * benchmarks.
 *
 * <p>It reuses only ptce-model's member classification ({@link MemberClassifier}: legal person, public law, ESS status,
 * roles, enterprise grouping) and {@link TerritoryLocator#locates(String)}; everything else (who is active, seats and
 * votes, cooperations' participants, actor families, the départements a territory touches, every rule's condition and
 * threshold comparison) is computed here again. Threshold comparisons are exact (decimal), as the catalogue states
 * them: {@code essVotes / totalVotes > essVoteShareMin} and {@code anchored / legalPersons >= anchoredShareMin}.
 *
 * <p>Outcomes only (no messages, evidence or remedies). Stateless and thread-safe.
 */
public final class ReferenceChecker {
    /** Every rule of the catalogue, in the catalogue's order (rules-v1). */
    public static final List<String> RULE_IDS = List.of(
            "ART9-ESS-ENTERPRISE", "ART9-ASSOCIATED-ENTERPRISE", "ART9-LINKED-PARTNER", "ART9-LOCAL-AUTHORITY-LINK",
            "ART9-SAME-TERRITORY", "ART9-MEMBERS-ON-TERRITORY", "ART9-CONTINUING-STRATEGY", "ART9-INNOVATIVE-PROJECT",
            "ART9-SUSTAINABLE-DEVELOPMENT",
            "D3-PRIVATE-LEGAL-PERSON", "D3-THREE-LEGAL-PERSONS", "D3-ESS-ENTERPRISE", "D3-NON-ESS-ENTERPRISE",
            "D3-INNOVATIVE-PROJECT", "D3-DELIMITED-TERRITORY", "D3-NO-PRIOR-STATE-SUPPORT",
            "CH-ESS-LED-GOVERNANCE", "CH-NO-DOMINANT-MEMBER", "CH-PUBLIC-NOT-DOMINANT", "CH-ESS-CARRIER", "CH-ANIMATION",
            "CH-MULTI-ACTOR", "CH-TERRITORIAL-ANCHORING", "CH-TERRITORY-SCALE", "CH-REAL-POOLING",
            "CH-SOCIAL-INNOVATION",
            "DATA-ESS-STATUS-UNKNOWN", "DATA-SIRENE-ESS-MISMATCH");

    private static final Set<CooperationType> POOLING = EnumSet.of(CooperationType.PREMISES, CooperationType.EQUIPMENT,
            CooperationType.EMPLOYMENT, CooperationType.PURCHASING, CooperationType.SERVICES, CooperationType.FINANCIAL);

    /** The six actor families of CH-MULTI-ACTOR (bit positions). */
    private static final int ESS = 1;
    private static final int NON_ESS = 2;
    private static final int LOCAL_AUTHORITY = 4;
    private static final int RESEARCH_OR_HIGHER_EDUCATION = 8;
    private static final int TRAINING = 16;
    private static final int CITIZEN = 32;

    private final Geography cog;

    /** An oracle over the shipped COG 2026. */
    public ReferenceChecker() {
        this(Geography.cog2026());
    }

    /** An oracle over {@code cog}. */
    public ReferenceChecker(Geography cog) {
        this.cog = Objects.requireNonNull(cog);
    }

    /** One active member or partner, as the rules see it. */
    private record Entry(String id, boolean member, boolean legalPerson, boolean publicLaw, EssStatus status,
                         boolean ess, boolean nonEss, boolean grouping, boolean citizen, Set<Role> roles,
                         boolean hasCommune, boolean located, SireneEss sirene) {
    }

    /** The outcome of every rule of the catalogue, with the default thresholds. */
    public Map<String, Outcome> check(Pole pole, LocalDate asOf) {
        return check(pole, asOf, Thresholds.defaults());
    }

    /**
     * The outcome of every rule of the catalogue for {@code pole} as of {@code asOf}: rule id to outcome, in the
     * catalogue's order. The pole must be structurally valid (as {@code PoleValidator} accepts it).
     */
    public Map<String, Outcome> check(Pole pole, LocalDate asOf, Thresholds thresholds) {
        Objects.requireNonNull(asOf, "asOf");
        Territory territory = pole.territory();
        boolean declared = territory != null && (!territory.communes().isEmpty() || !territory.epcis().isEmpty()
                || !territory.departements().isEmpty() || !territory.regions().isEmpty());
        TerritoryLocator locator = new TerritoryLocator(territory, cog);

        // Active members and partners (format-v1: joinedOn <= asOf < leftOn).
        List<Member> all = pole.memberList();
        Map<String, Entry> active = new HashMap<>(all.size() * 2);
        List<Entry> entries = new ArrayList<>(all.size());
        for (Member m : all) {
            boolean joined = m.joinedOn() == null || m.joinedOn().compareTo(asOf) <= 0;
            boolean notLeft = m.leftOn() == null || m.leftOn().compareTo(asOf) > 0;
            if (!joined || !notLeft) {
                continue;
            }
            Set<Role> roles = MemberClassifier.roles(m);
            EssStatus status = MemberClassifier.essStatus(m);
            boolean legalPerson = MemberClassifier.isLegalPerson(m);
            boolean ess = legalPerson && (status == EssStatus.ESS_BY_STATUS || status == EssStatus.ESS_BY_STATUTES);
            boolean nonEss = roles.contains(Role.ENTERPRISE) && status == EssStatus.NOT_ESS;
            boolean grouping = m.enterpriseGrouping() != null
                    && 2L * m.enterpriseGrouping().nonEssMembers() > m.enterpriseGrouping().members();
            Entry e = new Entry(m.id(), m.relation() == null || m.relation() == Relation.MEMBER, legalPerson,
                    MemberClassifier.isPublicLaw(m), status, ess, nonEss, grouping, Boolean.TRUE.equals(m.naturalPerson()),
                    roles, m.commune() != null, declared && m.commune() != null && locator.locates(m.commune()),
                    m.sireneEss());
            entries.add(e);
            active.put(e.id(), e);
        }

        int essMembers = 0;
        int essEntries = 0;
        int nonEssEntries = 0;
        int legalPersonMembers = 0;
        int anchoredLegalPersonMembers = 0;
        boolean essMemberOnTerritory = false;
        boolean everyMemberWithCommuneOnTerritory = true;
        boolean localAuthority = false;
        boolean d3NonEss = false;
        boolean unknownStatus = false;
        boolean sireneMismatch = false;
        int families = 0;
        for (Entry e : entries) {
            essEntries += e.ess() ? 1 : 0;
            nonEssEntries += e.nonEss() ? 1 : 0;
            localAuthority |= e.roles().contains(Role.LOCAL_AUTHORITY);
            unknownStatus |= e.status() == EssStatus.UNKNOWN;
            sireneMismatch |= (e.ess() && e.sirene() == SireneEss.N) || (!e.ess() && e.sirene() == SireneEss.O);
            families |= families(e);
            if (e.member()) {
                essMembers += e.ess() ? 1 : 0;
                essMemberOnTerritory |= e.ess() && e.located();
                if (e.hasCommune() && !e.located()) {
                    everyMemberWithCommuneOnTerritory = false;
                }
                if (e.legalPerson()) {
                    legalPersonMembers++;
                    anchoredLegalPersonMembers += e.located() ? 1 : 0;
                }
                d3NonEss |= (e.legalPerson() && e.nonEss()) || e.grouping();
            }
        }
        // ART9-LINKED-PARTNER: a third party (a role other than ENTERPRISE, or a natural person) that is neither the
        // only ESS enterprise nor the only non-ESS enterprise among the active members and partners.
        boolean linked = false;
        for (Entry e : entries) {
            boolean thirdPartyKind = e.citizen();
            for (Role r : e.roles()) {
                thirdPartyKind |= r != Role.ENTERPRISE;
            }
            if (thirdPartyKind && !(e.ess() && essEntries == 1) && !(e.nonEss() && nonEssEntries == 1)) {
                linked = true;
                break;
            }
        }

        // Cooperations active on the date, counting their active participants only.
        boolean continuing = false;
        boolean pooling = false;
        for (Cooperation c : pole.cooperations()) {
            boolean started = c.since() == null || c.since().compareTo(asOf) <= 0;
            boolean notEnded = c.until() == null || c.until().compareTo(asOf) >= 0;
            if (!started || !notEnded) {
                continue;
            }
            Set<String> participants = new HashSet<>();
            int members = 0;
            boolean withEss = false;
            for (String id : c.members()) {
                Entry e = active.get(id);
                if (e != null && participants.add(id)) {
                    members += e.member() ? 1 : 0;
                    withEss |= e.ess();
                }
            }
            continuing |= participants.size() >= 2 && withEss;
            pooling |= POOLING.contains(c.type()) && members >= 2;
        }

        boolean innovative = false;
        boolean social = false;
        for (Project p : pole.projects()) {
            innovative |= p.innovation().contains(Innovation.SOCIAL) || p.innovation().contains(Innovation.TECHNOLOGICAL);
            social |= p.innovation().contains(Innovation.SOCIAL);
        }
        boolean priorStateCall = false;
        for (StateSupport s : pole.stateSupport()) {
            priorStateCall |= s.programme().startsWith("AAP-PTCE-") || s.programme().startsWith("AMI-PTCE-");
        }
        boolean sustainable = pole.aims() != null && Boolean.TRUE.equals(pole.aims().sustainableLocalDevelopment());

        // Decision-making bodies: votes of the seats of active members and partners.
        List<DecisionBody> bodies = new ArrayList<>();
        if (pole.governance() != null) {
            for (DecisionBody b : pole.governance().bodies()) {
                if (Boolean.TRUE.equals(b.decisionMaking())) {
                    bodies.add(b);
                }
            }
        }
        boolean essLed = !bodies.isEmpty();
        boolean dominated = false;
        boolean publicDominated = false;
        BigDecimal essShareMin = BigDecimal.valueOf(thresholds.essVoteShareMin());
        for (DecisionBody b : bodies) {
            long total = 0;
            long ess = 0;
            long pub = 0;
            Map<String, Long> byMember = new HashMap<>();
            for (Seat s : b.seats()) {
                Entry e = active.get(s.member());
                if (e == null) {
                    continue;
                }
                long votes = s.votes() == null ? 1 : s.votes();
                total += votes;
                ess += e.ess() ? votes : 0;
                pub += e.publicLaw() ? votes : 0;
                byMember.merge(s.member(), votes, Long::sum);
            }
            // ess / total > min, exactly: ess > min * total
            essLed &= total > 0 && BigDecimal.valueOf(ess).compareTo(essShareMin.multiply(BigDecimal.valueOf(total))) > 0;
            for (long v : byMember.values()) {
                dominated |= 2 * v > total;
            }
            publicDominated |= 2 * pub > total;
        }

        Map<String, Outcome> out = new LinkedHashMap<>(64);
        // LOI-2014-856-ART9
        put(out, "ART9-ESS-ENTERPRISE", essMembers > 0);
        put(out, "ART9-ASSOCIATED-ENTERPRISE", nonEssEntries > 0);
        put(out, "ART9-LINKED-PARTNER", linked);
        put(out, "ART9-LOCAL-AUTHORITY-LINK", localAuthority);
        put(out, "ART9-SAME-TERRITORY", declared && essMemberOnTerritory);
        out.put("ART9-MEMBERS-ON-TERRITORY", !declared ? Outcome.NOT_APPLICABLE
                : everyMemberWithCommuneOnTerritory ? Outcome.PASSED : Outcome.FAILED);
        put(out, "ART9-CONTINUING-STRATEGY", continuing);
        put(out, "ART9-INNOVATIVE-PROJECT", innovative);
        put(out, "ART9-SUSTAINABLE-DEVELOPMENT", sustainable);
        // DECRET-2015-431-ART3
        put(out, "D3-PRIVATE-LEGAL-PERSON", privateLegalPerson(pole.legalCategory()));
        put(out, "D3-THREE-LEGAL-PERSONS", legalPersonMembers >= 3);
        put(out, "D3-ESS-ENTERPRISE", essMembers > 0);
        put(out, "D3-NON-ESS-ENTERPRISE", d3NonEss);
        put(out, "D3-INNOVATIVE-PROJECT", innovative);
        put(out, "D3-DELIMITED-TERRITORY", declared && sustainable);
        put(out, "D3-NO-PRIOR-STATE-SUPPORT", !priorStateCall);
        // CHARTE-LABO-ESS
        put(out, "CH-ESS-LED-GOVERNANCE", essLed);
        out.put("CH-NO-DOMINANT-MEMBER", bodies.isEmpty() ? Outcome.NOT_APPLICABLE
                : dominated ? Outcome.FAILED : Outcome.PASSED);
        out.put("CH-PUBLIC-NOT-DOMINANT", bodies.isEmpty() ? Outcome.NOT_APPLICABLE
                : publicDominated ? Outcome.FAILED : Outcome.PASSED);
        Entry carrier = pole.carrier() == null ? null : active.get(pole.carrier());
        out.put("CH-ESS-CARRIER", carrier == null ? Outcome.NOT_APPLICABLE : carrier.ess() ? Outcome.PASSED : Outcome.FAILED);
        String animatorId = pole.governance() == null ? null : pole.governance().animator();
        Entry animator = animatorId == null ? null : active.get(animatorId);
        put(out, "CH-ANIMATION", animator != null && animator.ess());
        put(out, "CH-MULTI-ACTOR", Integer.bitCount(families) >= thresholds.minActorFamilies() && (families & ESS) != 0);
        // anchored / legalPersons >= min, exactly: anchored >= min * legalPersons
        put(out, "CH-TERRITORIAL-ANCHORING", declared && legalPersonMembers > 0
                && BigDecimal.valueOf(anchoredLegalPersonMembers).compareTo(
                        BigDecimal.valueOf(thresholds.anchoredShareMin()).multiply(BigDecimal.valueOf(legalPersonMembers))) >= 0);
        out.put("CH-TERRITORY-SCALE", !declared ? Outcome.NOT_APPLICABLE
                : departementsTouched(territory).size() == 1 ? Outcome.PASSED : Outcome.FAILED);
        put(out, "CH-REAL-POOLING", pooling);
        put(out, "CH-SOCIAL-INNOVATION", social);
        // Data rules
        put(out, "DATA-ESS-STATUS-UNKNOWN", !unknownStatus);
        put(out, "DATA-SIRENE-ESS-MISMATCH", !sireneMismatch);
        return Collections.unmodifiableMap(out);
    }

    private static void put(Map<String, Outcome> out, String ruleId, boolean passed) {
        out.put(ruleId, passed ? Outcome.PASSED : Outcome.FAILED);
    }

    /** The CH-MULTI-ACTOR families an entry brings, as bits. */
    private static int families(Entry e) {
        int f = 0;
        if (e.ess()) {
            f |= ESS;
        }
        if (e.nonEss()) {
            f |= NON_ESS;
        }
        if (e.roles().contains(Role.LOCAL_AUTHORITY)) {
            f |= LOCAL_AUTHORITY;
        }
        if (e.roles().contains(Role.RESEARCH_CENTRE) || e.roles().contains(Role.HIGHER_EDUCATION)) {
            f |= RESEARCH_OR_HIGHER_EDUCATION;
        }
        if (e.roles().contains(Role.TRAINING_BODY)) {
            f |= TRAINING;
        }
        if (e.citizen()) {
            f |= CITIZEN;
        }
        return f;
    }

    /**
     * D3-PRIVATE-LEGAL-PERSON: the pole's own category is given, is a legal person (not 1000, 2xxx, 9210) and is not
     * a public-law person (4xxx, 7xxx).
     */
    static boolean privateLegalPerson(String category) {
        if (category == null || category.isEmpty()) {
            return false;
        }
        char first = category.charAt(0);
        return !category.equals("1000") && first != '2' && !category.equals("9210") && first != '4' && first != '7';
    }

    /**
     * CH-TERRITORY-SCALE: the départements of the listed communes, of the listed EPCIs' member communes, the listed
     * départements and every département of a listed région.
     */
    Set<String> departementsTouched(Territory territory) {
        Set<String> deps = new HashSet<>();
        for (String c : territory.communes()) {
            cog.departementOf(c).ifPresent(deps::add);
        }
        for (String e : territory.epcis()) {
            deps.addAll(cog.departementsOfEpci(e)); // the départements of its member communes
        }
        deps.addAll(territory.departements());
        for (String r : territory.regions()) {
            deps.addAll(cog.departementsOfRegion(r));
        }
        return deps;
    }
}
