package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What holds for every referential of the catalogue, whatever its rules: each referential's own tests (in its
 * package under {@code fr.ptce.rules.referentials}) check its rules against the contract.
 */
class CatalogueTest {
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.standard();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)[,}]");

    static List<ReferentialDefinition> definitions() {
        return CATALOGUE.definitions();
    }

    @Test
    void referentials_areTheBuiltInOnesInOrder_withoutTheDataRules() {
        assertThat(CATALOGUE.referentials()).startsWith(Referential.LOI_2014_856_ART9, Referential.DECRET_2015_431_ART3,
                Referential.CHARTE_LABO_ESS).doesNotContain(Referential.of("DATA"));
    }

    @Test
    void builtInTexts_enterIntoForceOnTheirDates() {
        assertThat(CATALOGUE.definition(Referential.LOI_2014_856_ART9).inForce()).hasValue(java.time.LocalDate.of(2014, 8, 2));
        assertThat(CATALOGUE.definition(Referential.DECRET_2015_431_ART3).inForce()).hasValue(java.time.LocalDate.of(2015, 4, 18));
        assertThat(CATALOGUE.definition(Referential.CHARTE_LABO_ESS).inForce()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.ptce.rules.support.Checks#referentials")
    void rulesOf_aReferentialAreItsOwnThenThoseOfEveryReferential(Referential referential) {
        List<String> expected = new ArrayList<>();
        CATALOGUE.definition(referential).rules().forEach(r -> expected.add(r.id()));
        CATALOGUE.definitions().stream().filter(ReferentialDefinition::partOfEveryReferential)
                .forEach(d -> d.rules().forEach(r -> expected.add(r.id())));

        assertThat(CATALOGUE.rulesOf(referential)).extracting(RuleDefinition::id).containsExactlyElementsOf(expected);
    }

    @Test
    void everyRule_hasASourceWithAnAddress() {
        for (RuleDefinition rule : CATALOGUE.rules()) {
            assertThat(rule.source().label()).as(rule.id()).isNotBlank();
            assertThat(rule.source().url()).as(rule.id()).matches("https?://[^ ]+");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void everyRule_hasATitleAnInterpretationAndATextWithItsParametersFilledIn(Language language) {
        for (RuleDefinition rule : CATALOGUE.rules()) {
            assertThat(CATALOGUE.title(rule.id(), language)).as(rule.id()).isNotBlank();
            assertThat(CATALOGUE.interpretation(rule.id(), language)).as(rule.id()).isNotBlank();
            assertThat(CATALOGUE.text(rule.id(), language)).as(rule.id()).isNotBlank().doesNotContain("{");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void everyRule_hasAnExampleOfFailureDescribed(Language language) throws IOException {
        for (RuleDefinition rule : CATALOGUE.rules()) {
            assertThat(rule.failureExample()).as(rule.id()).isNotNull();
            try (InputStream in = CATALOGUE.openFailureExample(rule.id()).orElseThrow()) {
                assertThat(in.readAllBytes()).as(rule.id()).isNotEmpty();
            }
            assertThat(CATALOGUE.failureExampleChange(rule.id(), language)).as(rule.id()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void messages_haveTheSameKeysAndPlaceholdersInBothLanguages(ReferentialDefinition definition) throws IOException {
        Properties fr = messages(definition, "fr");
        Properties en = messages(definition, "en");

        assertThat(new TreeSet<>(en.stringPropertyNames())).containsExactlyElementsOf(new TreeSet<>(fr.stringPropertyNames()));
        for (String key : fr.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(fr.getProperty(key)));
        }
    }

    @Test
    void outcomes_includeNotApplicableExactlyForTheRulesWithThatMessage() throws IOException {
        for (ReferentialDefinition d : CATALOGUE.definitions()) {
            Properties fr = messages(d, "fr");
            for (RuleDefinition rule : d.rules()) {
                assertThat(CATALOGUE.outcomes(rule.id()).contains(Outcome.NOT_APPLICABLE)).as(rule.id())
                        .isEqualTo(fr.containsKey(rule.id() + ".NOT_APPLICABLE"));
            }
        }
        assertThat(CATALOGUE.outcomes("CH-ESS-CARRIER")).contains(Outcome.NOT_APPLICABLE);
        assertThat(CATALOGUE.outcomes("ART9-ESS-ENTERPRISE")).containsExactlyInAnyOrder(Outcome.PASSED, Outcome.FAILED);
    }

    @Test
    void parameters_haveTheirDefaultsWithinTheirBounds_andOneDefinitionEach() {
        assertThat(CATALOGUE.parameters()).extracting(ParameterDefinition::key)
                .containsExactly("essVoteShareMin", "minActorFamilies", "anchoredShareMin");
        for (ParameterDefinition p : CATALOGUE.parameters()) {
            assertThat(p.check(p.defaultValue())).as(p.key()).isEqualTo(p.defaultValue());
        }
        assertThat(CheckOptions.defaults().parameter(Parameter.ESS_VOTE_SHARE_MIN)).isEqualTo(0.5);
        assertThat(CheckOptions.defaults().parameter(Parameter.MIN_ACTOR_FAMILIES)).isEqualTo(3);
        assertThat(CheckOptions.defaults().parameter(Parameter.ANCHORED_SHARE_MIN)).isEqualTo(0.75);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(r -> names.add(r.group(1)));
        return names;
    }

    /** A referential's message file, read as its definitions name it. */
    private static Properties messages(ReferentialDefinition definition, String language) throws IOException {
        String folder = definition.rulePackage().replace('.', '/');
        JsonNode json;
        try (InputStream in = CatalogueTest.class.getClassLoader().getResourceAsStream(folder + "/referential.json")) {
            assertThat(in).as(folder + "/referential.json").isNotNull();
            json = new ObjectMapper().readTree(in);
        }
        Properties p = new Properties();
        String path = json.get("messages").asText() + "_" + language + ".properties";
        try (InputStream in = CatalogueTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
