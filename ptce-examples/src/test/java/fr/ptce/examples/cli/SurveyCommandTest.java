package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.report.PoleSurvey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ptce survey}: the formats, broken files, exit codes. */
class SurveyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode json(Cli.Run run) throws Exception {
        return JSON.readTree(run.out());
    }

    @Test
    void jsonIsOneObjectWithTheDocumentedFields() throws Exception {
        Cli.Run run = Cli.run("survey", "--as-of", "2026-11-26", "--format", "json", Cli.arg(Cli.POLES));

        assertThat(run.exit()).isZero();
        JsonNode survey = json(run);
        assertThat(survey.get("asOf").asText()).isEqualTo("2026-11-26");
        assertThat(survey.get("poles").asLong()).isEqualTo(7);
        assertThat(survey.get("brokenFiles")).isEmpty();
        assertThat(survey.get("verdicts").get("DECRET-2015-431-ART3").get("NON_COMPLIANT").asLong()).isEqualTo(6);
        JsonNode first = survey.get("indicators").get(0);
        assertThat(first.get("id").asText()).isEqualTo("compliant-loi-2014-856-art9");
        assertThat(first.get("label").asText()).isNotBlank();
        assertThat(first.get("numerator").asLong()).isEqualTo(6);
        assertThat(first.get("denominator").asLong()).isEqualTo(7);
        assertThat(first.get("share").asDouble()).isEqualTo(0.8571);
    }

    @Test
    void jsonListsEveryIndicatorIdInTheDocumentedOrder() throws Exception {
        JsonNode survey = json(Cli.run("survey", "--as-of", "2026-11-26", "--format", "json", Cli.arg(Cli.POLES)));

        List<String> ids = new ArrayList<>();
        survey.get("indicators").forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).isEqualTo(PoleSurvey.INDICATOR_IDS);
    }

    @Test
    void aShareOfNothingCountedIsNull() throws Exception {
        Cli.copyPole("figeacteurs", tmp.resolve("only/figeacteurs.json"));

        JsonNode survey = json(Cli.run("survey", "--as-of", "2026-11-26", "--format", "json", Cli.arg(tmp.resolve("only"))));

        JsonNode headcount = null;
        for (JsonNode i : survey.get("indicators")) {
            if (i.get("id").asText().equals("members-under-10-employees")) {
                headcount = i;
            }
        }
        assertThat(headcount).isNotNull();
        assertThat(headcount.get("denominator").asLong()).isZero();
        assertThat(headcount.get("share").isNull()).isTrue();
    }

    @Test
    void aBrokenFileIsReportedListedAndCountedAndTheOthersAreStillSurveyed() throws Exception {
        Cli.copyPole("phares", tmp.resolve("set/phares.json"));
        Cli.copyPole("bio-pour-tous", tmp.resolve("set/bio-pour-tous.json"));
        Path broken = Cli.write(tmp.resolve("set/broken.json"), "{ \"formatVersion\": 1, \"id\": \"x\", ");

        Cli.Run run = Cli.run("survey", "--as-of", "2026-11-26", "--format", "json", Cli.arg(tmp.resolve("set")));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(run.err()).contains(broken.toString());
        JsonNode survey = json(run);
        assertThat(survey.get("poles").asLong()).isEqualTo(2);
        assertThat(survey.get("brokenFiles")).hasSize(1);
        assertThat(survey.get("brokenFiles").get(0).asText()).isEqualTo(broken.toString());
    }

    @Test
    void aFolderWithoutPoleFilesIsBrokenInputToo() throws Exception {
        Cli.write(tmp.resolve("empty/notes.txt"), "nothing here");

        Cli.Run run = Cli.run("survey", "--format", "json", Cli.arg(tmp.resolve("empty")));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(json(run).get("brokenFiles").get(0).asText()).isEqualTo(tmp.resolve("empty").toString());
    }

    @Test
    void csvHasAHeaderAndOneRowPerIndicator() {
        Cli.Run run = Cli.run("survey", "--as-of", "2026-11-26", "--format", "csv", "--lang", "en", Cli.arg(Cli.POLES));

        String[] lines = run.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,label,numerator,denominator,share");
        assertThat(lines).hasSize(1 + PoleSurvey.INDICATOR_IDS.size());
        assertThat(lines).contains("members-associations,Associations,41,83,0.4940");
    }

    @Test
    void htmlIsOneSelfContainedPageWithCharts() {
        Cli.Run run = Cli.run("survey", "--as-of", "2026-11-26", "--format", "html", Cli.arg(Cli.POLES));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .contains("<svg").contains("<rect")
                .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("url(")
                .doesNotContain("@import");
    }

    @Test
    void textNamesEachIndicatorWithItsId() {
        Cli.Run run = Cli.run("survey", "--as-of", "2026-11-26", "--lang", "en", Cli.arg(Cli.POLES));

        assertThat(run.out()).contains("Knowledge sharing").contains("[cooperation-knowledge]")
                .contains("5 of 7");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run run = Cli.run("survey", "--format", "sarif", Cli.arg(Cli.POLES));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(run.err()).contains("sarif");
    }
}
