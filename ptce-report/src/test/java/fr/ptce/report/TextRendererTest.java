package fr.ptce.report;

import static fr.ptce.report.Rendering.check;
import static fr.ptce.report.Rendering.dominated;
import static fr.ptce.report.Rendering.render;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static final Path FILE = Path.of("poles", "petit-atelier.json");

    @Test
    void theVerdictComesFirstThenEachFailedRuleWithRemedyMembersAndSourceThenTheRestThenTheFigures() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.FR, Referential.CHARTE_LABO_ESS);

        String text = render(ReportFormat.TEXT, Language.FR, 1, r -> r.report(FILE, pole, reports));

        assertThat(text.lines().toList()).startsWith("NON CONFORME — Petit atelier (petit-atelier)",
                "  Charte des PTCE du Labo de l'ESS [CHARTE-LABO-ESS], au 2026-11-26 — " + FILE);
        assertThat(text).containsSubsequence("Règles non respectées (3) :",
                "  ✗ [Erreur] CH-ESS-LED-GOVERNANCE — Gouvernance majoritairement ESS",
                "    À faire : Ajouter 2 voix ESS",
                "    Concernés : atelier\n      L'Atelier (atelier) : ESS par sa forme juridique",
                "    Source : Labo de l'ESS",
                "Respectées (", "Sans objet (", "Chiffres :\n  membres actifs\u00a0: 2");
        assertThat(text).contains("      Imprimerie Dupont (imprimerie) : société commerciale sans statuts ESS",
                "  part des votes ESS par instance\u00a0: Conseil\u00a0: 25\u00a0%");
    }

    @Test
    void everyRuleOfTheReportIsNamed() {
        Pole pole = dominated();
        ComplianceReport report = check(pole, Language.FR, Referential.LOI_2014_856_ART9).get(0);

        String text = render(ReportFormat.TEXT, Language.FR, 1, r -> r.report(FILE, pole, List.of(report)));

        assertThat(report.results()).allSatisfy(result -> assertThat(text).contains(result.ruleId()));
    }

    @Test
    void inEnglish() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.EN, Referential.CHARTE_LABO_ESS);

        String text = render(ReportFormat.TEXT, Language.EN, 1, r -> r.report(FILE, pole, reports));

        assertThat(text).startsWith("NON-COMPLIANT — Petit atelier (petit-atelier)\n")
                .contains("as of 2026-11-26", "Failed rules (3):", "  ✗ [Error] CH-ESS-LED-GOVERNANCE — ", "    To do: ",
                        "    Concerns: atelier", "Passed (", "Figures:", "  active members: 2");
    }

    @Test
    void reportsAreSeparatedByALineAndInvalidFilesWriteNothing() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.FR);

        String text = render(ReportFormat.TEXT, Language.FR, 6, r -> {
            r.report(FILE, pole, reports);
            r.invalid(Path.of("bad.json"), List.of(Problem.at("$.id", "must be a slug")));
        });

        assertThat(text.lines().filter(line -> line.equals("-".repeat(72)))).hasSize(2);
        assertThat(text).doesNotContain("bad.json", "must be a slug");
    }
}
