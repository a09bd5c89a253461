package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A referential plug-in is found on the class path when the checker is created, and a bad one fails then, with a
 * message naming where it comes from (its jar or directory) and the referential or rule concerned.
 */
class ReferentialPluginTest {
    private static final String INDEX = "META-INF/ptce/referentials";

    @TempDir
    Path dir;

    /** A plug-in directory: its index, its definitions and its messages in both languages. */
    private ClassLoader plugin(String definitions, String messagesFr, String messagesEn) {
        write("META-INF/ptce/referentials", "test/plugin/referential.json\n");
        write("test/plugin/referential.json", definitions);
        if (messagesFr != null) {
            write("test/plugin/messages_fr.properties", messagesFr);
        }
        if (messagesEn != null) {
            write("test/plugin/messages_en.properties", messagesEn);
        }
        try {
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String definitions(String id, String rulePackage, String compiledRules, String rules) {
        return """
                {"id": "%s", "rulePackage": "%s", "compiledRules": "%s", "messages": "test/plugin/messages",
                 "rules": [%s]}""".formatted(id, rulePackage, compiledRules, rules);
    }

    private static String rule(String id) {
        return """
                {"id": "%s", "severity": "ERROR", "source": {"label": "Test", "url": "https://example.org/test"}}"""
                .formatted(id);
    }

    private static String messages(String... ruleIds) {
        StringBuilder sb = new StringBuilder("referential.title=Test\n");
        for (String id : ruleIds) {
            for (String key : List.of("title", "text", "PASSED", "FAILED", "remedy")) {
                sb.append(id).append('.').append(key).append("=x\n");
            }
        }
        return sb.toString();
    }

    private static final String BUILT_IN_MODEL = "META-INF/kie/fr.ptce/ptce-rules/drools-model";

    @Test
    void aReferentialIdDefinedTwice_failsNamingTheDirectoryAndTheId() {
        ClassLoader loader = plugin(definitions("CHARTE-LABO-ESS", "test.plugin", BUILT_IN_MODEL, rule("TEST-RULE")),
                messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("CHARTE-LABO-ESS")
                .hasMessageContaining("already defined");
    }

    @Test
    void aRuleIdDefinedTwice_failsNamingTheRuleAndItsFirstReferential() {
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, rule("CH-MULTI-ACTOR")),
                messages("CH-MULTI-ACTOR"), messages("CH-MULTI-ACTOR"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("CH-MULTI-ACTOR")
                .hasMessageContaining("already defined by CHARTE-LABO-ESS");
    }

    @Test
    void aRuleWithoutItsEnglishMessages_failsNamingTheMissingKey() {
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, rule("TEST-RULE")),
                messages("TEST-RULE"), "referential.title=Test\n");

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("TEST-RULE.title in en");
    }

    @Test
    void aReferentialWithoutItsFrenchMessageFile_failsNamingTheFile() {
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, rule("TEST-RULE")),
                null, messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("test/plugin/messages_fr.properties");
    }

