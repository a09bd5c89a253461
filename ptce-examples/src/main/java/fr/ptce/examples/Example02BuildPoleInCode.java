package fr.ptce.examples;

import fr.ptce.model.CooperationType;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Statute;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
import java.time.LocalDate;
import java.util.List;

/**
 * Example 2: build a pole in code with the builders, check it against the legal definition (loi n° 2014-856
 * art. 9) in English, and print it as format-v1 JSON.
 *
 * <p>The pole is fictional (no SIREN): a SCIC and an association in Figeac (46102), a local SARL, the
 * communauté de communes and a training centre, sharing a workshop and running a socially innovative project.
 */
public final class Example02BuildPoleInCode {
    private Example02BuildPoleInCode() {
    }

    /** The example pole. */
    public static Pole pole() {
        return Pole.builder("atelier-partage", "Atelier partagé du Grand-Figeac")
                .legalCategory("9220")
                .carrier("asso-atelier")
                .foundedOn(LocalDate.of(2019, 3, 1))
                .territoryOfCommunes("46102")
                .sustainableLocalDevelopment(true)
                .member(Member.builder("asso-atelier", "Association L'Atelier").legalCategory("9220").commune("46102"))
                .member(Member.builder("scic-bois", "SCIC Bois local").legalCategory("5710").statute(Statute.SCIC)
                        .commune("46102"))
                .member(Member.builder("menuiserie", "Menuiserie du Célé SARL").legalCategory("5499").commune("46102"))
                .member(Member.builder("cc-grand-figeac", "Communauté de communes du Grand-Figeac").legalCategory("7346")
                        .commune("46102").partner())
                .member(Member.builder("greta", "GRETA (formation)").legalCategory("7331").commune("46102"))
                .animator("asso-atelier")
                .decisionBody("Conseil d'administration", "asso-atelier", "scic-bois", "menuiserie")
                .cooperation("atelier", CooperationType.EQUIPMENT, "asso-atelier", "scic-bois", "menuiserie")
                .project("formation-bois", List.of(Innovation.SOCIAL), "asso-atelier", "greta", "scic-bois")
                .build();
    }

    /** Checks the example pole against the legal definition, as of 31 December 2024, in English. */
    public static ComplianceReport check() {
        CheckOptions options = CheckOptions.builder().asOf(LocalDate.of(2024, 12, 31)).language(Language.EN).build();
        return ComplianceChecker.create().check(pole(), Referential.LOI_2014_856_ART9, options);
    }

    public static void main(String[] args) {
        ComplianceReport report = check();
        System.out.println(report.pole() + " / " + report.referential() + " as of " + report.asOf() + ": " + report.verdict());
        for (RuleResult r : report.results()) {
            System.out.println("  " + r.outcome() + " " + r.ruleId() + ": " + r.message());
        }
        System.out.println();
        System.out.print(PoleWriter.create().write(pole()));
    }
}
