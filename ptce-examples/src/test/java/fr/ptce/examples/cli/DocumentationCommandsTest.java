package fr.ptce.examples.cli;

import static fr.ptce.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.rules.Language;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ptce rules}, {@code ptce explain}, {@code ptce schema}. */
class DocumentationCommandsTest {
    static java.util.stream.Stream<String> ruleIds() {
        return RuleCatalogue.standard().rules().stream().map(RuleDefinition::id);
    }

    @Test
    void rulesListsTheWholeCatalogueWithSources() {
        Cli.Run r = run("rules");
        assertThat(r.exit()).isZero();
        RuleCatalogue catalogue = RuleCatalogue.standard();
        for (RuleDefinition rule : catalogue.rules()) {
            assertThat(r.out()).contains(rule.id()).contains(catalogue.title(rule.id(), Language.FR))
                    .contains(rule.source().label()).contains(rule.source().url());
        }
        assertThat(r.out()).contains("LOI-2014-856-ART9 — Loi n° 2014-856", "DATA — Règles sur les données",
                catalogue.rules().size() + " règles");
    }

    @Test
    void rulesOfOneReferentialInEnglish() {
        Cli.Run r = run("rules", "--referential", "charte-labo-ess", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("CH-ESS-LED-GOVERNANCE", "DATA-ESS-STATUS-UNKNOWN", "14 rules", "Warning", "Error")
                .doesNotContain("ART9-ESS-ENTERPRISE", "D3-");
    }

    @Test
    void rulesWithAnUnknownReferentialIsAUsageError() {
        assertThat(run("rules", "--referential", "LOI-1901").exit()).isEqualTo(2);
    }

    @Test
    void rulesOfAllReferentialsIsTheWholeCatalogue() {
        Cli.Run all = run("rules", "--referential", "all");
        assertThat(all.exit()).isZero();
        assertThat(all.out()).isEqualTo(run("rules").out());
    }

    @Test
    void explainGivesTextInterpretationSeveritySourceParametersAndAnExampleOfFailure() {
        Cli.Run r = run("explain", "CH-ESS-LED-GOVERNANCE");
        assertThat(r.exit()).isZero();
        RuleCatalogue c = RuleCatalogue.standard();
        assertThat(r.out()).startsWith("CH-ESS-LED-GOVERNANCE — " + c.title("CH-ESS-LED-GOVERNANCE", Language.FR))
                .contains(c.text("CH-ESS-LED-GOVERNANCE", Language.FR))
                .contains(c.interpretation("CH-ESS-LED-GOVERNANCE", Language.FR))
                .contains("Gravité par défaut : Erreur (ERROR)")
                .contains("Source : Labo de l'ESS", "<https://lelabo-ess.org/")
                .contains("Paramètres (valeur par défaut)", "essVoteShareMin = 0,5")
                .contains("Exemple d'échec", "la SARL a 5 voix", "Résultat : Non respectée (Non conforme)", "À faire : ");
    }

    @Test
    void explainInEnglishAcceptsALowerCaseId() {
        Cli.Run r = run("explain", "art9-linked-partner", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ART9-LINKED-PARTNER — ").contains("Default severity: Error (ERROR)",
                "No parameter.", "Example of failure", "Outcome: Failed (Non-compliant)");
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void everyRuleHasAnExplanationWithAFailingExample(String id) {
        Cli.Run r = run("explain", id);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Exemple d'échec", "Résultat : Non respectée");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void explainAnUnknownRuleExitsWithTwoAndListsTheValidIds() {
        Cli.Run r = run("explain", "ART9-NOPE");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Règle inconnue : ART9-NOPE. Règles valides :");
        ruleIds().forEach(id -> assertThat(r.err()).contains("  " + id + "\n"));
    }

    @Test
    void explainWithoutRuleIsAUsageError() {
        assertThat(run("explain").exit()).isEqualTo(2);
    }

    @Test
    void schemaPrintsTheJsonSchemaResource() throws Exception {
        Cli.Run r = run("schema");
        assertThat(r.exit()).isZero();
        String resource;
        try (InputStream in = SchemaCommand.class.getResourceAsStream(SchemaCommand.RESOURCE)) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(r.out().strip()).isEqualTo(resource.strip());
        JsonNode schema = new ObjectMapper().readTree(r.out());
        assertThat(schema.has("$schema")).isTrue();
    }
}
