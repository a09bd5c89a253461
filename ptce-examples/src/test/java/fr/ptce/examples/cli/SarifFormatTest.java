package fr.ptce.examples.cli;

import static fr.ptce.examples.cli.Cli.arg;
import static fr.ptce.examples.cli.Cli.pole;
import static fr.ptce.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.ReportJson;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LEVELS = Map.of("ERROR", "error", "WARNING", "warning", "INFO", "note");

    @TempDir
    Path tmp;

    @Test
    void eachResultIsLocatedOnTheElementItConcerns() throws Exception {
        JsonNode log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run("validate", "--format", "sarif",
                "--referential", "CHARTE-LABO-ESS", "--as-of", "2026-11-26", arg(pole("coursive-boutaric"))).out());
        java.util.Map<String, JsonNode> regions = new java.util.HashMap<>();
        for (JsonNode result : log.path("runs").get(0).path("results")) {
            regions.put(result.path("ruleId").asText(), result.path("locations").get(0).path("physicalLocation")
                    .path("region"));
        }
        List<String> lines = java.nio.file.Files.readAllLines(pole("coursive-boutaric"));
        // CH-MULTI-ACTOR names the ESS members first: its region is the first such member entry, an object.
        JsonNode multi = regions.get("CH-MULTI-ACTOR");
        assertThat(lines.get(multi.path("startLine").asInt() - 1).charAt(multi.path("startColumn").asInt() - 1))
                .isEqualTo('{');
        assertThat(lines.get(multi.path("endLine").asInt() - 1).charAt(multi.path("endColumn").asInt() - 2))
                .isEqualTo('}');
        assertThat(String.join("\n", lines.subList(multi.path("startLine").asInt() - 1, multi.path("endLine").asInt())))
                .contains("\"id\": \"asso-02\"");
        // A governance rule points at the decision-making body; a rule about the whole pole at the whole document.
        assertThat(String.join("\n", lines.subList(regions.get("CH-ESS-LED-GOVERNANCE").path("startLine").asInt() - 1,
                regions.get("CH-ESS-LED-GOVERNANCE").path("endLine").asInt()))).contains("\"decisionMaking\": true");
        assertThat(regions.get("CH-TERRITORY-SCALE").path("startLine").asInt()).isEqualTo(1);
        assertThat(regions.get("CH-TERRITORY-SCALE").path("endLine").asInt()).isEqualTo(lines.size());
    }

    @Test
    void sarifLogHasTheRequiredFieldsAndOneResultPerRuleAndReport() throws Exception {
        Cli.Run r = run("validate", "--format", "sarif", "--as-of", "2025-12-31", arg(pole("organic-vallee")),
                arg(pole("figeacteurs")));
        assertThat(r.exit()).isEqualTo(1);
        JsonNode log = JSON.readTree(r.out());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).contains("sarif-2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode run = log.path("runs").get(0);

        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("ptce");
        assertThat(driver.path("informationUri").asText()).as("the tool's own address, not a legal text")
                .isEqualTo("https://ptce.invalid/ptce-compliance");
        RuleCatalogue catalogue = RuleCatalogue.standard();
        assertThat(driver.path("rules")).hasSize(catalogue.rules().size());
        for (int i = 0; i < catalogue.rules().size(); i++) {
            var def = catalogue.rules().get(i);
            JsonNode rule = driver.path("rules").get(i);
            assertThat(rule.path("id").asText()).isEqualTo(def.id());
            assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo(catalogue.title(def.id(),
                    fr.ptce.rules.Language.FR));
            assertThat(rule.path("helpUri").asText()).isEqualTo(def.source().url()).matches("https?://.+");
            assertThat(rule.path("help").path("text").asText()).as("help keeps the rule's source")
                    .endsWith("Source : " + def.source().label() + " <" + def.source().url() + ">");
            assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo(LEVELS.get(def.severity().name()));
        }

        List<ComplianceReport> reports = new ArrayList<>();
        for (String id : List.of("organic-vallee", "figeacteurs")) {
            reports.addAll(Cli.reports(run("validate", "--format", "json", "--as-of", "2025-12-31", arg(pole(id))).out()));
        }
        List<RuleResult> expected = reports.stream().flatMap(rep -> rep.results().stream()).toList();
        JsonNode results = run.path("results");
        assertThat(results).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            RuleResult want = expected.get(i);
            JsonNode got = results.get(i);
            assertThat(got.path("ruleId").asText()).isEqualTo(want.ruleId());
            assertThat(driver.path("rules").get(got.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(want.ruleId());
            assertThat(got.path("kind").asText()).isEqualTo(switch (want.outcome()) {
                case PASSED -> "pass";
                case FAILED -> "fail";
                case NOT_APPLICABLE -> "notApplicable";
            });
            assertThat(got.path("level").asText())
                    .isEqualTo(want.outcome() == Outcome.FAILED ? LEVELS.get(want.severity().name()) : "none");
            assertThat(got.path("message").path("text").asText()).startsWith(want.message());
            String uri = got.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            assertThat(uri).isIn("src/main/resources/poles/organic-vallee.json", "src/main/resources/poles/figeacteurs.json");
            JsonNode region = got.path("locations").get(0).path("physicalLocation").path("region");
            assertThat(region.path("startLine").asInt()).as("%s region", want.ruleId()).isPositive();
            assertThat(region.path("startColumn").asInt()).isPositive();
            assertThat(region.path("endLine").asInt()).isGreaterThanOrEqualTo(region.path("startLine").asInt());
            assertThat(region.path("endColumn").asInt()).isPositive();
        }
        assertThat(results.findValuesAsText("kind")).contains("pass", "fail");
        assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void invalidFilesBecomeErrorNotificationsWithTheirPosition() throws Exception {
        Path bad = Cli.write(tmp.resolve("dossier avec espace/bad.json"), "{\n  \"formatVersion\": 1,\n  \"id\": \"UPPER\"\n}\n");
        Cli.Run r = run("validate", "--format", "sarif", arg(bad), arg(pole("phares")));
        assertThat(r.exit()).isEqualTo(2);
        JsonNode run = JSON.readTree(r.out()).path("runs").get(0);
        JsonNode invocation = run.path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications.size()).isGreaterThanOrEqualTo(2);
        JsonNode slug = null;
        for (JsonNode n : notifications) {
            assertThat(n.path("level").asText()).isEqualTo("error");
            assertThat(n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                    .startsWith("file:").endsWith("/dossier%20avec%20espace/bad.json");
            if (n.path("message").path("text").asText().startsWith("$.id:")) {
                slug = n;
            }
        }
        assertThat(slug).isNotNull();
        assertThat(slug.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(3);
        assertThat(run.path("results")).hasSize(39);
    }
}
