package fr.ptce.examples.cli;

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
import fr.ptce.rules.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * For each rule of the catalogue, a small pole that fails it, for {@code ptce explain}: a compliant example pole
 * (every rule of every referential passes) changed in one described way.
 *
 * <p>The example pole is fictional (no SIREN): an association, a SCOP, a SARL, a town and a university in Dijon
 * (commune 21231), an association board where ESS enterprises hold 4 votes out of 6, shared premises and a
 * socially innovative incubator.
 */
public final class FailureExamples {
    /** A pole that fails a rule, and what was changed to make it fail. */
    public record Example(String ruleId, String changeFr, String changeEn, Pole pole) {
        /** The change, in a language. */
        public String change(Language language) {
            return language == Language.EN ? changeEn : changeFr;
        }
    }

    private record Recipe(String fr, String en, Consumer<Draft> change) {
    }

    private static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();
    private static final LocalDate LEFT = LocalDate.of(2020, 1, 1);

    private static void recipe(String ruleId, String fr, String en, Consumer<Draft> change) {
        RECIPES.put(ruleId, new Recipe(fr, en, change));
    }

    static {
        Consumer<Draft> noEss = d -> {
            d.member("asso").legalCategory("5499");
            d.member("scop").legalCategory("5499");
        };
        Consumer<Draft> noNonEss = d -> d.member("sarl").legalCategory("9220");
        Consumer<Draft> organisationalOnly = d -> d.innovation = List.of(Innovation.ORGANISATIONAL);
        recipe("ART9-ESS-ENTERPRISE", "l'association et la SCOP deviennent des SARL ordinaires (5499)",
                "the association and the SCOP become ordinary SARL companies (5499)", noEss);
        recipe("ART9-ASSOCIATED-ENTERPRISE", "la SARL devient une association (9220)",
                "the SARL becomes an association (9220)", noNonEss);
        recipe("ART9-LINKED-PARTNER", "la SCOP, la ville et l'université ont quitté le pôle en 2020 : restent "
                + "l'association et la SARL", "the SCOP, the town and the university left the pole in 2020: the association "
                + "and the SARL remain", d -> {
                    d.member("scop").leftOn(LEFT);
                    d.member("ville").leftOn(LEFT);
                    d.member("univ").leftOn(LEFT);
                });
        recipe("ART9-LOCAL-AUTHORITY-LINK", "la ville est remplacée par une chambre consulaire (7381)",
                "the town is replaced by a chamber of commerce (7381)", d -> d.member("ville").legalCategory("7381"));
        recipe("ART9-SAME-TERRITORY", "l'association et la SCOP sont situées à Besançon (25056), hors du territoire",
                "the association and the SCOP are located in Besançon (25056), off the territory", d -> {
                    d.member("asso").commune("25056");
                    d.member("scop").commune("25056");
                });
        recipe("ART9-MEMBERS-ON-TERRITORY", "la SARL est située à Besançon (25056), hors du territoire",
                "the SARL is located in Besançon (25056), off the territory", d -> d.member("sarl").commune("25056"));
        recipe("ART9-CONTINUING-STRATEGY", "les locaux partagés ne réunissent plus que la SARL et la ville",
                "the shared premises now only join the SARL and the town", d -> d.cooperationMembers = List.of("sarl", "ville"));
        recipe("ART9-INNOVATIVE-PROJECT", "l'incubateur n'a plus qu'une innovation organisationnelle",
                "the incubator's innovation is only organisational", organisationalOnly);
        recipe("ART9-SUSTAINABLE-DEVELOPMENT", "le pôle ne déclare plus viser un développement local durable",
                "the pole no longer declares sustainable local development as its aim", d -> d.sustainable = false);
        recipe("D3-PRIVATE-LEGAL-PERSON", "le pôle n'a plus de personnalité morale (pas de catégorie juridique)",
                "the pole has no legal personality (no legal category)", d -> d.legalCategory = null);
        recipe("D3-THREE-LEGAL-PERSONS", "la SCOP, la ville et l'université deviennent partenaires : restent membres "
                + "l'association et la SARL", "the SCOP, the town and the university become partners: the association and "
                + "the SARL remain members", d -> {
                    d.member("scop").partner();
                    d.member("ville").partner();
                    d.member("univ").partner();
                });
        recipe("D3-ESS-ENTERPRISE", "l'association et la SCOP deviennent des SARL ordinaires (5499)",
                "the association and the SCOP become ordinary SARL companies (5499)", noEss);
        recipe("D3-NON-ESS-ENTERPRISE", "la SARL devient une association (9220)", "the SARL becomes an association (9220)",
                noNonEss);
        recipe("D3-MEMBER-STRATEGY", "les locaux partagés ne réunissent plus que l'association et une association "
                + "partenaire, non membre", "the shared premises now only join the association and a partner association "
                + "that is not a member", d -> {
                    d.members.put("partenaire", Member.builder("partenaire", "Association partenaire").legalCategory("9220")
                            .partner().commune("21231"));
                    d.cooperationMembers = List.of("asso", "partenaire");
                });
        recipe("D3-INNOVATIVE-PROJECT", "l'incubateur n'a plus qu'une innovation organisationnelle",
                "the incubator's innovation is only organisational", organisationalOnly);
        recipe("D3-DELIMITED-TERRITORY", "le pôle ne déclare plus de territoire", "the pole declares no territory",
                d -> d.communes = List.of());
        recipe("D3-NO-PRIOR-STATE-SUPPORT", "le pôle a été lauréat de l'appel à projets PTCE de 2015",
                "the pole won the 2015 State call for PTCE projects",
                d -> d.support = List.of(new StateSupport("AAP-PTCE-2015", 2016, null)));
        recipe("CH-ESS-LED-GOVERNANCE", "la SARL a 5 voix au conseil d'administration (les entreprises de l'ESS 4 sur 10)",
                "the SARL has 5 votes on the board (ESS enterprises 4 out of 10)", d -> d.votes.put("sarl", 5));
        recipe("CH-NO-DOMINANT-MEMBER", "l'association a 8 voix sur 12 au conseil d'administration",
                "the association has 8 votes out of 12 on the board", d -> d.votes.put("asso", 8));
        recipe("CH-PUBLIC-NOT-DOMINANT", "la ville a 6 voix sur 11 au conseil d'administration",
                "the town has 6 votes out of 11 on the board", d -> d.votes.put("ville", 6));
        recipe("CH-ESS-CARRIER", "le pôle est porté par la SARL", "the pole is carried by the SARL", d -> d.carrier = "sarl");
        recipe("CH-ANIMATION", "l'animation est confiée à la SARL", "the SARL runs the pole's animation",
                d -> d.animator = "sarl");
        recipe("CH-MULTI-ACTOR", "la ville et l'université sont remplacées par des associations (9220)",
                "the town and the university are replaced by associations (9220)", d -> {
                    d.member("ville").legalCategory("9220");
                    d.member("univ").legalCategory("9220");
                });
        recipe("CH-TERRITORIAL-ANCHORING", "la SARL et l'université sont situées à Besançon (25056) : 3 membres sur 5 "
                + "sur le territoire", "the SARL and the university are located in Besançon (25056): 3 members out of 5 on "
                + "the territory", d -> {
                    d.member("sarl").commune("25056");
                    d.member("univ").commune("25056");
                });
        recipe("CH-TERRITORY-SCALE", "le territoire comprend aussi Besançon (25056, Doubs)",
                "the territory also includes Besançon (25056, Doubs)", d -> d.communes = List.of("21231", "25056"));
        recipe("CH-REAL-POOLING", "les locaux partagés deviennent un simple partage de savoir-faire",
                "the shared premises become a mere sharing of know-how", d -> d.cooperationType = CooperationType.KNOWLEDGE);
        recipe("CH-SOCIAL-INNOVATION", "l'incubateur n'a plus qu'une innovation technologique",
                "the incubator's innovation is only technological", d -> d.innovation = List.of(Innovation.TECHNOLOGICAL));
        recipe("DATA-ESS-STATUS-UNKNOWN", "une congrégation (9240), forme que la catégorie ne tranche pas, rejoint le pôle",
                "a congrégation (9240), a form its category cannot settle, joins the pole",
                d -> d.members.put("congregation", Member.builder("congregation", "Congrégation des Sœurs (exemple)")
                        .legalCategory("9240").commune("21231")));
        recipe("DATA-SIRENE-ESS-MISMATCH", "l'association est marquée « N » (hors ESS) dans SIRENE",
                "the association is flagged \"N\" (not ESS) in SIRENE", d -> d.member("asso").sireneEss(SireneEss.N));
        recipe("DATA-STATUTE-CATEGORY-CONFLICT", "la SARL déclare le statut ASSOCIATION, impossible pour une SARL (5499)",
                "the SARL declares the statute ASSOCIATION, impossible for a SARL (5499)",
                d -> d.member("sarl").statute(Statute.ASSOCIATION));
        recipe("DATA-ESUS-WITHOUT-ESS-STATUTES", "la SARL, dont les statuts sont déclarés non ESS, a un agrément ESUS",
                "the SARL, whose statutes are declared not ESS, has an ESUS approval",
                d -> d.member("sarl").essStatutes(false).esusApproval(LocalDate.of(2022, 1, 1), null));
    }

