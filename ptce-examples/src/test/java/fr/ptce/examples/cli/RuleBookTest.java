package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.examples.MarkdownDocs;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.Language;
import fr.ptce.rules.Parameter;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule book ({@link RuleBook}, {@code ptce rule-book}) and the repository's {@code docs/rules.md}. */
class RuleBookTest {
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.standard();
    private static String book;

    @BeforeAll
    static void generate() {
        book = new RuleBook(CATALOGUE, ComplianceChecker.create()).markdown();
    }

    static Stream<String> ruleIds() {
        return CATALOGUE.rules().stream().map(RuleDefinition::id);
    }

    @Test
    void docsRulesMdIsTheRuleBookOfTheCurrentCatalogue() {
        String committed = MarkdownDocs.read(MarkdownDocs.RULES_MD).replace("\r\n", "\n");
        assertThat(firstDifference(committed, book))
                .as("docs/rules.md is out of date: regenerate it from the repository's root with "
                        + "./mvnw -q -DskipTests install && " + RuleBook.REGENERATE_COMMAND)
                .isEmpty();
    }

    @Test
    void theBookHasOneSectionPerRuleInCatalogueOrder() {
        List<String> headings = new ArrayList<>();
        for (String line : book.split("\n")) {
            if (line.startsWith("### ") && CATALOGUE.rule(line.substring(4)).isPresent()) {
                headings.add(line.substring(4));
            }
        }
        assertThat(headings).isEqualTo(ruleIds().toList());
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void eachSectionGivesSeveritySourceTextInterpretationAndAFailingExample(String id) {
        RuleDefinition rule = CATALOGUE.rule(id).orElseThrow();
        assertThat(section(id))
                .contains("**" + RuleBook.text(CATALOGUE.title(id, Language.EN)) + "**")
                .contains("- Severity: `" + rule.severity() + "`")
                .contains("](" + rule.source().url() + ")")
                .contains(RuleBook.text(CATALOGUE.text(id, Language.EN)))
                .contains(RuleBook.text(CATALOGUE.interpretation(id, Language.EN)))
                .contains("**Example of failure.** The compliant example pole, changed as follows: "
                        + RuleBook.text(FailureExamples.of(id).orElseThrow().change(Language.EN)))
                .contains("the rule is `FAILED`");
    }

    @Test
    void eachParameterIsGivenWithItsDefaultAndTheValuesItAccepts() {
        assertThat(section("CH-ESS-LED-GOVERNANCE"))
                .contains("- Parameters: `essVoteShareMin`, default 0.5, between 0 and 1 (excluded)");
        assertThat(section("CH-MULTI-ACTOR")).contains("- Parameters: `minActorFamilies`, default 3, an integer between 1 and 6");
        assertThat(section("CH-TERRITORIAL-ANCHORING"))
                .contains("- Parameters: `anchoredShareMin`, default 0.75, between 0 and 1");
        assertThat(section("ART9-ESS-ENTERPRISE")).contains("- Parameters: none");
    }

    @Test
    void theRangeOfAParameterIsTheOneItsCheckEnforces() {
        assertThat(RuleBook.range(parameter("essVoteShareMin"))).isEqualTo("between 0 and 1 (excluded)");
        assertThat(RuleBook.range(parameter("minActorFamilies"))).isEqualTo("an integer between 1 and 6");
        assertThat(RuleBook.range(parameter("anchoredShareMin"))).isEqualTo("between 0 and 1");
    }

    @Test
    void theHeaderGivesTheDateEachReferentialAppliesFromAndWhatNotInForceMeans() {
        for (Referential referential : fr.ptce.rules.RuleCatalogue.standard().referentials()) {
            assertThat(book).contains("| `" + referential.id() + "` | ");
        }
        assertThat(book).contains("| 2014-08-02 |", "| 2015-04-18 |", "| any date |", "`NOT_IN_FORCE`",
                "applies only from 2 August 2014");
    }

    @Test
    void theHeaderListsTheDataRulesAsPartOfEveryReferential() {
        CATALOGUE.rules().stream().filter(RuleDefinition::isDataRule)
                .forEach(r -> assertThat(book).contains("[`" + r.id() + "`](#" + r.id().toLowerCase(java.util.Locale.ROOT) + ")"));
        assertThat(book).contains("belong to **every** referential");
    }

    @Test
    void catalogueTextIsEscapedSoThatMarkdownDoesNotReadItAsMarkup() {
        assertThat(RuleBook.text("« […] » a*b <x> `c` \\")).isEqualTo("« \\[…\\] » a\\*b \\<x> \\`c\\` \\\\");
    }

    @Test
    void theRuleBookCommandWritesTheBookToAFile(@TempDir Path dir) {
        Path file = dir.resolve("rules.md");
        Cli.Run r = Cli.run("rule-book", "--output", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Cli.read(file)).isEqualTo(book);
    }

    @Test
    void theRuleBookCommandPrintsTheBookWithoutAnOutputFile() {
        Cli.Run r = Cli.run("rule-book");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(book);
    }

    /** Where {@code actual} first differs from {@code expected}, line by line; empty when they are equal. */
    private static String firstDifference(String actual, String expected) {
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            String was = i < a.length ? a[i] : "(end of file)";
            String should = i < e.length ? e[i] : "(end of file)";
            if (!was.equals(should)) {
                return "line " + (i + 1) + " is\n  " + was + "\ninstead of\n  " + should;
            }
        }
        return "";
    }

    /** The text of a rule's section, from its heading to the next heading of a section. */
    private static String section(String id) {
        int start = book.indexOf("\n### " + id + "\n");
        assertThat(start).as("section of %s", id).isNotNegative();
        int next = book.indexOf("\n## ", start + 1);
        int nextRule = book.indexOf("\n### ", start + 1);
        int end = nextRule < 0 ? (next < 0 ? book.length() : next) : (next < 0 ? nextRule : Math.min(next, nextRule));
        return book.substring(start, end);
    }

    private static fr.ptce.rules.ParameterDefinition parameter(String key) {
        return fr.ptce.rules.RuleCatalogue.standard().parameter(key).orElseThrow();
    }
}
