package fr.ptce.examples.cli;

import static fr.ptce.examples.cli.Cli.arg;
import static fr.ptce.examples.cli.Cli.pole;
import static fr.ptce.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a pole's coordinator reads: short text reports, proper plurals, one language at a time, errors a person
 * understands. The formats themselves are specified in ptce-report.
 */
class ReportsForPeopleTest {
    /** An unresolved placeholder of a message or label: {@code {count}}, {@code {0}}, {@code {n,choice,…}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9]+(,choice,[^}]*)?}");

    @TempDir
    Path tmp;

    private static List<String> bundledPoles() {
        return Cli.EXPECTED.keySet().stream().sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coursive-boutaric", "bio-pour-tous", "resto-passerelle", "phares", "figeacteurs",
            "organic-vallee", "cluster-jura"})
    void theTextReportOfABundledPoleForEveryReferentialFitsIn30Lines(String id) {
        Cli.Run r = run("validate", "--as-of", "2026-11-26", arg(pole(id)));

        List<String> lines = r.out().lines().toList();
        assertThat(lines).as(r.out()).hasSizeLessThanOrEqualTo(30);
        assertThat(lines.get(0)).endsWith(" — " + pole(id) + " — au 26 novembre 2026");
        assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l).matches("  [✓⚠✗–] .+\u00a0: .+ — .+"));
        assertThat(r.out().lines().filter(l -> l.equals("Chiffres :"))).hasSize(1);
    }

    @Test
    void passedRulesAreCountedNotListedUnlessVerboseAndEvidenceIsByName() {
        Cli.Run brief = run("validate", "--as-of", "2026-11-26", arg(pole("coursive-boutaric")));
        Cli.Run verbose = run("validate", "--verbose", "--as-of", "2026-11-26", arg(pole("coursive-boutaric")));

        assertThat(brief.out()).contains("12 règles respectées, 1 non respectée, 0 sans objet")
                .doesNotContain("[ART9-ESS-ENTERPRISE]", "asso-02")
                .contains("Concernés : Association culturelle membre n° 2 (nom non sourcé)", "et 9 autres");
        assertThat(verbose.out()).contains("  ✓ Au moins une entreprise de l'ESS [ART9-ESS-ENTERPRISE]",
                "Zutique Productions (zutique) : ESS par sa forme juridique");
    }

    @Test
    void severalFilesEndWithASummaryTable() {
        Cli.Run r = run("validate", "--as-of", "2026-11-26", arg(pole("phares")), arg(pole("figeacteurs")));

        assertThat(r.out()).containsSubsequence("Synthèse des 2 fichiers :",
                "Fichier", "| Loi 2014-856, art. 9", "| Décret 2015-431, art. 3", "| Charte du Labo de l'ESS",
                pole("phares").toString(), "| Conforme avec avertissements", "| Non conforme", "| Conforme",
                pole("figeacteurs").toString(), "| Non conforme", "| Conforme", "| Conforme");
    }

    @Test
    void noOutputOfTheBundledPolesWritesPluralsWithParenthesesOrLeavesAPlaceholder() {
        List<String> checked = new ArrayList<>();
        for (String id : bundledPoles()) {
            for (String format : List.of("text", "html", "json", "sarif")) {
                for (String lang : List.of("fr", "en")) {
                    Cli.Run r = run("validate", "--verbose", "--format", format, "--lang", lang, "--as-of",
                            "2026-11-26", arg(pole(id)));
                    String what = id + " " + format + " " + lang;
                    assertThat(r.err()).as(what).isEmpty();
                    assertThat(r.out()).as(what).isNotBlank().doesNotContain("(s)", "(ies)", "(es)", ",choice,")
                            .doesNotContainPattern(PLACEHOLDER);
                    checked.add(what);
                }
            }
        }
        assertThat(checked).hasSize(7 * 4 * 2);
    }

    @Test
    void inFrenchEverythingIsFrenchAndInEnglishEverythingIsEnglish() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.json"), """
                { "formatVersion": 1, "id": "x", "name": "X", "members": [ { "id": "a", "name": "A", "legalCategory": "9220", "siren": 12 } ], "colour": 1 }
                """);
        Cli.Run fr = run("validate", arg(bad));
        Cli.Run en = run("validate", "--lang", "en", arg(bad));

        assertThat(fr.err()).contains("fichier invalide", "champ inconnu « colour »",
                "attendu : une chaîne de caractères ; trouvé : le nombre 12").doesNotContain("expected", "unknown field");
        assertThat(en.err()).contains("invalid file", "unknown field \"colour\"", "expected a string, got the number 12");
    }

    @Test
    void aJsonSyntaxErrorIsAWholeSentenceInTheLanguageAskedFor() throws IOException {
        Path bad = Files.writeString(tmp.resolve("broken.json"), "{ \"formatVersion\": 1, \"members\": [ 1, 2 }\n");
        Cli.Run fr = run("validate", arg(bad));
        Cli.Run en = run("validate", "--lang", "en", arg(bad));

        assertThat(fr.err()).contains("JSON invalide : fermeture « } » inattendue\u00a0: « ] » attendu dans le tableau qui "
                + "commence ligne 1, colonne 34.");
        assertThat(en.err()).contains("invalid JSON: unexpected closing '}': ']' expected in the array that starts "
                + "on line 1, column 34.");
        assertThat(fr.err() + en.err()).doesNotContain("(for Array starting", "[Source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=pdf", "--lang=de", "--referential=LOI-1901", "--as-of=2024-02-30",
            "--as-of=demain", "--bogus", "--param=nope=1", "--param=essVoteShareMin=deux"})
    void aBadOptionIsOneLineSayingWhatIsAcceptedWithoutTheUsage(String option) {
        Cli.Run r = run("validate", option, arg(pole("phares")));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("ptce validate\u00a0: ").contains("(aide : ptce validate --help)")
                .doesNotContain("Usage", "java.", "Exception");
    }

    @Test
    void aBadOptionInEnglishSaysWhatIsAcceptedInEnglish() {
        assertThat(run("validate", "--lang", "en", "--format", "pdf", arg(pole("phares"))).err())
                .isEqualTo("ptce validate: --format: 'pdf' is not a report format; accepted: text, json, html, sarif "
                        + "(help: ptce validate --help)" + System.lineSeparator());
        assertThat(run("validate", "--format", "pdf", arg(pole("phares"))).err())
                .startsWith("ptce validate\u00a0: --format\u00a0: « pdf » n'est pas un format de rapport ; formats acceptés : "
                        + "text, json, html, sarif");
        assertThat(run("validate", "--lang", "en", "--as-of", "26/13/2026", arg(pole("phares"))).err())
                .contains("--as-of: '26/13/2026' is not a date that exists; write YYYY-MM-DD (2026-11-26) or "
                        + "DD/MM/YYYY (26/11/2026)");
    }

    @Test
    void asOfAcceptsIsoAndFrenchDates() {
        Cli.Run iso = run("validate", "--format", "json", "--as-of", "2026-11-26", arg(pole("phares")));
        Cli.Run french = run("validate", "--format", "json", "--as-of", "26/11/2026", arg(pole("phares")));

        assertThat(french.err()).isEmpty();
        assertThat(french.exit()).isEqualTo(iso.exit());
        assertThat(french.out()).isEqualTo(iso.out()).contains("\"asOf\": \"2026-11-26\"");
    }

    @Test
    void everyTextOfEveryBundleExistsInBothLanguages() throws IOException {
        List<String[]> bundles = List.of(
                new String[] {"../ptce-report/src/main/resources/fr/ptce/report/labels_fr.properties",
                        "../ptce-report/src/main/resources/fr/ptce/report/labels_en.properties"},
                new String[] {"src/main/resources/fr/ptce/examples/cli/labels_fr.properties",
                        "src/main/resources/fr/ptce/examples/cli/labels_en.properties"},
                new String[] {"../ptce-model/src/main/resources/fr/ptce/model/csv/messages_fr.properties",
                        "../ptce-model/src/main/resources/fr/ptce/model/csv/messages_en.properties"},
                new String[] {"../ptce-model/src/main/resources/fr/ptce/model/json/messages_fr.properties",
                        "../ptce-model/src/main/resources/fr/ptce/model/json/messages_en.properties"},
                new String[] {"../ptce-model/src/main/resources/fr/ptce/model/validation/ValidationMessages_fr.properties",
                        "../ptce-model/src/main/resources/fr/ptce/model/validation/ValidationMessages.properties"},
                new String[] {"../ptce-rules/src/main/resources/fr/ptce/rules/messages_fr.properties",
                        "../ptce-rules/src/main/resources/fr/ptce/rules/messages_en.properties"});
        for (String[] pair : bundles) {
            assertThat(keys(Path.of(pair[1]))).as(pair[1]).isNotEmpty().isEqualTo(keys(Path.of(pair[0])));
        }
    }

    private static java.util.Set<String> keys(Path file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var reader = Files.newBufferedReader(file)) {
            p.load(reader);
        }
        return new java.util.TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void theBundledPolesAreAllCovered() {
        try (Stream<Path> files = Files.list(Cli.POLES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).map(f -> f.getFileName().toString()
                    .replace(".json", "")).sorted().toList()).isEqualTo(bundledPoles());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