    private FailureExamples() {
    }

    /** The compliant example pole. */
    public static Pole compliant() {
        return new Draft().build();
    }

    /** The example that fails {@code ruleId}, if the rule has one. */
    public static Optional<Example> of(String ruleId) {
        Recipe recipe = RECIPES.get(ruleId);
        if (recipe == null) {
            return Optional.empty();
        }
        Draft draft = new Draft();
        recipe.change().accept(draft);
        return Optional.of(new Example(ruleId, recipe.fr(), recipe.en(), draft.build()));
    }

    /** The rule ids that have an example. */
    public static List<String> ruleIds() {
        return List.copyOf(RECIPES.keySet());
    }

    /** The example pole's parts, each changeable before {@link #build()}. */
    private static final class Draft {
        String legalCategory = "9220";
        String carrier = "asso";
        String animator = "asso";
        List<String> communes = List.of("21231");
        boolean sustainable = true;
        final Map<String, MemberBuilder> members = new LinkedHashMap<>();
        final Map<String, Integer> votes = new LinkedHashMap<>();
        CooperationType cooperationType = CooperationType.PREMISES;
        List<String> cooperationMembers = List.of("asso", "scop", "sarl");
        List<Innovation> innovation = List.of(Innovation.SOCIAL);
        List<StateSupport> support = List.of();

