package fr.ptce.model.json;

import fr.ptce.model.Aims;
import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Project;
import fr.ptce.model.Role;
import fr.ptce.model.Seat;
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The canonical example pole of the tests, modelled on the example of the format documentation but valid: Luhn-valid
 * (made-up) SIRENs and SIRETs, real COG 2026 codes (Dijon 21231, Chenôve 21166, Talant 21617, Dijon Métropole
 * 242100410, Côte-d'Or 21). It uses every field of format v1 at least once, including those added with rules-v2
 * (the pole's legal entity, a NAF code, ESUS approvals with and without an end, a decision date).
 *
 * <p>{@code src/test/resources/fr/ptce/model/json/coursive-boutaric.json} is this pole written by
 * {@link PoleWriter}: regenerate it with {@link #main} if the pole changes.
 */
final class CoursiveBoutaric {
    static final String RESOURCE = "coursive-boutaric.json";

    private CoursiveBoutaric() {
    }

    static Pole pole() {
        return Pole.builder("coursive-boutaric", "La Coursive Boutaric")
                .legalCategory("9220")
                .legalEntity("coursive")
                .carrier("coursive")
                .foundedOn(LocalDate.of(2010, 12, 2))
                .territory(new Territory("Dijon, quartier des Grésilles", List.of("21231"), List.of("242100410"),
                        List.of("21"), null))
                .aims(new Aims(true, "Structurer la filière culturelle et créative de l'est dijonnais"))
                .member(Member.builder("coursive", "La Coursive Boutaric")
                        .siren("812345676").siret("81234567600017").legalCategory("9220")
                        .esusApproval(LocalDate.of(2016, 5, 1), null).naf("90.04Z")
                        .commune("21231").headcountBand("03").joinedOn(LocalDate.of(2010, 12, 2)))
                .member(Member.builder("zutique", "Zutique Productions")
                        .siren("812345684").legalCategory("9220").sireneEss(SireneEss.O).roles(Role.ENTERPRISE)
                        .commune("21231").headcountBand("11").joinedOn(LocalDate.of(2010, 12, 2)))
                .member(Member.builder("scic-gresilles", "SCIC Les Grésilles solidaires")
                        .siren("812345700").siret("81234570000015").legalCategory("5710").statute(Statute.SCIC)
                        .esusApproval(LocalDate.of(2014, 9, 1), LocalDate.of(2019, 9, 1))
                        .sireneEss(SireneEss.O).naf("90.01Z").commune("21231").employees(14).joinedOn(LocalDate.of(2013, 3, 15)))
                .member(Member.builder("imprimerie", "Imprimerie bourguignonne")
                        .siren("812345718").siret("81234571800025").legalCategory("5499").essStatutes(false)
                        .sireneEss(SireneEss.N).commune("21166").headcountBand("12").joinedOn(LocalDate.of(2012, 5, 1)))
                .member(Member.builder("dijon-metropole", "Dijon Métropole")
                        .siren("242100410").legalCategory("7344").partner().commune("21231"))
                .member(Member.builder("universite", "Université de Bourgogne")
                        .legalCategory("7383").roles(Role.RESEARCH_CENTRE, Role.HIGHER_EDUCATION).partner()
                        .commune("21231"))
                .member(Member.builder("club-entreprises", "Club des entreprises de l'est dijonnais")
                        .legalCategory("9220").enterpriseGrouping(12, 9).commune("21617")
                        .joinedOn(LocalDate.of(2014, 1, 20)))
                .member(Member.builder("habitante-gresilles", "Une habitante des Grésilles")
                        .naturalPerson(true).commune("21231").joinedOn(LocalDate.of(2015, 9, 1)))
                .member(Member.builder("atelier-velo", "L'Atelier vélo")
                        .siren("812345726").legalCategory("9220").commune("21231").employees(4)
                        .joinedOn(LocalDate.of(2011, 2, 1)).leftOn(LocalDate.of(2019, 6, 30)))
                .animator("coursive")
                .body(new DecisionBody("Conseil d'administration", true, List.of(
                        new Seat("coursive", 2), new Seat("zutique", 1), new Seat("scic-gresilles", 1),
                        new Seat("imprimerie", 1), new Seat("club-entreprises", null))))
                .body(new DecisionBody("Comité de pilotage", false, List.of(
                        new Seat("dijon-metropole", 1), new Seat("universite", 1), new Seat("coursive", 1))))
                .cooperation(new Cooperation("locaux", CooperationType.PREMISES, List.of("zutique", "coursive"),
                        LocalDate.of(2011, 1, 1), null, "Bureaux partagés"))
                .cooperation(new Cooperation("emploi-partage", CooperationType.EMPLOYMENT,
                        List.of("coursive", "scic-gresilles", "imprimerie"),
                        LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31), "Un poste de comptable partagé"))
                .cooperation(new Cooperation("filiere-culture", CooperationType.PARTNERSHIP,
                        List.of("zutique", "coursive", "club-entreprises"), null, null, null))
                .project(new Project("incubateur", "Incubateur culturel", List.of(Innovation.SOCIAL),
                        List.of("zutique", "coursive")))
                .project(new Project("billetterie", "Billetterie numérique mutualisée",
                        List.of(Innovation.TECHNOLOGICAL, Innovation.ORGANISATIONAL),
                        List.of("scic-gresilles", "universite")))
                .stateSupport(new StateSupport("AAP-PTCE-2013", 2014, new BigDecimal("100000"), LocalDate.of(2014, 1, 13)))
                .stateSupport(new StateSupport("Région Bourgogne-Franche-Comté", 2016, new BigDecimal("25000.50")))
                .build();
    }

    /** Regenerates the canonical file: {@code args[0]} is the path of coursive-boutaric.json. */
    public static void main(String[] args) {
        PoleWriter.create().write(pole(), java.nio.file.Path.of(args[0]));
    }
}
