package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue (catalogue.json), the DRL files and the message bundles agree with each other and with the
 * rule contract (rules version 2), whose table of ids, referentials, severities and parameters is copied below.
 */
class CatalogueConsistencyTest {
    /** The DRL sources, relative to the module directory (Surefire's working directory). */
    private static final Path DRL_DIR = Path.of("src/main/resources/fr/ptce/rules/drl");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern RECORD_CALL = Pattern.compile("\\.(record|recordInOrder|notApplicable)\\(\\s*\"([^\"]+)\"");
    private static final Pattern COMPANION_SUFFIX = Pattern.compile("\\s*\\(.*\\)$");

    /** The contract's table: id, referential, severity, parameter defaults. */
    private record Expected(String id, String referential, Severity severity, Map<String, Double> parameters) {
        Expected(String id, String referential, Severity severity) {
            this(id, referential, severity, Map.of());
        }
    }

    private static final List<Expected> SPEC = List.of(
            new Expected("ART9-ESS-ENTERPRISE", "LOI-2014-856-ART9", Severity.ERROR),
            new Expected("ART9-ASSOCIATED-ENTERPRISE", "LOI-2014-856-ART9", Severity.ERROR),
            new Expected("ART9-LINKED-PARTNER", "LOI-2014-856-ART9", Severity.ERROR),
            new Expected("ART9-LOCAL-AUTHORITY-LINK", "LOI-2014-856-ART9", Severity.WARNING),
            new Expected("ART9-SAME-TERRITORY", "LOI-2014-856-ART9", Severity.ERROR),
            new Expected("ART9-MEMBERS-ON-TERRITORY", "LOI-2014-856-ART9", Severity.WARNING),
            new Expected("ART9-CONTINUING-STRATEGY", "LOI-2014-856-ART9", Severity.ERROR),
            new Expected("ART9-INNOVATIVE-PROJECT", "LOI-2014-856-ART9", Severity.ERROR),
            new Expected("ART9-SUSTAINABLE-DEVELOPMENT", "LOI-2014-856-ART9", Severity.ERROR),
            new Expected("D3-PRIVATE-LEGAL-PERSON", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("D3-THREE-LEGAL-PERSONS", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("D3-ESS-ENTERPRISE", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("D3-NON-ESS-ENTERPRISE", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("D3-MEMBER-STRATEGY", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("D3-INNOVATIVE-PROJECT", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("D3-DELIMITED-TERRITORY", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("D3-NO-PRIOR-STATE-SUPPORT", "DECRET-2015-431-ART3", Severity.ERROR),
            new Expected("CH-ESS-LED-GOVERNANCE", "CHARTE-LABO-ESS", Severity.ERROR, Map.of("essVoteShareMin", 0.5)),
            new Expected("CH-NO-DOMINANT-MEMBER", "CHARTE-LABO-ESS", Severity.WARNING),
            new Expected("CH-PUBLIC-NOT-DOMINANT", "CHARTE-LABO-ESS", Severity.WARNING),
            new Expected("CH-ESS-CARRIER", "CHARTE-LABO-ESS", Severity.WARNING),
            new Expected("CH-ANIMATION", "CHARTE-LABO-ESS", Severity.WARNING),
            new Expected("CH-MULTI-ACTOR", "CHARTE-LABO-ESS", Severity.ERROR, Map.of("minActorFamilies", 3.0)),
            new Expected("CH-TERRITORIAL-ANCHORING", "CHARTE-LABO-ESS", Severity.ERROR, Map.of("anchoredShareMin", 0.75)),
            new Expected("CH-TERRITORY-SCALE", "CHARTE-LABO-ESS", Severity.INFO),
            new Expected("CH-REAL-POOLING", "CHARTE-LABO-ESS", Severity.WARNING),
            new Expected("CH-SOCIAL-INNOVATION", "CHARTE-LABO-ESS", Severity.WARNING),
            new Expected("DATA-ESS-STATUS-UNKNOWN", "DATA", Severity.WARNING),
            new Expected("DATA-SIRENE-ESS-MISMATCH", "DATA", Severity.WARNING),
            new Expected("DATA-STATUTE-CATEGORY-CONFLICT", "DATA", Severity.WARNING),
            new Expected("DATA-ESUS-WITHOUT-ESS-STATUTES", "DATA", Severity.WARNING));

    /** The legal texts' sources: Légifrance, over https. */
    private static final Map<String, String> LEGAL_SOURCES = Map.of(
            "ART9-ESS-ENTERPRISE", "Loi n° 2014-856, art. 9, I",
            "D3-THREE-LEGAL-PERSONS", "Décret n° 2015-431, art. 3",
            "DATA-ESS-STATUS-UNKNOWN", "INSEE, catégories juridiques, et loi n° 2014-856, art. 1",
            "DATA-ESUS-WITHOUT-ESS-STATUTES", "Code du travail, art. L. 3332-17-1 (agrément ESUS)");

    /** The rules whose outcome can be NOT_APPLICABLE while their referential is in force. */
    private static final Set<String> WITH_NOT_APPLICABLE = Set.of("ART9-MEMBERS-ON-TERRITORY", "CH-NO-DOMINANT-MEMBER",
            "CH-PUBLIC-NOT-DOMINANT", "CH-ESS-CARRIER", "CH-TERRITORY-SCALE");

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.standard();

    private static String drl;

    @BeforeAll
    static void readDrl() throws IOException {
        assertThat(DRL_DIR).as("DRL sources (run from the ptce-rules directory)").isDirectory();
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(DRL_DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        drl = sb.toString();
        assertThat(drl).as("DRL files").isNotBlank();
    }

    private static List<String> catalogueIds() {
        return CATALOGUE.rules().stream().map(RuleDefinition::id).toList();
    }

    private static Properties messages(Language language) throws IOException {
        String resource = "/fr/ptce/rules/messages_" + language.name().toLowerCase() + ".properties";
        Properties p = new Properties();
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    // ---------------------------------------------------------------- DRL and catalogue

    @Test
    void drlRuleNames_areExactlyTheCatalogueIds() {
        Set<String> names = new TreeSet<>();
        Matcher m = RULE_NAME.matcher(drl);
        while (m.find()) {
            names.add(COMPANION_SUFFIX.matcher(m.group(1)).replaceAll(""));
        }

        assertThat(names).containsExactlyInAnyOrderElementsOf(catalogueIds());
    }

    @Test
    void drlRecordCalls_nameExactlyTheCatalogueIds() {
        Set<String> recorded = new TreeSet<>();
        Matcher m = RECORD_CALL.matcher(drl);
        while (m.find()) {
            recorded.add(m.group(2));
        }

        assertThat(recorded).containsExactlyInAnyOrderElementsOf(catalogueIds());
    }

    @Test
    void eachDrlRule_recordsItsOwnIdOnce() {
        Map<String, List<String>> callsByRule = new LinkedHashMap<>();
        String[] chunks = drl.split("(?m)^\\s*rule\\s+");
        for (int i = 1; i < chunks.length; i++) {
            String chunk = chunks[i];
            String name = chunk.substring(1, chunk.indexOf('"', 1));
            List<String> calls = new ArrayList<>();
            Matcher m = RECORD_CALL.matcher(chunk.substring(0, chunk.indexOf("\nend")));
            while (m.find()) {
                calls.add(m.group(1) + ":" + m.group(2));
            }
            callsByRule.put(name, calls);
        }

        callsByRule.forEach((name, calls) -> {
            String id = COMPANION_SUFFIX.matcher(name).replaceAll("");
            assertThat(calls).as("calls of rule \"%s\"", name).singleElement().satisfies(call -> {
                if (name.equals(id)) {
                    assertThat(call).isIn("record:" + id, "recordInOrder:" + id);
                } else {
                    assertThat(call).isEqualTo("notApplicable:" + id);
                }
            });
        });
    }

    @Test
    void notApplicableCompanions_areExactlyTheRulesOfTheSpecWithThatOutcome() {
        Set<String> companions = new TreeSet<>();
        Matcher m = RECORD_CALL.matcher(drl);
        while (m.find()) {
            if (m.group(1).equals("notApplicable")) {
                companions.add(m.group(2));
            }
        }

        assertThat(companions).containsExactlyInAnyOrderElementsOf(WITH_NOT_APPLICABLE);
    }

    // ---------------------------------------------------------------- catalogue and the contract

    @Test
    void catalogue_hasTheRulesOfTheContractInOrder() {
        assertThat(catalogueIds()).containsExactlyElementsOf(SPEC.stream().map(Expected::id).toList());
    }

    @Test
    void catalogue_severitiesReferentialsAndParameterDefaults_areThoseOfTheContract() {
        for (Expected e : SPEC) {
            RuleDefinition rule = CATALOGUE.rule(e.id()).orElseThrow();
            assertThat(rule.referential()).as(e.id() + " referential").isEqualTo(e.referential());
            assertThat(rule.severity()).as(e.id() + " severity").isEqualTo(e.severity());
            Map<String, Double> parameters = new TreeMap<>();
            rule.parameters().forEach((k, v) -> parameters.put(k, v.doubleValue()));
            assertThat(parameters).as(e.id() + " parameters").isEqualTo(new TreeMap<>(e.parameters()));
        }
    }

    @Test
    void parameterEnum_defaultsAreThoseOfTheCatalogue() {
        for (Parameter p : Parameter.values()) {
            List<Number> values = CATALOGUE.rules().stream().filter(r -> r.parameters().containsKey(p.key()))
                    .map(r -> r.parameters().get(p.key())).toList();
            assertThat(values).as(p.key()).singleElement()
                    .satisfies(v -> assertThat(v.doubleValue()).isEqualTo(p.defaultValue()));
        }
    }

    @Test
    void catalogue_everyRuleHasASourceWithAnAbsoluteUrl() {
        for (RuleDefinition rule : CATALOGUE.rules()) {
            assertThat(rule.source()).as(rule.id()).isNotNull();
            assertThat(rule.source().label()).as(rule.id()).isNotBlank();
            assertThat(rule.source().url()).as(rule.id()).matches("https?://[^ ]+");
        }
    }

    @Test
    void catalogue_legalTextsAreCitedOnLegifranceOverHttps() {
        LEGAL_SOURCES.forEach((id, label) -> {
            Source source = CATALOGUE.rule(id).orElseThrow().source();
            assertThat(source.label()).as(id).isEqualTo(label);
            assertThat(source.url()).as(id).startsWith("https://www.legifrance.gouv.fr/");
        });
    }

    @Test
    void catalogue_charterRulesSayTheyAreOperationalisedByTheLibrary() {
        for (String id : List.of("CH-ESS-LED-GOVERNANCE", "CH-MULTI-ACTOR", "CH-TERRITORIAL-ANCHORING",
                "CH-NO-DOMINANT-MEMBER", "CH-PUBLIC-NOT-DOMINANT", "CH-SOCIAL-INNOVATION")) {
            assertThat(CATALOGUE.rule(id).orElseThrow().source().label()).as(id)
                    .contains("règle opérationnalisée par cette bibliothèque");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Referential.class)
    void rulesOf_aReferentialAreItsOwnThenTheDataRules(Referential referential) {
        List<String> expected = new ArrayList<>();
        SPEC.stream().filter(e -> e.referential().equals(referential.id())).forEach(e -> expected.add(e.id()));
        SPEC.stream().filter(e -> e.referential().equals("DATA")).forEach(e -> expected.add(e.id()));

        assertThat(CATALOGUE.rulesOf(referential)).extracting(RuleDefinition::id).containsExactlyElementsOf(expected);
    }

    // ---------------------------------------------------------------- messages

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void messages_everyRuleHasItsTextsInBothLanguages(Language language) throws IOException {
        Properties messages = messages(language);
        List<String> missing = new ArrayList<>();
        for (String id : catalogueIds()) {
            List<String> keys = new ArrayList<>(List.of("title", "text", "interpretation", "PASSED", "FAILED", "remedy"));
            if (WITH_NOT_APPLICABLE.contains(id)) {
                keys.add("NOT_APPLICABLE");
            }
            for (String key : keys) {
                String value = messages.getProperty(id + "." + key);
                if (value == null || value.isBlank()) {
                    missing.add(id + "." + key);
                }
            }
        }

        assertThat(missing).as("missing %s messages", language).isEmpty();
    }

    @Test
    void messages_bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(messages(Language.EN).stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(messages(Language.FR).stringPropertyNames()));
    }

    @Test
    void messages_useTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties fr = messages(Language.FR);
        Properties en = messages(Language.EN);
        Pattern placeholder = Pattern.compile("\\{([A-Za-z]+)[,}]");
        for (String key : fr.stringPropertyNames()) {
            Set<String> a = new TreeSet<>();
            Set<String> b = new TreeSet<>();
            placeholder.matcher(fr.getProperty(key)).results().forEach(r -> a.add(r.group(1)));
            placeholder.matcher(en.getProperty(key, "")).results().forEach(r -> b.add(r.group(1)));
            assertThat(b).as(key).isEqualTo(a);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void catalogueTexts_renderTheirParameters(Language language) {
        for (String id : catalogueIds()) {
            assertThat(CATALOGUE.title(id, language)).as(id).isNotBlank();
            assertThat(CATALOGUE.interpretation(id, language)).as(id).isNotBlank();
            assertThat(CATALOGUE.text(id, language)).as(id).isNotBlank().doesNotContain("{");
        }
        assertThat(CATALOGUE.text("CH-TERRITORIAL-ANCHORING", language)).contains("75");
        assertThat(CATALOGUE.text("CH-ESS-LED-GOVERNANCE", language)).contains("50");
        assertThat(CATALOGUE.text("CH-MULTI-ACTOR", language)).contains("3");
    }
}