    @Test
    void aParameterWithoutADefault_failsNamingTheParameterAndWhere() {
        String withParameter = """
                {"id": "TEST-RULE", "severity": "ERROR", "source": {"label": "Test", "url": "https://example.org/t"},
                 "parameters": [{"key": "testMin", "min": 0, "max": 1}]}""";
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, withParameter),
                messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("parameter testMin has no default")
                .hasMessageContaining("line 3");
    }

    @Test
    void anUnknownFieldInTheDefinitions_failsNamingTheFieldTheKnownOnesAndWhere() {
        String misspelt = """
                {"id": "TEST-RULE", "severity": "ERROR", "source": {"label": "Test", "url": "https://example.org/t"},
                 "failureExemple": "failure-examples/TEST-RULE.json"}""";
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, misspelt),
                messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("unknown field \"failureExemple\"")
                .hasMessageContaining("failureExample").hasMessageContaining("line 3");
    }

    @Test
    void aRuleWithoutItsSeverity_failsNamingTheMissingField() {
        String withoutSeverity = """
                {"id": "TEST-RULE", "source": {"label": "Test", "url": "https://example.org/t"}}""";
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, withoutSeverity),
                messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining("the required field \"severity\" is missing");
    }

    @Test
    void aSeverityOtherThanTheThree_failsNamingTheValueAndTheAcceptedOnes() {
        String blocking = """
                {"id": "TEST-RULE", "severity": "BLOCKING", "source": {"label": "Test", "url": "https://example.org/t"}}""";
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, blocking),
                messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining("severity is ERROR, WARNING or INFO, not \"BLOCKING\"");
    }

    @Test
    void aFieldGivenTwice_failsNamingIt() {
        String twice = """
                {"id": "TEST-RULE", "severity": "ERROR", "severity": "INFO",
                 "source": {"label": "Test", "url": "https://example.org/t"}}""";
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, twice),
                messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining("Duplicate field 'severity'");
    }

    @Test
    void aValueOfTheWrongType_failsNamingTheFieldAndWhatItIs() {
        ClassLoader loader = plugin("""
                {"id": "TEST-REF", "partOfEveryReferential": "no", "rulePackage": "test.plugin",
                 "compiledRules": "x", "messages": "test/plugin/messages", "rules": []}""",
                messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> RuleCatalogue.discover(loader)).isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining("partOfEveryReferential is true or false, not a string")
                .hasMessageContaining("line 1");
    }

    @Test
    void aDefinitionWithoutACompiledRule_failsWhenTheCheckerIsCreated() {
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, rule("TEST-RULE")),
                messages("TEST-RULE"), messages("TEST-RULE"));
        assertThat(RuleCatalogue.discover(loader).referentials()).contains(Referential.of("TEST-REF"));

        assertThatThrownBy(() -> ComplianceChecker.create(loader, CheckOptions.defaults()))
                .isInstanceOf(InvalidReferentialException.class).hasMessageContaining(dir.toString())
                .hasMessageContaining("TEST-RULE of TEST-REF has no compiled DRL rule");
    }

    @Test
    void aReferentialWithoutItsCompiledRules_failsNamingTheMissingIndex() {
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", "META-INF/kie/test/none/drools-model",
                rule("TEST-RULE")), messages("TEST-RULE"), messages("TEST-RULE"));

        assertThatThrownBy(() -> ComplianceChecker.create(loader, CheckOptions.defaults()))
                .isInstanceOf(InvalidReferentialException.class).hasMessageContaining(dir.toString())
                .hasMessageContaining("compiled rules of TEST-REF are missing");
    }

    @Test
    void aCompiledRuleWithoutADefinition_failsNamingTheRule() throws IOException {
        // The data rules' own definitions, less their last rule, in place of the library's index.
        String data = new String(getClass().getClassLoader()
                .getResourceAsStream("fr/ptce/rules/referentials/data/referential.json").readAllBytes(), StandardCharsets.UTF_8);
        int last = data.lastIndexOf(",\n    {");
        String truncated = data.substring(0, last) + "\n  ]\n}\n";
        write("test/data/referential.json", truncated);
        write("index", "fr/ptce/rules/referentials/loi2014856art9/referential.json\n"
                + "fr/ptce/rules/referentials/decret2015431art3/referential.json\n"
                + "fr/ptce/rules/referentials/chartelaboess/referential.json\n"
                + "test/data/referential.json\n");
        ClassLoader loader = new IndexOverride(dir, getClass().getClassLoader());

        assertThatThrownBy(() -> ComplianceChecker.create(loader, CheckOptions.defaults()))
                .isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining("compiled rule \"DATA-ESUS-WITHOUT-ESS-STATUTES\" of DATA has no definition");
    }

    @Test
    void aPluginOnTheClassPath_isFoundAndListedAfterTheBuiltInReferentials() {
        ClassLoader loader = plugin(definitions("TEST-REF", "test.plugin", BUILT_IN_MODEL, rule("TEST-RULE")),
                messages("TEST-RULE"), messages("TEST-RULE"));

        RuleCatalogue catalogue = RuleCatalogue.discover(loader);

        assertThat(catalogue.referentials()).containsExactly(Referential.LOI_2014_856_ART9,
                Referential.DECRET_2015_431_ART3, Referential.CHARTE_LABO_ESS, Referential.of("TEST-REF"));
        assertThat(catalogue.rulesOf(Referential.of("TEST-REF"))).extracting(RuleDefinition::id).first()
                .isEqualTo("TEST-RULE");
        assertThat(catalogue.definition(Referential.of("TEST-REF")).origin()).isEqualTo(dir.toString());
    }

    /** A class loader whose referential index is {@code dir/index}, resolving {@code test/...} paths in {@code dir}. */
    private static final class IndexOverride extends ClassLoader {
        private final Path dir;

        IndexOverride(Path dir, ClassLoader parent) {
            super(parent);
            this.dir = dir;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals(INDEX)) {
                return Collections.enumeration(List.of(dir.resolve("index").toUri().toURL()));
            }
            return super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            if (name.startsWith("test/")) {
                try {
                    return dir.resolve(name).toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return super.getResource(name);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            if (name.startsWith("test/")) {
                try {
                    return Files.newInputStream(dir.resolve(name));
                } catch (IOException e) {
                    return null;
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}
