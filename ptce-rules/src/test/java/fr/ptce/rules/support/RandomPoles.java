package fr.ptce.rules.support;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import fr.ptce.model.Seat;
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of random, structurally valid poles built from the fixture's building blocks: members
 * of every kind the catalogue distinguishes (associations, SCIC in SA and SAS form, SARL with ESS, non-ESS and
 * unknown statutes, SARL flagged ESS in SIRENE, communes, universities, training bodies, citizens, entrepreneurs
 * individuels, associations non déclarées, GIE, business clubs, départements, an EPIC flagged ESS), as members or
 * partners, on or off the territory, active or not on {@link TestPoles#AS_OF}, seated with 0 to 4 votes;
 * cooperations of every type, dated or not; projects; four territories.
 */
public final class RandomPoles {
    private static final LocalDate LONG_AGO = LocalDate.of(2012, 1, 1);

    /** Member kinds: id → builder. */
    private static final List<BiFunction<String, String, MemberBuilder>> KINDS = List.of(
            (id, c) -> Member.builder(id, "Association").legalCategory("9220").commune(c),
            (id, c) -> Member.builder(id, "SCIC SA").legalCategory("5560").statute(Statute.SCIC).commune(c),
            (id, c) -> Member.builder(id, "SCIC SAS").legalCategory("5710").statute(Statute.SCIC).commune(c),
            (id, c) -> Member.builder(id, "SARL").legalCategory("5499").essStatutes(false).commune(c),
            (id, c) -> Member.builder(id, "SARL ESS SIRENE").legalCategory("5499").sireneEss(SireneEss.O).commune(c),
            (id, c) -> Member.builder(id, "SARL ESS").legalCategory("5499").essStatutes(true).commune(c),
            (id, c) -> Member.builder(id, "SAS").legalCategory("5710").commune(c),
            (id, c) -> Member.builder(id, "Commune").legalCategory("7210").commune(c),
            (id, c) -> Member.builder(id, "Université").legalCategory("7383").commune(c),
            (id, c) -> Member.builder(id, "EPLE").legalCategory("7331").commune(c),
            (id, c) -> Member.builder(id, "Habitant").naturalPerson(true).commune(c),
            (id, c) -> Member.builder(id, "Artisan").legalCategory("1000").commune(c),
            (id, c) -> Member.builder(id, "Association non déclarée").legalCategory("9210").commune(c),
            (id, c) -> Member.builder(id, "GIE").legalCategory("6220").commune(c),
            (id, c) -> Member.builder(id, "Club d'entreprises").legalCategory("9220").enterpriseGrouping(10, 6).commune(c),
            (id, c) -> Member.builder(id, "Département").legalCategory("7220").commune(c),
            (id, c) -> Member.builder(id, "EPIC").legalCategory("4110").sireneEss(SireneEss.O).commune(c),
            (id, c) -> Member.builder(id, "Association N").legalCategory("9220").sireneEss(SireneEss.N).commune(c));

    /** Communes: three on the baseline territory, two off it, and none. */
    private static final List<String> COMMUNES = Arrays.asList(TestPoles.DIJON, TestPoles.CHENOVE, TestPoles.TALANT,
            TestPoles.PARIS, TestPoles.CHALON, null);

    private static final List<Territory> TERRITORIES = Arrays.asList(null, TestPoles.dijonTerritory(),
            new Territory(null, List.of(TestPoles.DIJON), null, null, null),
            new Territory(null, null, null, List.of("21", "69"), null));

    private static final List<String> POLE_CATEGORIES = Arrays.asList(null, "9220", "5560", "7210");

    private static final List<List<Innovation>> INNOVATIONS = List.of(List.of(Innovation.SOCIAL),
            List.of(Innovation.TECHNOLOGICAL), List.of(Innovation.ORGANISATIONAL),
            List.of(Innovation.SOCIAL, Innovation.ORGANISATIONAL), List.of());

    private RandomPoles() {
    }

    /** A member: its kind, commune, relation, dates and votes in the decision-making body. */
    public record MemberSpec(int kind, int commune, boolean partner, int dates, int votes) {
    }

    /** A cooperation between two or three members (indexes taken modulo the member count). */
    public record CooperationSpec(int type, int a, int b, int c, int dates) {
    }

    /** The pole's own features. */
    public record PoleSpec(int territory, int legalCategory, int carrier, int animator, boolean sustainable,
                           boolean stateCall) {
    }

    /** The generated pole's description; {@link #pole()} builds it. */
    public record Spec(List<MemberSpec> members, List<CooperationSpec> cooperations, List<Integer> projects,
                       PoleSpec features) {
        /** Builds the pole. */
        public Pole pole() {
            return build(this);
        }

        @Override
        public String toString() {
            return "Spec" + List.of(members, cooperations, projects, features);
        }
    }

    /** Random member specs. */
    public static Gen<MemberSpec> memberSpecs() {
        return integers().between(0, KINDS.size() - 1).zip(integers().between(0, COMMUNES.size() - 1),
                booleans().all(), Generate.pick(List.of(0, 0, 0, 1, 1, 2, 3)), integers().between(0, 4),
                MemberSpec::new);
    }

    /** Random cooperation specs. */
    public static Gen<CooperationSpec> cooperationSpecs() {
        return integers().between(0, CooperationType.values().length - 1).zip(integers().between(0, 7),
                integers().between(0, 7), integers().between(-1, 7), integers().between(0, 3), CooperationSpec::new);
    }

    /** Random pole-level specs. */
    public static Gen<PoleSpec> poleSpecs() {
        Gen<Integer> reference = integers().between(-1, 7);
        return integers().between(0, TERRITORIES.size() - 1).zip(integers().between(0, POLE_CATEGORIES.size() - 1),
                reference, reference, (t, l, c, a) -> new int[] {t, l, c, a})
                .zip(booleans().all(), booleans().all(), (x, s, call) -> new PoleSpec(x[0], x[1], x[2], x[3], s, call));
    }

    /** Random valid poles, with their description (shown when a property fails). */
    public static Gen<Spec> specs() {
        return lists().of(memberSpecs()).ofSizeBetween(1, 8).zip(lists().of(cooperationSpecs()).ofSizeBetween(0, 3),
                lists().of(integers().between(0, INNOVATIONS.size() - 1)).ofSizeBetween(0, 2), poleSpecs(), Spec::new);
    }

    /** Random valid poles. */
    public static Gen<Pole> poles() {
        return specs().map(Spec::pole);
    }

    /** A member of kind {@code kind} (modulo the number of kinds) at {@code commune}. */
    public static MemberBuilder member(int kind, String id, String commune) {
        return KINDS.get(Math.floorMod(kind, KINDS.size())).apply(id, commune);
    }

    /** The number of member kinds. */
    public static int kinds() {
        return KINDS.size();
    }

    static Pole build(Spec spec) {
        int n = spec.members().size();
        List<Member> members = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MemberSpec m = spec.members().get(i);
            String id = "m" + i;
            MemberBuilder b = member(m.kind(), id, COMMUNES.get(m.commune()));
            if (m.partner()) {
                b.partner();
            }
            switch (m.dates()) {
                case 1 -> b.joinedOn(LocalDate.of(2015, 1, 1));
                case 2 -> b.joinedOn(LONG_AGO).leftOn(TestPoles.BEFORE);
                case 3 -> b.joinedOn(TestPoles.AFTER);
                default -> { }
            }
            members.add(b.build());
            if (m.votes() > 0) {
                seats.add(new Seat(id, m.votes()));
            }
        }
        List<Cooperation> cooperations = new ArrayList<>();
        if (n >= 2) {
            for (int i = 0; i < spec.cooperations().size(); i++) {
                CooperationSpec c = spec.cooperations().get(i);
                Set<Integer> ids = new java.util.TreeSet<>();
                int a = Math.floorMod(c.a(), n);
                int b = Math.floorMod(c.b(), n);
                ids.add(a);
                ids.add(b == a ? (a + 1) % n : b);
                if (c.c() >= 0) {
                    ids.add(Math.floorMod(c.c(), n));
                }
                LocalDate since = c.dates() == 1 || c.dates() == 2 ? LocalDate.of(2016, 1, 1) : null;
                LocalDate until = switch (c.dates()) {
                    case 2 -> TestPoles.BEFORE;
                    case 3 -> TestPoles.AS_OF;
                    default -> null;
                };
                cooperations.add(new Cooperation("c" + i, CooperationType.values()[c.type()],
                        ids.stream().map(x -> "m" + x).toList(), since, until, null));
            }
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < spec.projects().size(); i++) {
            projects.add(new Project("p" + i, "Projet " + i, INNOVATIONS.get(spec.projects().get(i)), List.of("m0")));
        }
        PoleSpec p = spec.features();
        String carrier = p.carrier() < 0 ? null : "m" + Math.floorMod(p.carrier(), n);
        String animator = p.animator() < 0 ? null : "m" + Math.floorMod(p.animator(), n);
        List<DecisionBody> bodies = seats.isEmpty() ? List.of() : List.of(new DecisionBody("CA", true, seats));
        Governance governance = animator == null && bodies.isEmpty() ? null : new Governance(animator, bodies);
        List<StateSupport> support = p.stateCall()
                ? List.of(new StateSupport("AAP-PTCE-2015", 2016, new BigDecimal("80000"))) : List.of();
        return new Pole(1, "pole-aleatoire", "Pôle aléatoire", POLE_CATEGORIES.get(p.legalCategory()), carrier, null,
                TERRITORIES.get(p.territory()), new Aims(p.sustainable(), null), members, governance, cooperations,
                projects, support);
    }
}
