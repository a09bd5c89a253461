package fr.ptce.report;

import static fr.ptce.report.Rendering.check;
import static fr.ptce.report.Rendering.dominated;
import static fr.ptce.report.Rendering.hostile;
import static fr.ptce.report.Rendering.render;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    @Test
    void everyValueFromTheInputIsEscaped() {
        Pole pole = hostile();
        String html = render(ReportFormat.HTML, Language.FR, 3, r -> r.report(Path.of("hostile.json"), pole, check(pole, Language.FR)));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Ville &lt;img src=x onerror=alert(2)&gt;")
                .contains("&lt;img src=x onerror=alert(3)&gt;")
                .contains("SARL &quot;&lt;/td&gt;&lt;td&gt;&quot;")
                .contains("Pôle &quot;&lt;b&gt;gras&lt;/b&gt;&quot; &amp; &#39;cie&#39;");
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<b>gras", "alert(1)</script>", "</td><td>\"");
        // The page is still well formed: as many rows opened as closed.
        assertThat(count(html, "<tr")).isEqualTo(count(html, "</tr>"));
        assertThat(count(html, "<td")).isEqualTo(count(html, "</td>"));
    }

    @Test
    void onePageHoldsEveryFileWithASummaryRowPerReportAndTheInvalidFilesShown() {
        Pole first = dominated();
        Pole second = hostile();
        String html = render(ReportFormat.HTML, Language.FR, 6, r -> {
            r.report(Path.of("a.json"), first, check(first, Language.FR));
            r.invalid(Path.of("bad <x>.json"), List.of(Problem.at("$.name", "required field missing")));
            r.report(Path.of("c.json"), second, check(second, Language.FR, Referential.LOI_2014_856_ART9));
        });

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").endsWith("</html>\n");
        assertThat(count(html, "<!DOCTYPE html>")).isEqualTo(1);
        assertThat(count(html, "<section class=\"card pole\">")).isEqualTo(2);
        assertThat(count(html, "<div class=\"banner ")).isEqualTo(5);
        assertThat(count(html, "<span class=\"pill ")).as("the summary: one row per report and per invalid file").isEqualTo(5);
        assertThat(html).contains("Synthèse", "Fichier invalide", "bad &lt;x&gt;.json", "<td>$.name</td>",
                "required field missing");
        // The summary is written last and shown first (CSS order).
        assertThat(html.indexOf("<section class=\"card summary\">")).isGreaterThan(html.indexOf("c.json"));
        assertThat(html).contains(".summary { order: -1; }");
    }

    @Test
    void failedRulesComeFirstWithTheirRemedyAndTheDerivedFactsOfTheMembersTheyNameByName() {
        Pole pole = dominated();
        String html = render(ReportFormat.HTML, Language.FR, 1,
                r -> r.report(Path.of("a.json"), pole, check(pole, Language.FR, Referential.CHARTE_LABO_ESS)));

        assertThat(html).contains("<th>Règle</th><th>Résultat</th><th>Gravité</th><th>Explication</th><th>Éléments</th><th>Source</th>",
                "<th>Statut ESS (art. 1)</th>", "<div class=\"remedy\"><b>À faire :</b> Ajouter 2 voix ESS",
                "<div class=\"member-facts\"><span class=\"name\" title=\"atelier\">L&#39;Atelier</span>\u00a0: ESS par sa "
                        + "forme juridique",
                "href=\"https://lelabo-ess.org/");
        assertThat(html.indexOf("<tr class=\"FAILED\">")).isLessThan(html.indexOf("<tr class=\"PASSED\">"));
        assertThat(html.lastIndexOf("<tr class=\"FAILED\">")).isLessThan(html.indexOf("<tr class=\"PASSED\">"));
    }

    @Test
    void theFamiliesChartSaysHowManyFamiliesTheMultiActorRuleCountsAndWhichEntriesItDoesNotCount() {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.FR, Referential.CHARTE_LABO_ESS);
        String multiActor = reports.get(0).result("CH-MULTI-ACTOR").orElseThrow().message();
        String html = render(ReportFormat.HTML, Language.FR, 1, r -> r.report(Path.of("a.json"), pole, reports));

        long covered = reports.get(0).members().stream().filter(m -> m.active() && m.constituent())
                .flatMap(m -> m.families().stream()).distinct().count();
        assertThat(html).contains("familles représentées : " + covered + " (il en faut 3)",
                "Sans famille d&#39;acteurs (non comptés)");
        assertThat(multiActor).contains(String.valueOf(covered));
    }

    @Test
    void aPassedRuleShowsNoSeverityAndDataRulesAreTitledAsRequirements() {
        Pole pole = dominated();
        String html = render(ReportFormat.HTML, Language.FR, 1,
                r -> r.report(Path.of("a.json"), pole, check(pole, Language.FR, Referential.CHARTE_LABO_ESS)));

        assertThat(html).contains("<tr class=\"PASSED\"><td>Statut ESS établi pour chaque entrée<span class=\"rule-id\">"
                + "DATA-ESS-STATUS-UNKNOWN</span></td><td class=\"outcome-PASSED\">Respectée</td><td></td>");
        assertThat(html).doesNotContain("Statut ESS indéterminé", "Respectée</td><td>Erreur");
    }

    @Test
    void narrowScreensGetStackedRuleRowsAndPaperGetsItsOwnStyles() {
        String html = render(ReportFormat.HTML, Language.FR, 1,
                r -> r.report(Path.of("a.json"), dominated(), check(dominated(), Language.FR, Referential.CHARTE_LABO_ESS)));

        assertThat(html).contains("@media (max-width: 720px)", "table.stack thead { display: none; }", "@media print",
                "@page", "<div class=\"table-wrap\"><table class=\"rules stack\">");
    }

    @Test
    void thePageIsSelfContainedWithItsChartsInlineAndInTheLanguageAsked() {
        Pole pole = dominated();
        String html = render(ReportFormat.HTML, Language.EN, 3, r -> r.report(Path.of("a.json"), pole, check(pole, Language.EN)));

        assertThat(html).contains("<html lang=\"en\">", "<title>PTCE compliance report</title>", "Summary", "Non-compliant");
        assertThat(count(html, "<svg ")).isEqualTo(3);
        assertThat(html).contains("threshold 50%", "threshold 75%", "25%");
        assertThat(html).contains("Content-Security-Policy").doesNotContain("<script", "<link", "@import", "url(", " src=");
    }

    static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