        Draft() {
            members.put("asso", Member.builder("asso", "Association Les Ateliers du quartier").legalCategory("9220")
                    .commune("21231"));
            members.put("scop", Member.builder("scop", "SCOP Bâtir ensemble").legalCategory("5458").commune("21231"));
            members.put("sarl", Member.builder("sarl", "Boulangerie du Centre SARL").legalCategory("5499").commune("21231"));
            members.put("ville", Member.builder("ville", "Ville de Dijon").legalCategory("7210").commune("21231"));
            members.put("univ", Member.builder("univ", "Université (exemple)").legalCategory("7383").commune("21231"));
            votes.put("asso", 2);
            votes.put("scop", 2);
            votes.put("sarl", 1);
            votes.put("ville", 1);
        }

        MemberBuilder member(String id) {
            return members.get(id);
        }

        Pole build() {
            List<Member> built = new ArrayList<>();
            members.values().forEach(b -> built.add(b.build()));
            List<Seat> seats = new ArrayList<>();
            votes.forEach((id, n) -> seats.add(new Seat(id, n)));
            Territory territory = communes.isEmpty() ? null : new Territory("Dijon", communes, null, null, null);
            return new Pole(1, "exemple", "Pôle d'exemple", legalCategory, carrier, null, territory,
                    new Aims(sustainable, null), built,
                    new Governance(animator, List.of(new DecisionBody("Conseil d'administration", true, seats))),
                    List.of(new Cooperation("locaux", cooperationType, cooperationMembers, null, null, "Locaux partagés")),
                    List.of(new Project("incubateur", "Incubateur", innovation, List.of("asso", "scop", "univ"))),
                    support);
        }
    }
}
