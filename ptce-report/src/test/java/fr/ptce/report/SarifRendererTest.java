package fr.ptce.report;

import static fr.ptce.report.Rendering.check;
import static fr.ptce.report.Rendering.dominated;
import static fr.ptce.report.Rendering.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneRunWithTheCatalogueAsRulesAndOneResultPerRuleOfEveryReport() throws Exception {
        Pole pole = dominated();
        List<ComplianceReport> reports = check(pole, Language.EN);
        JsonNode log = JSON.readTree(render(ReportFormat.SARIF, Language.EN, 3, r -> r.report(Path.of("poles", "a b.json"), pole, reports)));

        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        JsonNode run = log.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        RuleCatalogue catalogue = Rendering.CHECKER.catalogue();
        assertThat(rules).hasSize(catalogue.rules().size());
        RuleDefinition firstRule = catalogue.rules().get(0);
        assertThat(rules.get(0).path("id").asText()).isEqualTo(firstRule.id());
        assertThat(rules.get(0).path("shortDescription").path("text").asText()).isEqualTo(catalogue.title(firstRule.id(), Language.EN));

        List<RuleResult> expected = reports.stream().flatMap(report -> report.results().stream()).toList();
        List<JsonNode> results = new ArrayList<>();
        run.path("results").forEach(results::add);
        assertThat(results).extracting(n -> n.path("ruleId").asText(), n -> n.path("kind").asText(), n -> n.path("level").asText())
                .containsExactlyElementsOf(expected.stream().map(want -> tuple(want.ruleId(), SarifRenderer.kind(want.outcome()),
                        want.outcome() == Outcome.FAILED ? SarifRenderer.level(want.severity()) : "none")).toList());
        assertThat(results).allSatisfy(n -> {
            assertThat(rules.get(n.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(n.path("ruleId").asText());
            assertThat(n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                    .isEqualTo("poles/a%20b.json");
        });
        assertThat(results).extracting(n -> n.path("message").path("text").asText())
                .zipSatisfy(expected, (text, want) -> assertThat(text).startsWith(want.message()));
        assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void aFailedRuleSaysWhatToDo() throws Exception {
        Pole pole = dominated();
        JsonNode results = JSON.readTree(render(ReportFormat.SARIF, Language.EN, 3,
                r -> r.report(Path.of("a.json"), pole, check(pole, Language.EN)))).path("runs").get(0).path("results");

        assertThat(results.findValuesAsText("kind")).contains("pass", "fail");
        for (JsonNode result : results) {
            if (result.path("kind").asText().equals("fail")) {
                assertThat(result.path("message").path("text").asText()).contains(" To do: ");
            }
        }
    }

    @Test
    void invalidFilesBecomeErrorNotificationsWithTheirPosition() throws Exception {
        Problem positioned = new Problem("$.id", 3, 9, "must be a slug");
        Problem unpositioned = Problem.at("$", "internal error");
        JsonNode run = JSON.readTree(render(ReportFormat.SARIF, Language.FR, 1,
                r -> r.invalid(Path.of("bad.json"), List.of(positioned, unpositioned)))).path("runs").get(0);

        assertThat(run.path("results")).isEmpty();
        JsonNode invocation = run.path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications).hasSize(2);
        assertThat(notifications.findValuesAsText("level")).containsOnly("error");
        assertThat(notifications.get(0).path("message").path("text").asText()).isEqualTo("$.id: must be a slug");
        JsonNode location = notifications.get(0).path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("bad.json");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(3);
        assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(9);
        assertThat(notifications.get(1).path("locations").get(0).path("physicalLocation").has("region")).isFalse();
    }

    @Test
    void severitiesOutcomesAndPathsMapToSarifValues() {
        assertThat(SarifRenderer.level(Severity.ERROR)).isEqualTo("error");
        assertThat(SarifRenderer.level(Severity.WARNING)).isEqualTo("warning");
        assertThat(SarifRenderer.level(Severity.INFO)).isEqualTo("note");
        assertThat(SarifRenderer.kind(Outcome.PASSED)).isEqualTo("pass");
        assertThat(SarifRenderer.kind(Outcome.FAILED)).isEqualTo("fail");
        assertThat(SarifRenderer.kind(Outcome.NOT_APPLICABLE)).isEqualTo("notApplicable");
        assertThat(SarifRenderer.uri(Path.of("poles", ".", "dossier avec espace", "pôle.json")))
                .isEqualTo("poles/dossier%20avec%20espace/p%C3%B4le.json");
        assertThat(SarifRenderer.uri(Path.of("x.json").toAbsolutePath())).startsWith("file:").endsWith("/x.json");
    }
}
