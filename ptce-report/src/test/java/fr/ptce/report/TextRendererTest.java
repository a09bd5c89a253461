package fr.ptce.report;

import static fr.ptce.report.Rendering.CHECKER;
import static fr.ptce.report.Rendering.check;
import static fr.ptce.report.Rendering.dominated;
import static fr.ptce.report.Rendering.render;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static final Path FILE = Path.of("poles", "petit-atelier.json");

    @Test
    void thePoleComesFirstThenOneVerdictLinePerReferentialThenEachFailedRuleThenTheFigures() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.FR, Referential.CHARTE_LABO_ESS);

        String text = render(ReportFormat.TEXT, Language.FR, 1, r -> r.report(FILE, pole, reports));

        assertThat(text.lines().toList()).startsWith("Petit atelier — " + FILE + " — au 26 novembre 2026",
                "  ✗ Charte du Labo de l'ESS\u00a0: NON CONFORME — 10 règles respectées, 3 non respectées, 1 sans objet");
        assertThat(text).containsSubsequence(
                "✗ Erreur\u00a0: Gouvernance majoritairement ESS [CH-ESS-LED-GOVERNANCE]",
                "    Concernés : L'Atelier",
                "    À faire : Ajouter 2 voix ESS",
                "Chiffres :\n  membres actifs\u00a0: 2");
        assertThat(text).contains("part des votes ESS (instance la plus faible)\u00a0: 25\u00a0%")
                .doesNotContain("Source :", "part des votes ESS par instance");
    }

    @Test
    void passedAndNotApplicableRulesAreCountedAndListedOnlyWhenVerbose() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.FR, Referential.LOI_2014_856_ART9);
        List<String> passed = reports.get(0).results().stream().filter(r -> r.outcome() == Outcome.PASSED)
                .map(RuleResult::ruleId).toList();

        String brief = render(ReportFormat.TEXT, Language.FR, 1, r -> r.report(FILE, pole, reports));
        String verbose = render(ReportFormat.TEXT, new ReportFormat.Context(Language.FR, CHECKER.catalogue(), 1, true),
                r -> r.report(FILE, pole, reports));

        assertThat(passed).isNotEmpty().allSatisfy(id -> assertThat(brief).doesNotContain("[" + id + "]"));
        assertThat(passed).allSatisfy(id -> assertThat(verbose).contains("  ✓ ", "[" + id + "]"));
        assertThat(verbose).contains("Règles respectées — Loi 2014-856, art. 9 :");
        List<ComplianceReport> charter = check(pole, Language.FR, Referential.CHARTE_LABO_ESS);
        assertThat(render(ReportFormat.TEXT, new ReportFormat.Context(Language.FR, CHECKER.catalogue(), 1, true),
                r -> r.report(FILE, pole, charter)))
                .contains("      Imprimerie Dupont (imprimerie) : société commerciale sans statuts ESS");
        assertThat(render(ReportFormat.TEXT, Language.FR, 1, r -> r.report(FILE, pole, charter)))
                .doesNotContain("Imprimerie Dupont (imprimerie)");
        assertThat(verbose).contains("part des votes ESS par instance\u00a0: Conseil\u00a0: 25\u00a0%");
        assertThat(render(ReportFormat.TEXT, new ReportFormat.Context(Language.FR, CHECKER.catalogue(), 1, true),
                r -> r.report(FILE, pole, charter))).contains("    Source : Labo de l'ESS");
    }

    @Test
    void aDataRuleFailedInEveryReferentialIsToldOnceAndTheFiguresOnce() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.FR);

        String text = render(ReportFormat.TEXT, Language.FR, 3, r -> r.report(FILE, pole, reports));

        assertThat(text.lines().filter(l -> l.startsWith("  ") && l.contains(" — ") && l.contains("respectée")))
                .hasSize(3);
        assertThat(text.lines().filter(l -> l.equals("Chiffres :"))).hasSize(1);
        for (String id : List.of("CH-ESS-LED-GOVERNANCE", "CH-MULTI-ACTOR")) {
            assertThat(text.lines().filter(l -> l.contains("[" + id + "]"))).as(id).hasSize(1);
        }
        assertThat(text).doesNotContain("(s)", "Respectées (");
    }

    @Test
    void inEnglish() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.EN, Referential.CHARTE_LABO_ESS);

        String text = render(ReportFormat.TEXT, Language.EN, 1, r -> r.report(FILE, pole, reports));

        assertThat(text).startsWith("Petit atelier — " + FILE + " — as of 26 November 2026\n")
                .contains("  ✗ Labo de l'ESS charter: NON-COMPLIANT — 10 rules passed, 3 failed, 1 not applicable",
                        "✗ Error: ESS-led governance [CH-ESS-LED-GOVERNANCE]", "    To do: ",
                        "    Concerns: L'Atelier", "Figures:", "  active members: 2");
    }

    @Test
    void polesAreSeparatedByALineAndSeveralFilesEndWithASummaryTable() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.FR);

        String text = render(ReportFormat.TEXT, Language.FR, 6, r -> {
            r.report(FILE, pole, reports);
            r.invalid(Path.of("bad.json"), List.of(Problem.at("$.id", "must be a slug")));
            r.report(Path.of("other.json"), pole, reports);
        });

        assertThat(text.lines().filter(line -> line.equals("-".repeat(72)))).hasSize(1);
        assertThat(text).doesNotContain("must be a slug");
        assertThat(text).containsSubsequence("Synthèse des 3 fichiers :",
                "Fichier", "Loi 2014-856, art. 9", "Décret 2015-431, art. 3", "Charte du Labo de l'ESS",
                FILE.toString(), "Non conforme", "bad.json", "fichier invalide", "other.json");
    }

    @Test
    void oneFileHasNoSummaryTable() {
        Pole pole = dominated();
        String text = render(ReportFormat.TEXT, Language.FR, 3, r -> r.report(FILE, pole, check(pole, Language.FR)));

        assertThat(text).doesNotContain("Synthèse");
    }
}
