package fr.ptce.rules.support;

import fr.ptce.model.Aims;
import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Governance;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.MemberBuilder;
import fr.ptce.model.Pole;
import fr.ptce.model.Project;
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Test poles: a compliant baseline that passes every rule of the three referentials (as of {@link #AS_OF}),
 * and {@code with…} modifiers that each break or change one condition.
 *
 * <p>The baseline, « Pôle des Grésilles » in Dijon (real COG 2026 codes: Dijon 21231, Chenôve 21166, Talant
 * 21617, Dijon Métropole 242100410, Côte-d'Or 21):
 * <ul>
 *   <li>{@code coursive}: association déclarée (9220), carrier and animator, SIRENE flag O;</li>
 *   <li>{@code zutique}: association déclarée (9220);</li>
 *   <li>{@code scic-gresilles}: SCIC (5560, SA coopérative), in Chenôve;</li>
 *   <li>{@code imprimerie}: SARL (5499) with {@code essStatutes: false}, SIRENE flag N, in Chenôve: the non-ESS
 *       enterprise;</li>
 *   <li>{@code ville-dijon}: the commune (7210, role LOCAL_AUTHORITY derived), a public-law person;</li>
 *   <li>{@code universite}: université de Bourgogne (7383, HIGHER_EDUCATION);</li>
 *   <li>{@code greta}: an établissement public local d'enseignement (7331, TRAINING_BODY), in Talant;</li>
 *   <li>one decision-making body, « Conseil d'administration »: coursive 2 votes, zutique 1, scic-gresilles 1,
 *       imprimerie 1, ville-dijon 1: ESS 4 votes of 6 (67 %), nobody above half, public 1 of 6;</li>
 *   <li>cooperations {@code locaux} (PREMISES: coursive, zutique, since 2011) and {@code filiere}
 *       (PARTNERSHIP: scic-gresilles, imprimerie, universite, since 2016);</li>
 *   <li>project {@code incubateur} (SOCIAL); a regional grant (not a State PTCE call); legal category 9220;
 *       sustainable local development declared.</li>
 * </ul>
 */
public final class TestPoles {
    /** The date every test checks as of. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** A date long before {@link #AS_OF}, e.g. for a departure. */
    public static final LocalDate BEFORE = LocalDate.of(2020, 1, 1);
    /** A date after {@link #AS_OF}, e.g. for a future arrival. */
    public static final LocalDate AFTER = LocalDate.of(2026, 1, 1);

    /** Dijon (21231): on the territory. */
    public static final String DIJON = "21231";
    /** Chenôve (21166), in Dijon Métropole: on the territory. */
    public static final String CHENOVE = "21166";
    /** Talant (21617), in Dijon Métropole: on the territory. */
    public static final String TALANT = "21617";
    /** Paris (75056): off the territory. */
    public static final String PARIS = "75056";
    /** Lyon (69123): off the territory. */
    public static final String LYON = "69123";
    /** Chalon-sur-Saône (71076), Saône-et-Loire: off the territory. */
    public static final String CHALON = "71076";
    /** Dijon Métropole, the EPCI. */
    public static final String DIJON_METROPOLE = "242100410";
    /** Côte-d'Or. */
    public static final String COTE_D_OR = "21";
    /** Bourgogne-Franche-Comté (8 départements). */
    public static final String BOURGOGNE_FRANCHE_COMTE = "27";

    /** Member ids of the baseline. */
    public static final String COURSIVE = "coursive";
    /** Member id. */
    public static final String ZUTIQUE = "zutique";
    /** Member id. */
    public static final String SCIC = "scic-gresilles";
    /** Member id. */
    public static final String IMPRIMERIE = "imprimerie";
    /** Member id. */
    public static final String VILLE = "ville-dijon";
    /** Member id. */
    public static final String UNIVERSITE = "universite";
    /** Member id. */
    public static final String GRETA = "greta";

    /** The baseline's ESS enterprises. */
    public static final List<String> ESS_MEMBERS = List.of(COURSIVE, ZUTIQUE, SCIC);

    /** The baseline's decision-making body. */
    public static final String BOARD = "Conseil d'administration";

    private TestPoles() {
    }

    // ---------------------------------------------------------------- the baseline's members

    /** Association déclarée (9220), the carrier and animator, in Dijon, SIRENE flag O. */
    public static MemberBuilder coursive() {
        return Member.builder(COURSIVE, "La Coursive Boutaric").legalCategory("9220").sireneEss(SireneEss.O)
                .commune(DIJON).joinedOn(LocalDate.of(2010, 12, 2));
    }

    /** Association déclarée (9220), in Dijon. */
    public static MemberBuilder zutique() {
        return Member.builder(ZUTIQUE, "Zutique Productions").legalCategory("9220").commune(DIJON)
                .joinedOn(LocalDate.of(2010, 12, 2));
    }

    /** A SCIC (5560, SA coopérative), in Chenôve. */
    public static MemberBuilder scic() {
        return Member.builder(SCIC, "SCIC Les Grésilles solidaires").legalCategory("5560").statute(Statute.SCIC)
                .commune(CHENOVE).joinedOn(LocalDate.of(2013, 3, 15));
    }

    /** A SARL (5499) whose statutes are not ESS, SIRENE flag N, in Chenôve. */
    public static MemberBuilder imprimerie() {
        return Member.builder(IMPRIMERIE, "Imprimerie bourguignonne").legalCategory("5499").essStatutes(false)
                .sireneEss(SireneEss.N).commune(CHENOVE).joinedOn(LocalDate.of(2012, 5, 1));
    }

    /** The commune of Dijon (7210): LOCAL_AUTHORITY, public-law. */
    public static MemberBuilder villeDijon() {
        return Member.builder(VILLE, "Ville de Dijon").legalCategory("7210").commune(DIJON);
    }

    /** Université de Bourgogne (7383): HIGHER_EDUCATION, public-law. */
    public static MemberBuilder universite() {
        return Member.builder(UNIVERSITE, "Université de Bourgogne").legalCategory("7383").commune(DIJON);
    }

    /** An établissement public local d'enseignement running a GRETA (7331): TRAINING_BODY, in Talant. */
    public static MemberBuilder greta() {
        return Member.builder(GRETA, "GRETA 21 (lycée de Talant)").legalCategory("7331").commune(TALANT);
    }

    // ---------------------------------------------------------------- other building blocks

    /** A plain association déclarée (9220), in Dijon: an ESS enterprise. */
    public static MemberBuilder association(String id) {
        return Member.builder(id, "Association " + id).legalCategory("9220").commune(DIJON);
    }

    /** A SIREN with a valid check digit, made for tests (not a real company's): {@code 99999999} and its Luhn digit. */
    public static final String TEST_SIREN = fr.ptce.model.validation.Identifiers.withLuhnCheckDigit("99999999");

    /** A service of the State (7172, service déconcentré départemental), in Dijon: part of the legal person "the State". */
    public static MemberBuilder stateService(String id) {
        return Member.builder(id, "Service de l'État " + id).legalCategory("7172").commune(DIJON);
    }

    /** A business club: an association (9220) grouping 12 enterprises, 9 of them not ESS, in Dijon. */
    public static MemberBuilder businessClub(String id) {
        return Member.builder(id, "Club d'entreprises " + id).legalCategory("9220").enterpriseGrouping(12, 9)
                .commune(DIJON);
    }

    /** A SARL (5499) whose statutes are not ESS, in Dijon: a non-ESS enterprise. */
    public static MemberBuilder sarl(String id) {
        return Member.builder(id, "SARL " + id).legalCategory("5499").essStatutes(false).commune(DIJON);
    }

    /** A seat with {@code votes} votes. */
    public static fr.ptce.model.Seat seat(String member, int votes) {
        return new fr.ptce.model.Seat(member, votes);
    }

    /** An undated cooperation. */
    public static Cooperation cooperation(String id, CooperationType type, String... members) {
        return new Cooperation(id, type, Arrays.asList(members), null, null, null);
    }

    /** A cooperation between {@code since} and {@code until} (either may be null). */
    public static Cooperation cooperation(String id, CooperationType type, LocalDate since, LocalDate until,
                                          String... members) {
        return new Cooperation(id, type, Arrays.asList(members), since, until, null);
    }

    /** A project of the baseline's first two members. */
    public static Project project(String id, Innovation... innovation) {
        return new Project(id, id, Arrays.asList(innovation), List.of(COURSIVE, ZUTIQUE));
    }

    /** The baseline's territory: Dijon, Dijon Métropole, Côte-d'Or. */
    public static Territory dijonTerritory() {
        return new Territory("Dijon, quartier des Grésilles", List.of(DIJON), List.of(DIJON_METROPOLE),
                List.of(COTE_D_OR), null);
    }

    /** The compliant baseline, as a draft to modify. */
    public static Draft compliantPole() {
        return new Draft();
    }

    /** Any pole, as a draft to modify with the same {@code with…} methods. */
    public static Draft draftOf(Pole pole) {
        return new Draft(pole);
    }

    /** A pole under construction: the baseline, modified by {@code with…} calls. Not thread-safe. */
    public static final class Draft {
        private String id = "poles-gresilles";
        private String name = "Pôle des Grésilles";
        private String legalCategory = "9220";
        private String legalEntity;
        private String carrier = COURSIVE;
        private LocalDate foundedOn = LocalDate.of(2010, 12, 2);
        private Territory territory = dijonTerritory();
        private Aims aims = new Aims(true, "Développement économique solidaire des Grésilles");
        private final List<Member> members = new ArrayList<>();
        private String animator = COURSIVE;
        private final List<DecisionBody> bodies = new ArrayList<>();
        private final List<Cooperation> cooperations = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<StateSupport> stateSupport = new ArrayList<>();

        private Draft() {
            for (MemberBuilder m : List.of(coursive(), zutique(), scic(), imprimerie(), villeDijon(), universite(),
                    greta())) {
                members.add(m.build());
            }
            bodies.add(new DecisionBody(BOARD, true, List.of(seat(COURSIVE, 2), seat(ZUTIQUE, 1), seat(SCIC, 1),
                    seat(IMPRIMERIE, 1), seat(VILLE, 1))));
            cooperations.add(cooperation("locaux", CooperationType.PREMISES, LocalDate.of(2011, 1, 1), null,
                    COURSIVE, ZUTIQUE));
            cooperations.add(cooperation("filiere", CooperationType.PARTNERSHIP, LocalDate.of(2016, 1, 1), null,
                    SCIC, IMPRIMERIE, UNIVERSITE));
            projects.add(new Project("incubateur", "Incubateur solidaire", List.of(Innovation.SOCIAL),
                    List.of(COURSIVE, ZUTIQUE)));
            stateSupport.add(new StateSupport("Région Bourgogne-Franche-Comté", 2016, new BigDecimal("25000")));
        }

        private Draft(Pole pole) {
            id = pole.id();
            name = pole.name();
            legalCategory = pole.legalCategory();
            legalEntity = pole.legalEntity();
            carrier = pole.carrier();
            foundedOn = pole.foundedOn();
            territory = pole.territory();
            aims = pole.aims();
            members.addAll(pole.memberList());
            if (pole.governance() != null) {
                animator = pole.governance().animator();
                bodies.addAll(pole.governance().bodies());
            } else {
                animator = null;
            }
            cooperations.addAll(pole.cooperations());
            projects.addAll(pole.projects());
            stateSupport.addAll(pole.stateSupport());
        }

        /** Sets the pole's id. */
        public Draft withId(String value) { this.id = value; return this; }

        /** Adds this member, or replaces the member with the same id (keeping its place and its references). */
        public Draft with(MemberBuilder member) {
            return with(member.build());
        }

        /** Adds this member, or replaces the member with the same id (keeping its place and its references). */
        public Draft with(Member member) {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).id().equals(member.id())) {
                    members.set(i, member);
                    return this;
                }
            }
            members.add(member);
            return this;
        }

        /** Removes these members and every reference to them (seats, cooperations, projects, carrier, animator). */
        public Draft without(String... memberIds) {
            Set<String> ids = new HashSet<>(Arrays.asList(memberIds));
            return withoutMembersMatching(m -> ids.contains(m.id()));
        }

        /**
         * Removes the matching members and every reference to them; a cooperation left with fewer than two
         * members is removed too.
         */
        public Draft withoutMembersMatching(Predicate<Member> predicate) {
            Set<String> removed = new HashSet<>();
            members.removeIf(m -> predicate.test(m) && removed.add(m.id()));
            if (removed.contains(carrier)) {
                carrier = null;
            }
            if (removed.contains(animator)) {
                animator = null;
            }
            if (removed.contains(legalEntity)) {
                legalEntity = null;
            }
            bodies.replaceAll(b -> new DecisionBody(b.name(), b.decisionMaking(),
                    b.seats().stream().filter(s -> !removed.contains(s.member())).toList()));
            cooperations.replaceAll(c -> new Cooperation(c.id(), c.type(),
                    c.members().stream().filter(m -> !removed.contains(m)).toList(), c.since(), c.until(), c.summary()));
            cooperations.removeIf(c -> c.members().size() < 2);
            projects.replaceAll(p -> new Project(p.id(), p.name(), p.innovation(),
                    p.members().stream().filter(m -> !removed.contains(m)).toList()));
            return this;
        }

        /** Sets the pole's own legal category ({@code null}: informal grouping). */
        public Draft withLegalCategory(String value) { this.legalCategory = value; return this; }

        /** Names the entry that is the pole's own legal structure ({@code null}: none). */
        public Draft withLegalEntity(String memberId) { this.legalEntity = memberId; return this; }

        /** Sets the territory. */
        public Draft withTerritory(Territory value) { this.territory = value; return this; }

        /** Removes the territory. */
        public Draft withoutTerritory() { this.territory = null; return this; }

        /** A territory made of these communes only. */
        public Draft withTerritoryOfCommunes(String... codes) {
            return withTerritory(new Territory(null, Arrays.asList(codes), null, null, null));
        }

        /** A territory made of these départements only. */
        public Draft withTerritoryOfDepartements(String... codes) {
            return withTerritory(new Territory(null, null, null, Arrays.asList(codes), null));
        }

        /** A territory made of these régions only. */
        public Draft withTerritoryOfRegions(String... codes) {
            return withTerritory(new Territory(null, null, null, null, Arrays.asList(codes)));
        }

        /** Declares (or not) sustainable local development. */
        public Draft withSustainableLocalDevelopment(Boolean value) {
            this.aims = new Aims(value, aims == null ? null : aims.summary());
            return this;
        }

        /** Removes the aims. */
        public Draft withoutAims() { this.aims = null; return this; }

        /** Sets the carrier ({@code null}: none). */
        public Draft withCarrier(String memberId) { this.carrier = memberId; return this; }

        /** Sets the animator ({@code null}: none). */
        public Draft withAnimator(String memberId) { this.animator = memberId; return this; }

        /** Replaces every governance body by one decision-making body with these seats. */
        public Draft withDecisionBody(String bodyName, fr.ptce.model.Seat... seats) {
            bodies.clear();
            bodies.add(new DecisionBody(bodyName, true, Arrays.asList(seats)));
            return this;
        }

        /** Replaces the board's seats by these. */
        public Draft withBoardSeats(fr.ptce.model.Seat... seats) {
            return withDecisionBody(BOARD, seats);
        }

        /** Adds a governance body. */
        public Draft andBody(DecisionBody body) { bodies.add(body); return this; }

        /** Removes every governance body (the animator stays). */
        public Draft withoutBodies() { bodies.clear(); return this; }

        /** Replaces the cooperations. */
        public Draft withCooperations(Cooperation... values) {
            cooperations.clear();
            cooperations.addAll(Arrays.asList(values));
            return this;
        }

        /** Adds a cooperation. */
        public Draft andCooperation(Cooperation value) { cooperations.add(value); return this; }

        /** Replaces the projects. */
        public Draft withProjects(Project... values) {
            projects.clear();
            projects.addAll(Arrays.asList(values));
            return this;
        }

        /** Adds support already received from this programme (year 2021, no decision date). */
        public Draft withStateSupport(String programme) {
            stateSupport.add(new StateSupport(programme, 2021, new BigDecimal("50000")));
            return this;
        }

        /** Adds support from this programme, of this year and decision date (either may be {@code null}). */
        public Draft withStateSupport(String programme, Integer year, LocalDate decidedOn) {
            stateSupport.add(new StateSupport(programme, year, new BigDecimal("50000"), decidedOn));
            return this;
        }

        /** The members so far (a copy). */
        public List<Member> members() {
            return List.copyOf(members);
        }

        /** The pole. */
        public Pole build() {
            Governance governance = animator == null && bodies.isEmpty() ? null : new Governance(animator, bodies);
            return new Pole(1, id, name, legalCategory, legalEntity, carrier, foundedOn, territory, aims, members,
                    governance, cooperations, projects, stateSupport);
        }
    }
}
