package fr.ptce.benchmarks;

import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.EsusApproval;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Project;
import fr.ptce.model.Relation;
import fr.ptce.model.Role;
import fr.ptce.model.Seat;
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssReason;
import fr.ptce.model.classification.EssStatus;
import fr.ptce.model.reference.EssBase;
import fr.ptce.model.reference.Geography;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.LegalCategoryFacts;
import fr.ptce.model.reference.LegalFamily;
import fr.ptce.model.reference.LegalPersonality;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plain-Java implementation of rules-v2 (the rule catalogue whose reports say {@code "rulesVersion": "2"}), written
 * from the catalogue's text and independent of Drools and of {@code ptce-rules}' fact derivation ({@code CheckFacts},
 * {@code Persons}, {@code MemberClassifier}): it is the oracle of {@code OracleDifferentialTest} and the plain-Java
 * baseline of the JMH benchmarks.
 *
 * <p>What it reuses: only data. The legal-category table as ptce-model loads it ({@link LegalCategories#facts(String)}:
 * the catalogue says to load that table, not to re-type it) and the COG ({@link Geography}: parent communes, EPCIs,
 * départements, régions). Everything else is computed here again: the per-entry facts of section 2 (legal person,
 * public law, ESS status and its reason, statute compatibility, roles from {@code roles}, {@code naf} or the category,
 * families, the ESUS approval on the date, "located on the territory", the identity of persons: the State once, one
 * SIREN once, both together, see {@link #persons(List)}), who counts (section 1: active entries, constituents, members
 * and partners), when each referential applies (section 3), every rule's condition, evidence, threshold comparison and
 * the numeric remedies of CH-ESS-LED-GOVERNANCE and CH-TERRITORIAL-ANCHORING (sections 4 to 7), and each referential's
 * verdict. Threshold comparisons are exact (decimal): {@code ess / total >= essVoteShareMin} and
 * {@code anchored / persons >= anchoredShareMin}.
 *
 * <p>Evidence: where the catalogue names it (the [A, B, C] triples of ART9-LINKED-PARTNER and D3-THREE-LEGAL-PERSONS,
 * the members outside the territory, the counted State calls, the entries of the data rules), as it says; elsewhere the
 * ids the outcome rests on, sorted (the rules below say which). Messages are not produced; a rule that passed or does
 * not apply has no remedy.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReferenceChecker {
    /** The legal definition, in force from {@link #ART9_IN_FORCE}. */
    public static final String ART9 = "LOI-2014-856-ART9";
    /** Eligibility to the State's calls, in force from {@link #DECRET_IN_FORCE}. */
    public static final String DECRET = "DECRET-2015-431-ART3";
    /** The Labo de l'ESS themes: always applies. */
    public static final String CHARTE = "CHARTE-LABO-ESS";
    /** The referentials, in report order. */
    public static final List<String> REFERENTIALS = List.of(ART9, DECRET, CHARTE);
    /** Loi n° 2014-856 was published in the JO of 1 August 2014: in force the next day. */
    public static final LocalDate ART9_IN_FORCE = LocalDate.of(2014, 8, 2);
    /** Décret n° 2015-431 was published in the JORF of 17 April 2015, with no date of its own: in force the next day. */
    public static final LocalDate DECRET_IN_FORCE = LocalDate.of(2015, 4, 18);

    /** The data rules, part of every referential. */
    public static final List<String> DATA_RULES = List.of("DATA-ESS-STATUS-UNKNOWN", "DATA-SIRENE-ESS-MISMATCH",
            "DATA-STATUTE-CATEGORY-CONFLICT", "DATA-ESUS-WITHOUT-ESS-STATUTES");

    /** The rules of each referential's own (the data rules aside), in catalogue order. */
    private static final Map<String, List<String>> OWN_RULES = Map.of(
            ART9, List.of("ART9-ESS-ENTERPRISE", "ART9-ASSOCIATED-ENTERPRISE", "ART9-LINKED-PARTNER",
                    "ART9-LOCAL-AUTHORITY-LINK", "ART9-SAME-TERRITORY", "ART9-MEMBERS-ON-TERRITORY",
                    "ART9-CONTINUING-STRATEGY", "ART9-INNOVATIVE-PROJECT", "ART9-SUSTAINABLE-DEVELOPMENT"),
            DECRET, List.of("D3-PRIVATE-LEGAL-PERSON", "D3-THREE-LEGAL-PERSONS", "D3-ESS-ENTERPRISE",
                    "D3-NON-ESS-ENTERPRISE", "D3-MEMBER-STRATEGY", "D3-INNOVATIVE-PROJECT", "D3-DELIMITED-TERRITORY",
                    "D3-NO-PRIOR-STATE-SUPPORT"),
            CHARTE, List.of("CH-ESS-LED-GOVERNANCE", "CH-NO-DOMINANT-MEMBER", "CH-PUBLIC-NOT-DOMINANT",
                    "CH-ESS-CARRIER", "CH-ANIMATION", "CH-MULTI-ACTOR", "CH-TERRITORIAL-ANCHORING",
                    "CH-TERRITORY-SCALE", "CH-REAL-POOLING", "CH-SOCIAL-INNOVATION"));

    /** Every rule of the catalogue (31), in the catalogue's order: each referential's own, then the data rules. */
    public static final List<String> RULE_IDS;

    /** The severity of each rule (the catalogue's). */
    public static final Map<String, Severity> SEVERITIES;

    /** A source of the catalogue: its label as printed in {@code fr} reports, and its address. */
    public record Source(String key, String label, String url) {
    }

    /** The source of each rule (the catalogue's "Sources" table and the {@code source} column of each rule). */
    public static final Map<String, Source> SOURCES;

    static {
        List<String> all = new ArrayList<>();
        for (String r : REFERENTIALS) {
            all.addAll(OWN_RULES.get(r));
        }
        all.addAll(DATA_RULES);
        RULE_IDS = List.copyOf(all);

        Map<String, Severity> severities = new LinkedHashMap<>();
        for (String id : RULE_IDS) {
            severities.put(id, Severity.ERROR);
        }
        for (String id : List.of("ART9-LOCAL-AUTHORITY-LINK", "ART9-MEMBERS-ON-TERRITORY", "CH-NO-DOMINANT-MEMBER",
                "CH-PUBLIC-NOT-DOMINANT", "CH-ESS-CARRIER", "CH-ANIMATION", "CH-REAL-POOLING", "CH-SOCIAL-INNOVATION",
                "DATA-ESS-STATUS-UNKNOWN", "DATA-SIRENE-ESS-MISMATCH", "DATA-STATUTE-CATEGORY-CONFLICT",
                "DATA-ESUS-WITHOUT-ESS-STATUTES")) {
            severities.put(id, Severity.WARNING);
        }
        severities.put("CH-TERRITORY-SCALE", Severity.INFO);
        SEVERITIES = Collections.unmodifiableMap(severities);

        Map<String, Source> keys = new HashMap<>();
        for (Source s : List.of(
                new Source("L9", "Loi n° 2014-856, art. 9, I", "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000029313296"),
                new Source("D3", "Décret n° 2015-431, art. 3", "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030487441"),
                new Source("CT", "Code du travail, art. L. 3332-17-1 (agrément ESUS)",
                        "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050"),
                new Source("SIR", "INSEE, Sirene : variable economieSocialeSolidaireUniteLegale",
                        "https://www.sirene.fr/sirene/public/variable/economieSocialeSolidaireUniteLegale"),
                new Source("CJ", "INSEE, catégories juridiques, et loi n° 2014-856, art. 1",
                        "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000029314926"),
                new Source("GOV", "Labo de l'ESS, définition des PTCE (2010) et charte (2014), thème « rôle central des"
                        + " acteurs de l'ESS dans la gouvernance » ; règle opérationnalisée par cette bibliothèque, seuil"
                        + " paramétrable", "https://lelabo-ess.org/les-poles-territoriaux-de-cooperation-economique-une-idee-neuve"),
                new Source("MUL", "Labo de l'ESS, définition des PTCE (2010), thème « coopération multi-acteurs » (ESS,"
                        + " PME, collectivités, recherche, formation) ; règle opérationnalisée par cette bibliothèque,"
                        + " seuil paramétrable",
                        "https://lelabo-ess.org/les-poles-territoriaux-de-cooperation-economique-une-idee-neuve"),
                new Source("ANC", "Labo de l'ESS, définition des PTCE (2010), thème « ancrage territorial » ; règle"
                        + " opérationnalisée par cette bibliothèque, seuil paramétrable",
                        "https://lelabo-ess.org/les-poles-territoriaux-de-cooperation-economique-une-idee-neuve"),
                new Source("DEM", "Encyclopédie du développement durable (Labo de l'ESS, 2017) : « gouvernance"
                        + " démocratique » ; règle opérationnalisée par cette bibliothèque",
                        "http://encyclopedie-dd.org/encyclopedie/territoires/3-2-les-ressources-minerales/les-poles-territoriaux-de.html"),
                new Source("CRA", "CRESS Alsace : « rôle central des acteurs de l'ESS », « l'innovation sociale comme"
                        + " moteur » ; règle opérationnalisée par cette bibliothèque",
                        "http://www.cress-alsace.org/less-en-actions/cooperation-territoriale/"),
                new Source("REG", "Appel régional à l'émergence de PTCE : entreprise porteuse « de préférence une"
                        + " entreprise de l'ESS »", "https://studylibfr.com/doc/4292388"),
                new Source("ANI", "AMI PTCE 2023 : soutien « prioritairement fléché sur l'animation du pôle »",
                        "https://banquedesterritoires.fr/poles-territoriaux-de-cooperation-economique-un-nouvel-ami-est-ouvert-jusquau-31-juillet"),
                new Source("AAP", "Appel à projets PTCE 2015, priorités de sélection (mutualisation de moyens)",
                        "https://www.defi-metiers.fr/breves/poles-territoriaux-de-cooperation-economique-le-2e-appel-projets-est-lance"),
                new Source("SUR", "Enquête du Labo de l'ESS (2017) : 79 % des PTCE infra-départementaux",
                        "http://recma.org/actualite/un-portrait-robot-des-poles-territoriaux-de-cooperation-economique-ptce.html"))) {
            keys.put(s.key(), s);
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String id : RULE_IDS) {
            String key = id.startsWith("ART9-") ? "L9" : id.startsWith("D3-") ? "D3" : switch (id) {
                case "CH-ESS-LED-GOVERNANCE" -> "GOV";
                case "CH-NO-DOMINANT-MEMBER" -> "DEM";
                case "CH-PUBLIC-NOT-DOMINANT", "CH-SOCIAL-INNOVATION" -> "CRA";
                case "CH-ESS-CARRIER" -> "REG";
                case "CH-ANIMATION" -> "ANI";
                case "CH-MULTI-ACTOR" -> "MUL";
                case "CH-TERRITORIAL-ANCHORING" -> "ANC";
                case "CH-TERRITORY-SCALE" -> "SUR";
                case "CH-REAL-POOLING" -> "AAP";
                case "DATA-ESS-STATUS-UNKNOWN", "DATA-STATUTE-CATEGORY-CONFLICT" -> "CJ";
                case "DATA-SIRENE-ESS-MISMATCH" -> "SIR";
                case "DATA-ESUS-WITHOUT-ESS-STATUTES" -> "CT";
                default -> throw new IllegalStateException(id);
            };
            sources.put(id, keys.get(key));
        }
        SOURCES = Collections.unmodifiableMap(sources);
    }

    private static final Set<CooperationType> POOLING = EnumSet.of(CooperationType.PREMISES, CooperationType.EQUIPMENT,
            CooperationType.EMPLOYMENT, CooperationType.PURCHASING, CooperationType.SERVICES, CooperationType.FINANCIAL);
    /** Statutes that make a compatible entry ESS by status (classification line 5). */
    private static final Set<Statute> ESS_STATUTES = EnumSet.of(Statute.SCIC, Statute.SCOP, Statute.CAE,
            Statute.COOPERATIVE, Statute.MUTUAL, Statute.FOUNDATION, Statute.ASSOCIATION);
    private static final Set<String> ASSOCIATION_CODES = Set.of("9220", "9221", "9222", "9223", "9230", "9260");
    /** The legal-category table, by code. */
    private static final Map<String, LegalCategoryFacts> CATEGORIES = new HashMap<>(LegalCategories.allFacts());

    private final Geography cog;

    /** An oracle over the shipped COG 2026. */
    public ReferenceChecker() {
        this(Geography.cog2026());
    }

    /** An oracle over {@code cog}. */
    public ReferenceChecker(Geography cog) {
        this.cog = Objects.requireNonNull(cog);
    }

    // ------------------------------------------------------------------------------------------------ results

    /**
     * The derived facts of one entry of {@code members[]} (sections 2 and 8), plus what the rules read.
     *
     * @param id               the entry's id
     * @param index            its position in {@code members[]}
     * @param active           joined on or before the date (or no date), not left on or before it
     * @param constituent      not the pole's own legal entity
     * @param member           relation MEMBER (the default); false: PARTNER
     * @param legalPerson      CSV {@code legalPerson} yes or state (never a natural person)
     * @param publicLaw        CSV {@code publicLaw} yes (never a natural person)
     * @param essStatus        section 2.2
     * @param essReason        the first line of section 2.2 that applies
     * @param roles            section 2.4
     * @param families         section 2.5
     * @param onTerritory      section 2.6
     * @param person           the index of the person it is part of (section 2.1: the State once, one SIREN once)
     * @param essEnterprise    status ESS_BY_STATUS or ESS_BY_STATUTES
     * @param nonEssEnterprise role ENTERPRISE and status NOT_ESS
     * @param grouping         an enterprise grouping with a non-ESS majority
     * @param statuteConflict  a statute incompatible with the category (2.3)
     * @param esusActive       its ESUS approval is active on the date
     * @param hasCommune       a commune is given
     * @param sireneEss        the SIRENE flag
     * @param essStatutes      the declared {@code essStatutes}
     */
    public record EntryFacts(String id, int index, boolean active, boolean constituent, boolean member,
                             boolean legalPerson, boolean publicLaw, EssStatus essStatus, EssReason essReason,
                             Set<Role> roles, Set<ActorFamily> families, boolean onTerritory, int person,
                             boolean essEnterprise, boolean nonEssEnterprise, boolean grouping, boolean statuteConflict,
                             boolean esusActive, boolean hasCommune, SireneEss sireneEss, Boolean essStatutes) {

        /** Counted by the member rules: active and constituent. */
        public boolean counted() {
            return active && constituent;
        }

        /** Roles' names, sorted, as a report prints them. */
        public List<String> roleNames() {
            return names(roles);
        }

        /** Families' names, sorted, as a report prints them. */
        public List<String> familyNames() {
            return names(families);
        }

        private static List<String> names(Set<? extends Enum<?>> values) {
            TreeSet<String> names = new TreeSet<>();
            for (Enum<?> v : values) {
                names.add(v.name());
            }
            return List.copyOf(names);
        }
    }

    /**
     * The result of one rule.
     *
     * @param ruleId       the rule
     * @param outcome      passed, failed or not applicable
     * @param evidence     the ids the outcome rests on (see each rule)
     * @param remedyFigure for a failed CH-ESS-LED-GOVERNANCE, the ESS votes to add to the least-ESS failing body (when
     *                     it has seats); for a failed CH-TERRITORIAL-ANCHORING, ⌈s × n⌉ − a (when a territory is
     *                     declared and there is a legal-person member); otherwise {@code null}
     */
    public record RuleCheck(String ruleId, Outcome outcome, List<String> evidence, Long remedyFigure) {
        /** An unmodifiable view of the evidence (the checker builds each list for its result alone). */
        public RuleCheck {
            evidence = Collections.unmodifiableList(evidence);
        }
    }

    /**
     * One referential's report: its verdict and every one of its rules (its own, then the data rules).
     *
     * @param referential the referential's id
     * @param verdict     NOT_IN_FORCE before its text applies; otherwise from the ERROR and WARNING failures
     * @param results     every rule of the referential, in catalogue order
     */
    public record ReferentialCheck(String referential, Verdict verdict, List<RuleCheck> results) {
        /** The result of this rule. */
        public RuleCheck result(String ruleId) {
            for (RuleCheck r : results) {
                if (r.ruleId().equals(ruleId)) {
                    return r;
                }
            }
            throw new IllegalArgumentException(ruleId + " is not a rule of " + referential);
        }
    }

    /**
     * A full check: the facts of every entry and the three referentials' reports.
     *
     * @param asOf         the date
     * @param entries      every entry of {@code members[]}, in input order, active or not
     * @param referentials the three reports, in {@link #REFERENTIALS} order
     */
    public record Check(LocalDate asOf, List<EntryFacts> entries, List<ReferentialCheck> referentials) {
        /** The report of this referential. */
        public ReferentialCheck referential(String id) {
            for (ReferentialCheck r : referentials) {
                if (r.referential().equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException(id);
        }

        /**
         * Rule id to outcome, in catalogue order: each rule as its own referential reports it (NOT_APPLICABLE when
         * that text was not in force), the data rules as evaluated (the charter always applies, so they always are).
         */
        public Map<String, Outcome> outcomes() {
            Map<String, Outcome> out = new LinkedHashMap<>(64);
            for (ReferentialCheck r : referentials) {
                List<RuleCheck> results = r.results();
                for (int i = 0; i < results.size() - DATA_RULES.size(); i++) {
                    out.put(results.get(i).ruleId(), results.get(i).outcome());
                }
            }
            ReferentialCheck charter = referentials.get(referentials.size() - 1); // always in force
            List<RuleCheck> results = charter.results();
            for (int i = results.size() - DATA_RULES.size(); i < results.size(); i++) {
                out.put(results.get(i).ruleId(), results.get(i).outcome());
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /** The outcome of every rule of the catalogue, with the default thresholds ({@link Check#outcomes()}). */
    public Map<String, Outcome> check(Pole pole, LocalDate asOf) {
        return check(pole, asOf, Thresholds.defaults());
    }

    /** The outcome of every rule of the catalogue ({@link Check#outcomes()}). */
    public Map<String, Outcome> check(Pole pole, LocalDate asOf, Thresholds thresholds) {
        return evaluate(pole, asOf, thresholds).outcomes();
    }

    /** The full check with the default thresholds. */
    public Check evaluate(Pole pole, LocalDate asOf) {
        return evaluate(pole, asOf, Thresholds.defaults());
    }

    // ------------------------------------------------------------------------------------------------ the check

    /**
     * The full check of {@code pole} as of {@code asOf}. The pole must be valid input (as {@code PoleValidator}
     * accepts it): every entry that is not a natural person has a known legal category, references resolve.
     */
    public Check evaluate(Pole pole, LocalDate asOf, Thresholds thresholds) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(thresholds, "thresholds");
        Territory territory = pole.territory();
        boolean declared = territory != null && (!territory.communes().isEmpty() || !territory.epcis().isEmpty()
                || !territory.departements().isEmpty() || !territory.regions().isEmpty());
        Locator locator = declared ? new Locator(territory, cog) : null;

        // ---- section 2: every entry, active or not
        List<Member> list = pole.memberList();
        int n = list.size();
        int[] person = persons(list);
        List<EntryFacts> entries = new ArrayList<>(n);
        Map<String, EntryFacts> byId = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Member m = list.get(i);
            EntryFacts f = facts(m, i, asOf, pole.legalEntity(), person[i], declared, locator);
            entries.add(f);
            byId.put(f.id(), f);
        }

        // ---- section 1: who counts. Active constituent entries; "members" have relation MEMBER.
        List<EntryFacts> counted = new ArrayList<>(n); // members and partners, in members[] order
        List<EntryFacts> members = new ArrayList<>(n);
        for (EntryFacts f : entries) {
            if (f.counted()) {
                counted.add(f);
                if (f.member()) {
                    members.add(f);
                }
            }
        }

        // ---- cooperations active on the date, with their counted participants
        List<String> continuing = new ArrayList<>();
        List<String> memberStrategy = new ArrayList<>();
        List<String> pooling = new ArrayList<>();
        for (Cooperation c : pole.cooperations()) {
            boolean active = (c.since() == null || !c.since().isAfter(asOf))
                    && (c.until() == null || !c.until().isBefore(asOf));
            if (!active) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            int memberCount = 0;
            boolean withEss = false;
            for (String id : c.members()) {
                EntryFacts f = byId.get(id);
                if (f != null && f.counted() && participants.add(id)) {
                    memberCount += f.member() ? 1 : 0;
                    withEss |= f.essEnterprise();
                }
            }
            if (participants.size() >= 2 && withEss) {
                continuing.add(c.id());
            }
            if (memberCount >= 2) {
                memberStrategy.add(c.id());
                if (POOLING.contains(c.type())) {
                    pooling.add(c.id());
                }
            }
        }
        List<String> innovative = new ArrayList<>();
        List<String> social = new ArrayList<>();
        for (Project p : pole.projects()) {
            boolean s = p.innovation().contains(Innovation.SOCIAL);
            if (s || p.innovation().contains(Innovation.TECHNOLOGICAL)) {
                innovative.add(p.id());
            }
            if (s) {
                social.add(p.id());
            }
        }
        boolean sustainable = pole.aims() != null && Boolean.TRUE.equals(pole.aims().sustainableLocalDevelopment());

        List<ReferentialCheck> reports = new ArrayList<>(3);
        List<RuleCheck> data = dataRules(entries);

        // Evidence the catalogue does not name: the ids the outcome rests on, sorted. The members (or members and
        // partners) satisfying the rule's condition (ESS enterprises, non-ESS enterprises, local authorities, ESS
        // members on the territory, legal-person non-ESS enterprises or groupings); the active cooperations or the
        // projects that qualify; none for the pole-level conditions (D3-PRIVATE-LEGAL-PERSON, D3-DELIMITED-TERRITORY,
        // ART9-SUSTAINABLE-DEVELOPMENT); the carrier, the animator (when declared, active or not); the entries with
        // a family (CH-MULTI-ACTOR); the départements (CH-TERRITORY-SCALE); the governance and anchoring rules say
        // theirs below. NOT_APPLICABLE has none.

        // ---- LOI-2014-856-ART9
        if (asOf.isBefore(ART9_IN_FORCE)) {
            reports.add(notInForce(ART9));
        } else {
            List<RuleCheck> r = new ArrayList<>();
            List<String> essMembers = ids(members, EntryFacts::essEnterprise);
            r.add(rule("ART9-ESS-ENTERPRISE", !essMembers.isEmpty(), essMembers));
            List<String> firms = ids(counted, EntryFacts::nonEssEnterprise);
            r.add(rule("ART9-ASSOCIATED-ENTERPRISE", !firms.isEmpty(), firms));
            List<String> triple = firstTriple(counted, EntryFacts::essEnterprise, EntryFacts::nonEssEnterprise);
            r.add(new RuleCheck("ART9-LINKED-PARTNER", outcome(!triple.isEmpty()), triple, null));
            List<String> authorities = ids(counted, f -> f.roles().contains(Role.LOCAL_AUTHORITY));
            r.add(rule("ART9-LOCAL-AUTHORITY-LINK", !authorities.isEmpty(), authorities));
            List<String> anchoredEss = ids(members, f -> f.essEnterprise() && f.onTerritory());
            r.add(rule("ART9-SAME-TERRITORY", declared && !anchoredEss.isEmpty(), anchoredEss));
            if (declared) {
                List<String> outside = ids(members, f -> f.hasCommune() && !f.onTerritory());
                r.add(rule("ART9-MEMBERS-ON-TERRITORY", outside.isEmpty(), outside));
            } else {
                r.add(notApplicable("ART9-MEMBERS-ON-TERRITORY"));
            }
            r.add(rule("ART9-CONTINUING-STRATEGY", !continuing.isEmpty(), continuing));
            r.add(rule("ART9-INNOVATIVE-PROJECT", !innovative.isEmpty(), innovative));
            r.add(rule("ART9-SUSTAINABLE-DEVELOPMENT", sustainable, List.of()));
            reports.add(report(ART9, r, data));
        }

        // ---- DECRET-2015-431-ART3
        if (asOf.isBefore(DECRET_IN_FORCE)) {
            reports.add(notInForce(DECRET));
        } else {
            List<RuleCheck> r = new ArrayList<>();
            r.add(rule("D3-PRIVATE-LEGAL-PERSON", privateLegalPerson(poleCategory(pole)), List.of()));
            List<EntryFacts> legalPersonMembers = new ArrayList<>();
            for (EntryFacts f : members) {
                if (f.legalPerson()) {
                    legalPersonMembers.add(f);
                }
            }
            List<String> triple = firstTriple(legalPersonMembers, EntryFacts::essEnterprise,
                    f -> f.nonEssEnterprise() || f.grouping());
            r.add(new RuleCheck("D3-THREE-LEGAL-PERSONS", outcome(!triple.isEmpty()), triple, null));
            List<String> essMembers = ids(members, EntryFacts::essEnterprise);
            r.add(rule("D3-ESS-ENTERPRISE", !essMembers.isEmpty(), essMembers));
            List<String> firms = ids(legalPersonMembers, f -> f.nonEssEnterprise() || f.grouping());
            r.add(rule("D3-NON-ESS-ENTERPRISE", !firms.isEmpty(), firms));
            r.add(rule("D3-MEMBER-STRATEGY", !memberStrategy.isEmpty(), memberStrategy));
            r.add(rule("D3-INNOVATIVE-PROJECT", !innovative.isEmpty(), innovative));
            r.add(rule("D3-DELIMITED-TERRITORY", declared && sustainable, List.of()));
            boolean callForProjects = false;
            List<String> calls = new ArrayList<>();
            for (StateSupport s : pole.stateSupport()) {
                boolean countedSupport = s.decidedOn() != null ? !s.decidedOn().isAfter(asOf)
                        : s.year() == null || s.year() <= asOf.getYear();
                if (!countedSupport) {
                    continue;
                }
                boolean aap = s.programme().startsWith("AAP-PTCE-");
                callForProjects |= aap;
                if (aap || s.programme().startsWith("AMI-PTCE-")) {
                    calls.add(s.programme());
                }
            }
            r.add(rule("D3-NO-PRIOR-STATE-SUPPORT", !callForProjects, calls));
            reports.add(report(DECRET, r, data));
        }

        // ---- CHARTE-LABO-ESS (always in force)
        List<RuleCheck> r = new ArrayList<>();
        governance(pole, byId, n, thresholds, r);
        String carrierId = pole.carrier();
        EntryFacts carrier = carrierId == null ? null : byId.get(carrierId);
        if (carrier == null || !carrier.active()) {
            r.add(notApplicable("CH-ESS-CARRIER"));
        } else {
            r.add(rule("CH-ESS-CARRIER", carrier.essEnterprise(), List.of(carrierId)));
        }
        String animatorId = pole.governance() == null ? null : pole.governance().animator();
        EntryFacts animator = animatorId == null ? null : byId.get(animatorId);
        r.add(rule("CH-ANIMATION", animator != null && animator.active() && animator.essEnterprise(),
                animatorId == null ? List.of() : List.of(animatorId)));
        Set<ActorFamily> families = EnumSet.noneOf(ActorFamily.class);
        for (EntryFacts f : counted) {
            families.addAll(f.families());
        }
        r.add(rule("CH-MULTI-ACTOR", families.size() >= thresholds.minActorFamilies()
                && families.contains(ActorFamily.ESS_ENTERPRISE), ids(counted, f -> !f.families().isEmpty())));
        r.add(anchoring(members, n, declared, thresholds.anchoredShareMin()));
        if (declared) {
            Set<String> deps = departementsTouched(territory);
            r.add(rule("CH-TERRITORY-SCALE", deps.size() == 1, new ArrayList<>(deps)));
        } else {
            r.add(notApplicable("CH-TERRITORY-SCALE"));
        }
        r.add(rule("CH-REAL-POOLING", !pooling.isEmpty(), pooling));
        r.add(rule("CH-SOCIAL-INNOVATION", !social.isEmpty(), social));
        reports.add(report(CHARTE, r, data));

        return new Check(asOf, Collections.unmodifiableList(entries), List.copyOf(reports));
    }

    // ------------------------------------------------------------------------------------------------ section 2

    /**
     * Section 2.1, distinct persons: every entry is a person of its own, except that all services of the State
     * (category {@code legalPerson} "state") are one person, and entries that are not natural persons and carry the
     * same SIREN are one person. Both clauses hold at once, so "one person" is their transitive closure: a State
     * service and an entry carrying its SIREN are one person, the State. Returns, for each entry, the index of the
     * first entry of its person.
     */
    static int[] persons(List<Member> list) {
        int n = list.size();
        int[] parent = new int[n];
        int firstStateService = -1;
        Map<String, Integer> firstWithSiren = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Member m = list.get(i);
            if (Boolean.TRUE.equals(m.naturalPerson())) {
                continue; // a natural person is always a person of its own
            }
            LegalCategoryFacts row = m.legalCategory() == null ? null : CATEGORIES.get(m.legalCategory());
            if (row != null && row.legalPerson() == LegalPersonality.STATE) {
                if (firstStateService < 0) {
                    firstStateService = i;
                } else {
                    link(parent, i, firstStateService);
                }
            }
            if (m.siren() != null) {
                link(parent, i, firstWithSiren.putIfAbsent(m.siren(), i));
            }
        }
        int[] person = new int[n];
        for (int i = 0; i < n; i++) {
            person[i] = find(parent, i);
        }
        return person;
    }

    /** Joins entry {@code i} to the person of entry {@code first} (when there is one): the lower index represents. */
    private static void link(int[] parent, int i, Integer first) {
        if (first == null) {
            return;
        }
        int a = find(parent, i);
        int b = find(parent, first);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static EntryFacts facts(Member m, int index, LocalDate asOf, String legalEntity, int person,
                                    boolean declared, Locator locator) {
        boolean active = (m.joinedOn() == null || !m.joinedOn().isAfter(asOf))
                && (m.leftOn() == null || m.leftOn().isAfter(asOf));
        boolean constituent = !m.id().equals(legalEntity);
        boolean member = m.relation() == null || m.relation() == Relation.MEMBER;
        EsusApproval esus = m.esusApproval();
        boolean esusActive = esus != null && !esus.grantedOn().isAfter(asOf)
                && (esus.expiresOn() == null || esus.expiresOn().isAfter(asOf));
        boolean located = declared && m.commune() != null && locator.locates(m.commune());
        boolean grouping = m.enterpriseGrouping() != null && m.enterpriseGrouping().members() != null
                && m.enterpriseGrouping().nonEssMembers() != null
                && 2L * m.enterpriseGrouping().nonEssMembers() > m.enterpriseGrouping().members();

        boolean legalPerson;
        boolean publicLaw;
        EssReason reason;
        Set<Role> roles;
        boolean conflict;
        if (Boolean.TRUE.equals(m.naturalPerson())) {
            legalPerson = false;
            publicLaw = false;
            reason = EssReason.NATURAL_PERSON;
            roles = EnumSet.of(Role.OTHER);
            conflict = m.statute() != null; // a natural person's statute is never compatible
        } else {
            LegalCategoryFacts row = m.legalCategory() == null ? null : CATEGORIES.get(m.legalCategory());
            if (row == null) {
                throw new IllegalArgumentException("entry " + m.id() + ": unknown legal category " + m.legalCategory());
            }
            legalPerson = row.legalPerson() == LegalPersonality.YES || row.legalPerson() == LegalPersonality.STATE;
            publicLaw = row.publicLaw();
            boolean compatible = m.statute() != null && compatible(m.statute(), row);
            conflict = m.statute() != null && !compatible;
            EssBase base = row.essBase();
            if (!legalPerson) {
                reason = EssReason.NO_LEGAL_PERSONALITY;
            } else if (publicLaw) {
                reason = EssReason.PUBLIC_LAW;
            } else if (base == EssBase.ESS_BY_STATUS) {
                reason = EssReason.ESS_FORM;
            } else if (compatible && ESS_STATUTES.contains(m.statute())) {
                reason = EssReason.ESS_STATUTE;
            } else if (base == EssBase.NOT_ESS) {
                reason = EssReason.NON_ESS_FORM;
            } else if (base != EssBase.COMMERCIAL_COMPANY && base != EssBase.UNKNOWN) {
                // essBase NONE on a legal person: no row of the table has it
                throw new IllegalStateException("category " + row.code() + ": essBase " + base + " on a legal person");
            } else if (esusActive) {
                reason = EssReason.ESUS_APPROVAL;
            } else if (Boolean.TRUE.equals(m.essStatutes())) {
                reason = EssReason.ESS_STATUTES;
            } else if (Boolean.FALSE.equals(m.essStatutes())) {
                reason = EssReason.STATUTES_NOT_ESS;
            } else if (m.sireneEss() == SireneEss.O) {
                reason = EssReason.SIRENE_FLAG;
            } else if (base == EssBase.COMMERCIAL_COMPANY) {
                reason = EssReason.NO_ESS_EVIDENCE;
            } else {
                reason = EssReason.NEEDS_REVIEW;
            }
            roles = roles(m, row);
        }
        EssStatus status = switch (reason) {
            case NATURAL_PERSON, NO_LEGAL_PERSONALITY, PUBLIC_LAW, NON_ESS_FORM, STATUTES_NOT_ESS, NO_ESS_EVIDENCE ->
                    EssStatus.NOT_ESS;
            case ESS_FORM, ESS_STATUTE -> EssStatus.ESS_BY_STATUS;
            case ESUS_APPROVAL, ESS_STATUTES, SIRENE_FLAG -> EssStatus.ESS_BY_STATUTES;
            case NEEDS_REVIEW -> EssStatus.UNKNOWN;
        };
        boolean ess = status == EssStatus.ESS_BY_STATUS || status == EssStatus.ESS_BY_STATUTES;
        boolean nonEss = roles.contains(Role.ENTERPRISE) && status == EssStatus.NOT_ESS;
        Set<ActorFamily> families = EnumSet.noneOf(ActorFamily.class);
        if (ess) {
            families.add(ActorFamily.ESS_ENTERPRISE);
        }
        if (nonEss) {
            families.add(ActorFamily.NON_ESS_ENTERPRISE);
        }
        if (roles.contains(Role.LOCAL_AUTHORITY)) {
            families.add(ActorFamily.LOCAL_AUTHORITY);
        }
        if (roles.contains(Role.TRAINING_BODY)) {
            families.add(ActorFamily.TRAINING_BODY);
        }
        if (roles.contains(Role.RESEARCH_CENTRE) || roles.contains(Role.HIGHER_EDUCATION)) {
            families.add(ActorFamily.RESEARCH_OR_HIGHER_EDUCATION);
        }
        if (Boolean.TRUE.equals(m.naturalPerson())) {
            families.add(ActorFamily.CITIZEN);
        }
        return new EntryFacts(m.id(), index, active, constituent, member, legalPerson, publicLaw, status, reason,
                Collections.unmodifiableSet(roles), Collections.unmodifiableSet(families), located, person, ess, nonEss,
                grouping, conflict, esusActive, m.commune() != null, m.sireneEss(), m.essStatutes());
    }

    /**
     * Section 2.6, on a declared territory: commune c is listed; or c is a municipal arrondissement or commune
     * déléguée whose parent commune is listed; or c is the parent commune of a listed arrondissement or commune
     * déléguée; or the EPCI, département or région of c (of its parent, when it has one) is listed. Two
     * arrondissements of one commune are not each other's territory.
     */
    private static final class Locator {
        private final Geography cog;
        private final Set<String> communes;
        private final Set<String> parentsOfListed = new java.util.HashSet<>();
        private final Set<String> epcis;
        private final Set<String> departements;
        private final Set<String> regions;

        Locator(Territory territory, Geography cog) {
            this.cog = cog;
            communes = Set.copyOf(territory.communes());
            for (String c : communes) {
                cog.parentCommune(c).ifPresent(parentsOfListed::add);
            }
            epcis = Set.copyOf(territory.epcis());
            departements = Set.copyOf(territory.departements());
            regions = Set.copyOf(territory.regions());
        }

        boolean locates(String c) {
            if (communes.contains(c) || parentsOfListed.contains(c)) {
                return true;
            }
            String parent = cog.parentCommune(c).orElse(null);
            if (parent != null && communes.contains(parent)) {
                return true;
            }
            String commune = parent == null ? c : parent;
            return (!epcis.isEmpty() && cog.epciOf(commune).map(epcis::contains).orElse(false))
                    || (!departements.isEmpty() && cog.departementOf(commune).map(departements::contains).orElse(false))
                    || (!regions.isEmpty() && cog.regionOf(commune).map(regions::contains).orElse(false));
        }
    }

    /** Section 2.3: the statute fits the category. */
    static boolean compatible(Statute statute, LegalCategoryFacts row) {
        String code = row.code();
        boolean cooperative = row.family() == LegalFamily.COOPERATIVE;
        boolean commercial = row.essBase() == EssBase.COMMERCIAL_COMPANY;
        return switch (statute) {
            case SCIC, SCOP, CAE, COOPERATIVE -> cooperative || commercial;
            case MUTUAL -> row.family() == LegalFamily.MUTUAL;
            case ASSOCIATION -> ASSOCIATION_CODES.contains(code);
            case FOUNDATION -> code.startsWith("93");
            case ENDOWMENT_FUND -> code.equals("9900");
            case GEIQ, EMPLOYER_GROUP -> code.startsWith("92") || cooperative || commercial || code.equals("6511");
        };
    }

    /** Section 2.4 for an entry that is not a natural person: explicit roles, then {@code naf}, then the category's. */
    private static Set<Role> roles(Member m, LegalCategoryFacts row) {
        if (m.roles() != null) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(m.roles());
            return roles;
        }
        String naf = m.naf();
        if (naf != null) {
            if (naf.startsWith("72.")) {
                return EnumSet.of(Role.RESEARCH_CENTRE);
            }
            switch (naf) {
                case "85.42Z":
                    return EnumSet.of(Role.HIGHER_EDUCATION);
                case "85.41Z", "85.59A", "85.59B", "85.32Z":
                    return EnumSet.of(Role.TRAINING_BODY);
                default:
                    break; // any other code changes nothing
            }
        }
        return EnumSet.of(row.defaultRole());
    }

    // ------------------------------------------------------------------------------------------------ rules

    /**
     * ART9-LINKED-PARTNER and D3-THREE-LEGAL-PERSONS: among {@code pool} (in members[] order), the first [A, B, C] of
     * three distinct persons, A satisfying {@code a}, B {@code b}, C any: lowest A, then lowest B, then lowest C.
     * Empty when there is none.
     */
    static List<String> firstTriple(List<EntryFacts> pool, java.util.function.Predicate<EntryFacts> a,
                                    java.util.function.Predicate<EntryFacts> b) {
        int first = -1;
        int second = -1;
        boolean three = false;
        for (EntryFacts f : pool) {
            int p = f.person();
            if (first < 0 || p == first) {
                first = p;
            } else if (second < 0 || p == second) {
                second = p;
            } else {
                three = true;
                break;
            }
        }
        if (!three) {
            return List.of();
        }
        for (EntryFacts x : pool) {
            if (!a.test(x)) {
                continue;
            }
            for (EntryFacts y : pool) {
                if (y.person() == x.person() || !b.test(y)) {
                    continue;
                }
                // with three persons or more, some entry is of neither x's nor y's
                for (EntryFacts z : pool) {
                    if (z.person() != x.person() && z.person() != y.person()) {
                        return List.of(x.id(), y.id(), z.id());
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The three governance rules over the decision-making bodies: votes of the seats of active entries (the legal
     * entity included), votes default to 1.
     * <ul>
     *   <li>CH-ESS-LED-GOVERNANCE: a body is declared, and in each one ESS seats hold ≥ s of the votes (exactly); a
     *       body without active seat fails. Evidence: the ESS enterprises seated in the failing bodies (in every
     *       body when it passes), sorted. Remedy figure: the ESS votes to add to the least-ESS failing body (lowest
     *       share, then the first in {@code governance.bodies}), none when that body has no active seat.</li>
     *   <li>CH-NO-DOMINANT-MEMBER: no person (the State once, one SIREN once) holds more than half of a body's
     *       votes. Evidence: the seated entries of the dominating person of each failing body, sorted.</li>
     *   <li>CH-PUBLIC-NOT-DOMINANT: public-law seats hold at most half of each body's votes. Evidence: the
     *       public-law entries seated in the failing bodies, sorted.</li>
     * </ul>
     */
    private static void governance(Pole pole, Map<String, EntryFacts> byId, int entries, Thresholds thresholds,
                                   List<RuleCheck> out) {
        List<DecisionBody> bodies = new ArrayList<>();
        if (pole.governance() != null) {
            for (DecisionBody b : pole.governance().bodies()) {
                if (Boolean.TRUE.equals(b.decisionMaking())) {
                    bodies.add(b);
                }
            }
        }
        if (bodies.isEmpty()) {
            out.add(rule("CH-ESS-LED-GOVERNANCE", false, List.of()));
            out.add(notApplicable("CH-NO-DOMINANT-MEMBER"));
            out.add(notApplicable("CH-PUBLIC-NOT-DOMINANT"));
            return;
        }
        BigDecimal s = BigDecimal.valueOf(thresholds.essVoteShareMin());
        TreeSet<String> essAll = new TreeSet<>();
        TreeSet<String> essFailing = new TreeSet<>();
        TreeSet<String> dominating = new TreeSet<>();
        TreeSet<String> publicFailing = new TreeSet<>();
        boolean essLed = true;
        boolean dominated = false;
        boolean publicDominated = false;
        long leastEss = -1; // total votes of the least-ESS failing body so far
        long leastEssVotes = 0;
        long[] votesOf = new long[entries]; // by person (the index of its first entry), reset after each body
        List<EntryFacts> seated = new ArrayList<>();
        for (DecisionBody b : bodies) {
            long total = 0;
            long ess = 0;
            long pub = 0;
            seated.clear();
            for (Seat seat : b.seats()) {
                EntryFacts f = byId.get(seat.member());
                if (f == null || !f.active()) {
                    continue;
                }
                long votes = seat.votes() == null ? 1 : seat.votes();
                seated.add(f);
                total += votes;
                votesOf[f.person()] += votes;
                ess += f.essEnterprise() ? votes : 0;
                pub += f.publicLaw() ? votes : 0;
            }
            boolean essOk = total > 0 && BigDecimal.valueOf(ess).compareTo(s.multiply(BigDecimal.valueOf(total))) >= 0;
            if (!essOk) {
                essLed = false;
                // least ESS share: ess / total (0 without seats) lower than the lowest so far, exactly; the first
                // body on ties
                if (leastEss < 0 || lowerShare(ess, total, leastEssVotes, leastEss)) {
                    leastEss = total;
                    leastEssVotes = ess;
                }
            }
            boolean publicHere = 2 * pub > total;
            publicDominated |= publicHere;
            for (EntryFacts f : seated) {
                if (f.essEnterprise()) {
                    (essOk ? essAll : essFailing).add(f.id());
                }
                if (publicHere && f.publicLaw()) {
                    publicFailing.add(f.id());
                }
                if (2 * votesOf[f.person()] > total) {
                    dominated = true;
                    dominating.add(f.id());
                }
            }
            for (EntryFacts f : seated) {
                votesOf[f.person()] = 0;
            }
        }
        if (essLed) {
            out.add(new RuleCheck("CH-ESS-LED-GOVERNANCE", Outcome.PASSED, new ArrayList<>(essAll), null));
        } else {
            out.add(new RuleCheck("CH-ESS-LED-GOVERNANCE", Outcome.FAILED, new ArrayList<>(essFailing),
                    leastEss > 0 ? votesToAdd(leastEssVotes, leastEss, s) : null));
        }
        out.add(new RuleCheck("CH-NO-DOMINANT-MEMBER", outcome(!dominated), new ArrayList<>(dominating), null));
        out.add(new RuleCheck("CH-PUBLIC-NOT-DOMINANT", outcome(!publicDominated), new ArrayList<>(publicFailing), null));
    }

    /** {@code e1 / t1 < e2 / t2}, exactly; a share without votes is 0. */
    private static boolean lowerShare(long e1, long t1, long e2, long t2) {
        long a = t1 == 0 ? 0 : e1;
        long b = t2 == 0 ? 0 : e2;
        return Math.multiplyExact(a, t2 == 0 ? 1 : t2) < Math.multiplyExact(b, t1 == 0 ? 1 : t1);
    }

    /** The smallest x ≥ 0 with (e + x) / (t + x) ≥ s, exactly (s < 1). */
    static long votesToAdd(long e, long t, BigDecimal s) {
        // (e + x) >= s (t + x)  <=>  x (1 - s) >= s t - e  <=>  x >= (s t - e) / (1 - s)
        BigDecimal need = s.multiply(BigDecimal.valueOf(t)).subtract(BigDecimal.valueOf(e));
        if (need.signum() <= 0) {
            return 0;
        }
        return need.divide(BigDecimal.ONE.subtract(s), 0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * CH-TERRITORIAL-ANCHORING: a territory is declared and at least s (inclusive, exactly) of the distinct legal
     * persons among the members are on it (a person is on it when one of its member entries is); none: fails.
     * Evidence: the entries of the persons not on it, sorted. Remedy figure: ⌈s × n⌉ − a.
     */
    private static RuleCheck anchoring(List<EntryFacts> members, int entries, boolean declared, double min) {
        boolean[] person = new boolean[entries]; // by person (the index of its first entry)
        boolean[] anchored = new boolean[entries];
        int persons = 0;
        int anchoredPersons = 0;
        for (EntryFacts f : members) {
            if (f.legalPerson()) {
                int p = f.person();
                if (!person[p]) {
                    person[p] = true;
                    persons++;
                }
                if (f.onTerritory() && !anchored[p]) {
                    anchored[p] = true;
                    anchoredPersons++;
                }
            }
        }
        List<String> outside = ids(members, f -> f.legalPerson() && !anchored[f.person()]);
        Collections.sort(outside);
        BigDecimal needed = BigDecimal.valueOf(min).multiply(BigDecimal.valueOf(persons));
        boolean passed = declared && persons > 0 && BigDecimal.valueOf(anchoredPersons).compareTo(needed) >= 0;
        Long missing = null;
        if (!passed && declared && persons > 0) {
            missing = needed.setScale(0, RoundingMode.CEILING).longValueExact() - anchoredPersons;
        }
        return new RuleCheck("CH-TERRITORIAL-ANCHORING", outcome(passed), outside, missing);
    }

    /** The four data rules, over every active entry (the legal entity included). */
    private static List<RuleCheck> dataRules(List<EntryFacts> entries) {
        List<RuleCheck> r = new ArrayList<>(4);
        List<String> unknown = new ArrayList<>();
        List<String> mismatch = new ArrayList<>();
        List<String> conflict = new ArrayList<>();
        List<String> esus = new ArrayList<>();
        for (EntryFacts f : entries) {
            if (!f.active()) {
                continue;
            }
            if (f.essStatus() == EssStatus.UNKNOWN) {
                unknown.add(f.id());
            }
            if ((f.sireneEss() == SireneEss.N && f.essEnterprise())
                    || (f.sireneEss() == SireneEss.O && !f.essEnterprise())) {
                mismatch.add(f.id());
            }
            if (f.statuteConflict()) {
                conflict.add(f.id());
            }
            if (f.esusActive() && (Boolean.FALSE.equals(f.essStatutes()) || !f.essEnterprise())) {
                esus.add(f.id());
            }
        }
        r.add(rule("DATA-ESS-STATUS-UNKNOWN", unknown.isEmpty(), unknown));
        r.add(rule("DATA-SIRENE-ESS-MISMATCH", mismatch.isEmpty(), mismatch));
        r.add(rule("DATA-STATUTE-CATEGORY-CONFLICT", conflict.isEmpty(), conflict));
        r.add(rule("DATA-ESUS-WITHOUT-ESS-STATUTES", esus.isEmpty(), esus));
        return r;
    }

    /** The pole's category: its {@code legalCategory}, else its legal entity's. */
    static String poleCategory(Pole pole) {
        if (pole.legalCategory() != null) {
            return pole.legalCategory();
        }
        if (pole.legalEntity() == null) {
            return null;
        }
        for (Member m : pole.memberList()) {
            if (m.id().equals(pole.legalEntity())) {
                return m.legalCategory();
            }
        }
        return null;
    }

    /** D3-PRIVATE-LEGAL-PERSON: the category is present, {@code legalPerson} yes (not a State service), private law. */
    static boolean privateLegalPerson(String category) {
        LegalCategoryFacts f = category == null ? null : CATEGORIES.get(category);
        return f != null && f.legalPerson() == LegalPersonality.YES && !f.publicLaw();
    }

    /**
     * CH-TERRITORY-SCALE: the départements of the listed communes, of the listed EPCIs' member communes, the listed
     * départements and every département of a listed région (sorted).
     */
    Set<String> departementsTouched(Territory territory) {
        Set<String> deps = new TreeSet<>();
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

    // ------------------------------------------------------------------------------------------------ helpers

    private static ReferentialCheck notInForce(String referential) {
        List<RuleCheck> results = new ArrayList<>();
        for (String id : OWN_RULES.get(referential)) {
            results.add(notApplicable(id));
        }
        for (String id : DATA_RULES) {
            results.add(notApplicable(id));
        }
        return new ReferentialCheck(referential, Verdict.NOT_IN_FORCE, List.copyOf(results));
    }

    private static ReferentialCheck report(String referential, List<RuleCheck> own, List<RuleCheck> data) {
        List<RuleCheck> results = new ArrayList<>(own);
        results.addAll(data);
        boolean error = false;
        boolean warning = false;
        for (RuleCheck c : results) {
            if (c.outcome() == Outcome.FAILED) {
                Severity severity = SEVERITIES.get(c.ruleId());
                error |= severity == Severity.ERROR;
                warning |= severity == Severity.WARNING;
            }
        }
        Verdict verdict = error ? Verdict.NON_COMPLIANT : warning ? Verdict.COMPLIANT_WITH_WARNINGS : Verdict.COMPLIANT;
        return new ReferentialCheck(referential, verdict, List.copyOf(results));
    }

    private static Outcome outcome(boolean passed) {
        return passed ? Outcome.PASSED : Outcome.FAILED;
    }

    /** A passed or failed rule whose evidence is a set of ids: sorted. */
    private static RuleCheck rule(String id, boolean passed, List<String> evidence) {
        List<String> sorted = evidence.size() < 2 ? evidence : new ArrayList<>(evidence);
        if (sorted.size() > 1) {
            Collections.sort(sorted);
        }
        return new RuleCheck(id, outcome(passed), sorted, null);
    }

    private static RuleCheck notApplicable(String id) {
        return new RuleCheck(id, Outcome.NOT_APPLICABLE, List.of(), null);
    }

    private static List<String> ids(List<EntryFacts> entries, java.util.function.Predicate<EntryFacts> filter) {
        List<String> ids = new ArrayList<>();
        for (EntryFacts f : entries) {
            if (filter.test(f)) {
                ids.add(f.id());
            }
        }
        return ids;
    }
}
