package fr.ptce.examples.cli;

import static fr.ptce.examples.cli.Cli.arg;
import static fr.ptce.examples.cli.Cli.pole;
import static fr.ptce.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ptce validate --format html} end to end; the renderer itself (escaping of every input value included) is
 * specified in ptce-report ({@code fr.ptce.report.HtmlRendererTest}).
 */
class HtmlFormatTest {
    @TempDir
    Path tmp;

    @Test
    void htmlReportOfABundledPoleIsOneSelfContainedPage() {
        Cli.Run r = run("validate", "--format", "html", arg(pole("organic-vallee")));
        String html = r.out();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">").endsWith("</html>\n");
        assertThat(html).contains("Organic&#39;Vallée", "Conforme", "Non conforme", "Synthèse");
        // The members table and the failed rules give what the check derived of each member (the report's members).
        assertThat(html).contains("<th>Statut ESS (art. 1)</th>", "ESS par sa forme juridique",
                "forme juridique hors de la liste de l&#39;ESS", "entité juridique du pôle");
        // Rules table: outcome, severity, message, evidence, source link.
        assertThat(html).contains("<th>Règle</th><th>Résultat</th><th>Gravité</th><th>Explication</th><th>Éléments</th><th>Source</th>")
                .contains("CH-ESS-LED-GOVERNANCE", "Non respectée", "href=\"https://www.legifrance.gouv.fr/");
        // Charts as inline SVG: votes per body, families, anchoring.
        assertThat(count(html, "<svg ")).isEqualTo(3);
        assertThat(html).contains("Votes des entreprises de l&#39;ESS par instance de décision", "25\u00a0%",
                "Membres et partenaires actifs par famille d&#39;acteurs", "Membres personnes morales situés sur le territoire",
                "seuil 50\u00a0%", "seuil 75\u00a0%");
        // Nothing fetched: no script, no external stylesheet, font or image.
        assertThat(html).doesNotContain("<script", "<link", "@import", "url(", "<img", "<iframe", " src=");
        assertThat(html).contains("Content-Security-Policy");
    }

    @Test
    void htmlDrawsTheThresholdsInForceNotTheCatalogueDefaults() {
        Cli.Run r = run("validate", "--format", "html", "--param", "essVoteShareMin=0.2", arg(pole("organic-vallee")));

        assertThat(r.out()).contains("seuil 20\u00a0%").doesNotContain("seuil 50\u00a0%");
    }

    @Test
    void htmlInEnglish() {
        Cli.Run r = run("validate", "--format", "html", "--lang", "en", arg(pole("phares")));
        assertThat(r.out()).contains("<html lang=\"en\">", "PTCE compliance report", "Compliant with warnings", "Summary");
    }

    @Test
    void severalFilesAndReferentialsGoInOnePageWithTheInvalidOnesShown() {
        Path bad = Cli.write(tmp.resolve("bad <x>.json"), "{\"formatVersion\": 1, \"id\": \"x\"}");
        Cli.Run r = run("validate", "--format", "html", arg(pole("phares")), arg(pole("figeacteurs")), arg(bad));
        String html = r.out();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(count(html, "<!DOCTYPE html>")).isEqualTo(1);
        assertThat(count(html, "<section class=\"card pole\">")).isEqualTo(2);
        assertThat(count(html, "<div class=\"banner ")).isEqualTo(7);
        assertThat(html).contains("Fichier invalide", "bad &lt;x&gt;.json", "<td>$.name</td>");
        assertThat(count(html, "<span class=\"pill ")).isEqualTo(7);
    }

    private static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
