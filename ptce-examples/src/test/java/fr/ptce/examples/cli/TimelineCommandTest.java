package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ptce timeline}: periods of equal results, in every format, with its exit codes and its input errors. */
class TimelineCommandTest {
    private static final String ORGANIC = Cli.arg(Cli.pole("organic-vallee"));

    @TempDir
    Path tmp;

    @Test
    void organicValleesDecretPeriodChangesWhenItsStateSupportIsDecided() throws Exception {
        Cli.Run run = Cli.run("timeline", "--referential", "DECRET-2015-431-ART3", "--to", "2026-11-26",
                "--format", "json", ORGANIC);

        assertThat(run.exit()).as(run.err()).isEqualTo(PtceCommand.NON_COMPLIANT);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root).hasSize(1);
        assertThat(root.get(0).get("pole").asText()).isEqualTo("organic-vallee");
        assertThat(root.get(0).get("referential").asText()).isEqualTo("DECRET-2015-431-ART3");
        JsonNode periods = root.get(0).get("periods");
        assertThat(periods.get(0).get("from").asText()).isEqualTo("2015-06-01");
        assertThat(periods.get(0).get("to").asText()).isEqualTo("2016-01-13");
        assertThat(periods.get(0).get("failedRules").toString()).doesNotContain("D3-NO-PRIOR-STATE-SUPPORT");
        assertThat(periods.get(1).get("from").asText()).isEqualTo("2016-01-14");
        assertThat(periods.get(1).get("verdict").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(periods.get(1).get("failedRules").toString()).contains("D3-NO-PRIOR-STATE-SUPPORT");
    }

    @Test
    void textSaysWhatChangedInFrenchByDefault() {
        Cli.Run run = Cli.run("timeline", "--referential", "DECRET-2015-431-ART3", "--to", "2026-11-26", ORGANIC);

        assertThat(run.out()).contains("Organic'Vallée (organic-vallee)")
                .contains("  depuis le 2016-01-14\u00a0: non conforme, désormais non respectée\u00a0: ")
                .contains("(D3-NO-PRIOR-STATE-SUPPORT)").contains("soutien public décidé\u00a0: AAP-PTCE-2015");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void textInEnglish() {
        Cli.Run run = Cli.run("timeline", "--referential", "DECRET-2015-431-ART3", "--to", "2026-11-26", "--lang",
                "en", ORGANIC);

        assertThat(run.out()).contains("  since 2016-01-14: non-compliant, now failing: ")
                .contains("public support decided: AAP-PTCE-2015");
    }

    @Test
    void everyReferentialByDefaultAndTheTextsEntryIntoForceBeforeTheFoundationIsNoPeriod() throws Exception {
        Cli.Run run = Cli.run("timeline", "--format", "json", "--to", "2026-11-26", ORGANIC);

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root).extracting(n -> n.get("referential").asText())
                .containsExactly("LOI-2014-856-ART9", "DECRET-2015-431-ART3", "CHARTE-LABO-ESS");
        assertThat(root.toString()).doesNotContain("NOT_IN_FORCE");
    }

    @Test
    void startingBeforeTheDecretShowsItNotInForceUntil2015_04_18() throws Exception {
        Cli.Run run = Cli.run("timeline", "--referential", "DECRET-2015-431-ART3", "--from", "2015-01-01", "--to",
                "2015-12-31", "--format", "json", ORGANIC);

        JsonNode periods = new ObjectMapper().readTree(run.out()).get(0).get("periods");
        assertThat(periods.get(0).get("verdict").asText()).isEqualTo("NOT_IN_FORCE");
        assertThat(periods.get(0).get("to").asText()).isEqualTo("2015-04-17");
        assertThat(periods.get(1).get("from").asText()).isEqualTo("2015-04-18");
        assertThat(periods.get(periods.size() - 1).get("to").asText()).as("a later change is known")
                .isEqualTo("2015-12-31");
        assertThat(run.exit()).as("compliant on 2015-12-31, before the support").isEqualTo(PtceCommand.OK);
    }

    @Test
    void htmlIsASelfContainedPage() {
        Cli.Run run = Cli.run("timeline", "--format", "html", "--to", "2026-11-26", ORGANIC);

        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
                .doesNotContainIgnoringCase("<script").contains("<svg");
    }

    @Test
    void anInvalidFileExitsWith2AndPositionedProblems() {
        Path bad = Cli.write(tmp.resolve("bad.json"), """
                {
                  "formatVersion": 1,
                  "id": "bad",
                  "name": "Bad",
                  "members": [ { "id": "a", "name": "A", "legalCategory": "9999", "joinedOn": "2020-02-30" } ]
                }
                """);

        Cli.Run run = Cli.run("timeline", Cli.arg(bad));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("$.members[0].legalCategory").contains("$.members[0].joinedOn")
                .containsPattern(":5:\\d+:");
    }

    @Test
    void aMissingFileExitsWith2() {
        Cli.Run run = Cli.run("timeline", Cli.arg(tmp.resolve("absent.json")));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(run.err()).contains("absent.json");
    }

    @Test
    void aWindowEndingBeforeItStartsExitsWith2() {
        Cli.Run run = Cli.run("timeline", "--from", "2020-01-01", "--to", "2019-01-01", ORGANIC);

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(run.err()).contains("2020-01-01").contains("2019-01-01");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Cli.run("timeline", "--from", "2020-13-01", ORGANIC).exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(Cli.run("timeline", "--format", "sarif", ORGANIC).exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(Cli.run("timeline", "--referential", "NOPE", ORGANIC).exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(Cli.run("timeline").exit()).isEqualTo(PtceCommand.INVALID);
    }
}
