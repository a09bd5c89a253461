package fr.ptce.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.model.Pole;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Timeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline renderers: text lines that say what changed, the JSON shape, a self-contained HTML page. */
class TimelineFormatTest {
    /** A pole whose only non-ESS enterprise (with a name that tries to inject markup) leaves on 2021-06-30. */
    private static final String LEAVING = """
            {
              "formatVersion": 1,
              "id": "atelier-quartier",
              "name": "Atelier du quartier",
              "legalCategory": "9220",
              "foundedOn": "2019-01-01",
              "territory": { "communes": ["21231"] },
              "aims": { "sustainableLocalDevelopment": true },
              "members": [
                { "id": "atelier", "name": "L'Atelier", "legalCategory": "9220", "commune": "21231", "joinedOn": "2019-01-01" },
                { "id": "asso", "name": "Asso des voisins", "legalCategory": "9220", "commune": "21231", "joinedOn": "2019-01-01" },
                { "id": "imprimerie", "name": "Imprimerie <b>Dupont</b>", "legalCategory": "5499", "commune": "21231",
                  "joinedOn": "2019-01-01", "leftOn": "2021-06-30" },
                { "id": "ville", "name": "Ville de Dijon", "legalCategory": "7210", "commune": "21231" }
              ],
              "governance": { "animator": "atelier", "bodies": [
                { "name": "Conseil", "decisionMaking": true,
                  "seats": [ { "member": "atelier" }, { "member": "asso" }, { "member": "imprimerie" } ] } ] },
              "cooperations": [ { "id": "locaux", "type": "PREMISES", "members": ["atelier", "asso", "imprimerie"] } ],
              "projects": [ { "id": "p1", "innovation": ["SOCIAL"], "members": ["atelier"] } ]
            }
            """;
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    private static Pole pole() {
        return Rendering.READER.read(LEAVING);
    }

    private static List<Timeline> timelines(Referential... referentials) {
        return Rendering.CHECKER.timeline(pole(), null, END, referentials);
    }

    private static String render(TimelineFormat format, Language language, List<Timeline> timelines) {
        StringWriter s = new StringWriter();
        format.render(new PrintWriter(s), new TimelineFormat.Context(language, Rendering.CHECKER.catalogue()), pole(),
                timelines);
        return s.toString();
    }

    @Test
    void jsonIsAnArrayOfOneObjectPerReferentialWithItsPeriods() throws Exception {
        List<Timeline> timelines = timelines();

        JsonNode root = new ObjectMapper().readTree(render(TimelineFormat.JSON, Language.FR, timelines));

        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(3);
        JsonNode decret = root.get(1);
        assertThat(fieldNames(decret)).containsExactly("pole", "referential", "periods");
        assertThat(decret.get("pole").asText()).isEqualTo("atelier-quartier");
        assertThat(decret.get("referential").asText()).isEqualTo("DECRET-2015-431-ART3");
        JsonNode periods = decret.get("periods");
        assertThat(periods).hasSize(timelines.get(1).periods().size());
        for (JsonNode p : periods) {
            assertThat(fieldNames(p)).containsExactly("from", "to", "verdict", "failedRules");
            assertThat(p.get("failedRules").isArray()).isTrue();
        }
        assertThat(periods.get(0).get("from").asText()).isEqualTo("2019-01-01");
        assertThat(periods.get(0).get("to").asText()).isEqualTo("2021-06-29");
        JsonNode last = periods.get(periods.size() - 1);
        assertThat(last.get("from").asText()).isEqualTo("2021-06-30");
        assertThat(last.get("to").isNull()).isTrue();
        assertThat(last.get("verdict").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(last.get("failedRules").toString()).contains("D3-NON-ESS-ENTERPRISE");
    }

    @Test
    void textSaysFromWhenWhatChangedInFrench() {
        String text = render(TimelineFormat.TEXT, Language.FR, timelines(Referential.DECRET_2015_431_ART3));

        assertThat(text).contains("Atelier du quartier (atelier-quartier)")
                .contains("du 2019-01-01 au 2024-12-31")
                .contains("  depuis le 2019-01-01\u00a0: conforme, arrivée de L'Atelier")
                .contains("  depuis le 2021-06-30\u00a0: non conforme, désormais non respectée\u00a0: ")
                .contains("(D3-NON-ESS-ENTERPRISE)")
                .contains("départ de Imprimerie <b>Dupont</b>");
        assertThat(text.lines().filter(l -> l.startsWith("  "))).hasSize(2);
    }

    @Test
    void textSaysFromWhenWhatChangedInEnglish() {
        String text = render(TimelineFormat.TEXT, Language.EN, timelines(Referential.DECRET_2015_431_ART3));

        assertThat(text).contains("  since 2021-06-30: non-compliant, now failing: ")
                .contains("Imprimerie <b>Dupont</b> left");
    }

    @Test
    void htmlIsOneSelfContainedPageWithAStripPerReferentialColouredByVerdict() {
        String html = render(TimelineFormat.HTML, Language.FR, timelines());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
                .contains("default-src 'none'").doesNotContainIgnoringCase("<script")
                .doesNotContain("http-equiv=\"refresh\"").doesNotContain("<link");
        assertThat(count(html, "<svg")).isEqualTo(3);
        assertThat(html).contains("<rect class=\"COMPLIANT\"").contains("<rect class=\"NON_COMPLIANT\"");
        assertThat(html).doesNotContain("<b>Dupont</b>").contains("Imprimerie &lt;b&gt;Dupont&lt;/b&gt;");
        assertThat(html).contains("départ de Imprimerie &lt;b&gt;Dupont&lt;/b&gt;");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
