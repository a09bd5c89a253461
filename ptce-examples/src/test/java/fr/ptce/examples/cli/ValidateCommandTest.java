package fr.ptce.examples.cli;

import static fr.ptce.examples.cli.Cli.arg;
import static fr.ptce.examples.cli.Cli.pole;
import static fr.ptce.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.ReportJson;
import fr.ptce.rules.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    static Stream<String> poles() {
        return Cli.EXPECTED.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("poles")
    void jsonReportsOfEachBundledPoleHaveTheDocumentedVerdicts(String id) {
        Cli.Run r = run("validate", "--format", "json", arg(pole(id)));
        List<ComplianceReport> reports = Cli.reports(r.out());
        assertThat(reports).extracting(ComplianceReport::referential)
                .containsExactly("LOI-2014-856-ART9", "DECRET-2015-431-ART3", "CHARTE-LABO-ESS");
        assertThat(reports).extracting(rep -> rep.verdict().name()).containsExactly(Cli.EXPECTED.get(id));
        assertThat(reports).allSatisfy(rep -> assertThat(rep.pole()).isEqualTo(id));
        boolean nonCompliant = reports.stream().anyMatch(rep -> rep.verdict() == Verdict.NON_COMPLIANT);
        assertThat(r.exit()).isEqualTo(nonCompliant ? 1 : 0);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void exitCodeZeroWhenCompliant() {
        Cli.Run r = run("validate", "--referential", "DECRET-2015-431-ART3", arg(pole("figeacteurs")));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("FigeACteurs — ").contains("✓ Décret 2015-431, art. 3\u00a0: CONFORME — ");
    }

    @Test
    void exitCodeZeroWhenCompliantWithWarnings() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", arg(pole("phares")));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("⚠ Loi 2014-856, art. 9\u00a0: CONFORME AVEC AVERTISSEMENTS — ");
    }

    @Test
    void exitCodeOneWhenNonCompliant() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", arg(pole("figeacteurs")));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("FigeACteurs — ").contains("✗ Loi 2014-856, art. 9\u00a0: NON CONFORME — ");
    }

    @Test
    void textReportPutsThePoleAndVerdictFirstThenFailuresWithRemedyThenFigures() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", "--as-of", "2025-06-30", arg(pole("figeacteurs")));
        String out = r.out();
        assertThat(out.lines().findFirst()).hasValue("FigeACteurs — " + pole("figeacteurs") + " — au 30 juin 2025");
        int verdict = out.indexOf("✗ Loi 2014-856, art. 9\u00a0: NON CONFORME — ");
        int rule = out.indexOf("✗ Erreur\u00a0: Association avec des entreprises [ART9-ASSOCIATED-ENTERPRISE]");
        int remedy = out.indexOf("À faire : ");
        int figures = out.indexOf("Chiffres :");
        assertThat(List.of(verdict, rule, remedy, figures)).doesNotContain(-1).isSorted();
        assertThat(out).contains("⚠ Avertissement\u00a0: Lien avec une collectivité territoriale "
                + "[ART9-LOCAL-AUTHORITY-LINK]", "membres actifs\u00a0: ").doesNotContain("Respectées (");
    }

    @Test
    void textReportGivesTheDerivedFactsOfTheMembersAFailedRuleNames() {
        Cli.Run r = run("validate", "--referential", "CHARTE-LABO-ESS", "--as-of", "2026-11-26", arg(pole("organic-vallee")));

        assertThat(r.out()).contains("CH-ESS-LED-GOVERNANCE", "Concernés : ").doesNotContain("(asso-agri-bio)");
        Cli.Run verbose = run("validate", "--verbose", "--referential", "CHARTE-LABO-ESS", "--as-of", "2026-11-26",
                arg(pole("organic-vallee")));
        assertThat(verbose.out()).containsPattern("\\(asso-agri-bio\\) : ESS par sa forme juridique");
    }

    @Test
    void textReportBeforeTheLawSaysTheTextIsNotInForce() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", "--as-of", "2014-08-01", arg(pole("phares")));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("– Loi 2014-856, art. 9\u00a0: TEXTE PAS ENCORE EN VIGUEUR — 0 règle respectée, "
                + "0 non respectée, 13 sans objet").doesNotContain("✗", "⚠");
    }

    @Test
    void paramSetsADeploymentThreshold() {
        Cli.Run r = run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", "--param", "essVoteShareMin=0.2",
                arg(pole("organic-vallee")));

        ComplianceReport report = Cli.report(r.out());
        assertThat(report.parameters()).containsEntry("essVoteShareMin", 0.2);
        assertThat(report.result("CH-ESS-LED-GOVERNANCE").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void paramWithAnUnknownKeyOrAValueOutOfRangeIsAUsageError() {
        Cli.Run unknown = run("validate", "--param", "essShare=0.2", arg(pole("phares")));
        Cli.Run outOfRange = run("validate", "--param", "anchoredShareMin=1.5", arg(pole("phares")));
        Cli.Run notANumber = run("validate", "--param", "minActorFamilies=trois", arg(pole("phares")));

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("paramètre inconnu « essShare »").doesNotContain("Exception");
        assertThat(outOfRange.exit()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("--param anchoredShareMin : « 1.5 » refusé ; valeurs acceptées : de 0 à 1");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("« trois » n'est pas un nombre");
    }

    @Test
    void textReportInEnglish() {
        Cli.Run r = run("validate", "--lang", "en", "--referential", "LOI-2014-856-ART9", arg(pole("figeacteurs")));
        assertThat(r.out()).startsWith("FigeACteurs — ").contains("✗ Law 2014-856, art. 9: NON-COMPLIANT — ",
                "To do: ", "Figures:", "active members: ").doesNotContain("Passed (");
        Cli.Run warnings = run("validate", "--lang", "EN", "--referential", "LOI-2014-856-ART9", arg(pole("phares")));
        assertThat(warnings.out()).contains("⚠ Law 2014-856, art. 9: COMPLIANT WITH WARNINGS — ");
    }

    @Test
    void jsonFormatGivesAnArrayEvenForOneReport() {
        Cli.Run r = run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", "--as-of", "2024-12-31",
                arg(pole("phares")));
        assertThat(r.out()).startsWith("[\n  {\n    \"file\": \"" + pole("phares") + "\",");
        ComplianceReport report = Cli.report(r.out());
        assertThat(report.pole()).isEqualTo("phares");
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(report.metrics()).containsKeys("essVoteShareByBody", "anchoredShare");
        assertThat(r.exit()).isZero();
    }

    @Test
    void jsonFormatOfAFolderIsAnArrayOfEveryReportInPathOrder() {
        Cli.Run r = run("validate", "--format", "json", arg(Cli.POLES));
        List<ComplianceReport> reports = Cli.reports(r.out());
        assertThat(reports).hasSize(21);
        assertThat(reports.stream().map(ComplianceReport::pole).distinct())
                .containsExactly("bio-pour-tous", "cluster-jura", "coursive-boutaric", "figeacteurs", "organic-vallee",
                        "phares", "resto-passerelle");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).as("nothing extra on stderr when not a terminal").isEmpty();
    }

    @Test
    void severalReferentialsSeparatedByCommasCaseInsensitive() {
        Cli.Run r = run("validate", "--format", "json", "--referential", "loi-2014-856-art9,CHARTE-LABO-ESS",
                arg(pole("bio-pour-tous")));
        assertThat(Cli.reports(r.out())).extracting(ComplianceReport::referential)
                .containsExactly("LOI-2014-856-ART9", "CHARTE-LABO-ESS");
        assertThat(r.exit()).isZero();
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedWithEveryProblemAndTheOthersAreStillChecked() {
        Path dir = tmp.resolve("poles");
        Cli.copyPole("phares", dir.resolve("a-phares.json"));
        Path bad = Cli.write(dir.resolve("b-bad.json"), """
                {
                  "formatVersion": 1,
                  "id": "Bad Id",
                  "name": "Mauvais",
                  "colour": "red",
                  "members": [
                    { "id": "m1", "name": "M1", "legalCategory": "9220", "siren": "123456789" }
                  ]
                }
                """);
        Cli.copyPole("figeacteurs", dir.resolve("c-figeacteurs.json"));
        Cli.Run r = run("validate", "--format", "json", arg(dir));
        assertThat(r.exit()).isEqualTo(2);
        List<ComplianceReport> reports = Cli.reports(r.out());
        assertThat(reports).extracting(ComplianceReport::pole).containsExactly("phares", "phares", "phares", "figeacteurs",
                "figeacteurs", "figeacteurs");
        assertThat(r.err()).contains(bad + " : fichier invalide, 3 problèmes :")
                .contains(bad + ":3:9: $.id : doit être un identifiant")
                .contains(bad + ":5:3: $.colour : champ inconnu « colour »")
                .contains(bad + ":7:67: $.members[0].siren : doit être un SIREN");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBadFileInTextModeGivesExitTwoEvenWhenTheOthersAreNonCompliant() {
        Path bad = Cli.write(tmp.resolve("bad.json"), "{ \"formatVersion\": 1, ");
        Cli.Run r = run("validate", arg(pole("figeacteurs")), arg(bad));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("FigeACteurs — ", "NON CONFORME");
        assertThat(r.err()).contains(bad + " : fichier invalide, 1 problème :").contains("JSON invalide");
    }

    @Test
    void aMissingFileIsAnInputErrorAndTheOthersAreStillChecked() {
        Cli.Run r = run("validate", "--referential", "DECRET-2015-431-ART3", arg(tmp.resolve("nope.json")),
                arg(pole("figeacteurs")));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json : fichier ou dossier introuvable");
        assertThat(r.out()).startsWith("FigeACteurs — ").contains("CONFORME");
    }

    @Test
    void aFolderWithoutJsonIsAnInputError() {
        Cli.write(tmp.resolve("empty/readme.txt"), "nothing here");
        Cli.Run r = run("validate", arg(tmp.resolve("empty")));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("aucun fichier *.json");
    }

    @Test
    void foldersAreWalkedRecursivelyInPathOrder() {
        Cli.copyPole("phares", tmp.resolve("b/z.json"));
        Cli.copyPole("figeacteurs", tmp.resolve("a/deep/er/y.json"));
        Cli.copyPole("bio-pour-tous", tmp.resolve("a/x.json"));
        Cli.write(tmp.resolve("a/notes.md"), "# not a pole");
        Cli.Run r = run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", arg(tmp));
        assertThat(Cli.reports(r.out())).extracting(ComplianceReport::pole)
                .containsExactly("figeacteurs", "bio-pour-tous", "phares");
    }

    @Test
    void manyFilesAreCheckedOneAfterTheOther() {
        for (int i = 0; i < 60; i++) {
            Cli.copyPole(i % 2 == 0 ? "phares" : "figeacteurs", tmp.resolve(String.format("p%03d.json", i)));
        }
        Cli.Run r = run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", arg(tmp));
        assertThat(Cli.reports(r.out())).hasSize(60).allSatisfy(rep -> assertThat(rep.verdict()).isEqualTo(Verdict.COMPLIANT));
        assertThat(r.exit()).isZero();
        assertThat(r.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    }

    @Test
    void outputOptionWritesTheReportsToAFile() {
        Path out = tmp.resolve("report.json");
        Cli.Run r = run("validate", "--format", "json", "-o", arg(out), arg(pole("phares")));
        assertThat(r.out()).isEmpty();
        assertThat(Cli.reports(Cli.read(out))).hasSize(3);
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void anUnwritableOutputIsAnInputError() {
        Cli.Run r = run("validate", "-o", arg(tmp.resolve("no/such/dir/out.txt")), arg(pole("phares")));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Écriture impossible");
    }

    @Test
    void asOfChangesWhichMembersAreActive() {
        // FigeACteurs: a natural person left in 2020.
        ComplianceReport before = Cli.report(run("validate", "--format", "json", "--referential", "LOI-2014-856-ART9",
                "--as-of", "2019-12-31", arg(pole("figeacteurs"))).out());
        ComplianceReport after = Cli.report(run("validate", "--format", "json", "--referential", "LOI-2014-856-ART9",
                "--as-of", "2025-12-31", arg(pole("figeacteurs"))).out());
        assertThat(before.asOf()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(((Number) before.metrics().get("activeMembers")).intValue())
                .isGreaterThan(((Number) after.metrics().get("activeMembers")).intValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--format=pdf", "--lang=de", "--referential=LOI-1901", "--as-of=2024-02-30",
            "--as-of=demain"})
    void usageErrorsExitWithTwo(String option) {
        Cli.Run r = run("validate", option, arg(pole("phares")));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("(aide : ptce validate --help)").doesNotContain("Usage");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownReferentialListsTheValidOnes() {
        Cli.Run r = run("validate", "--referential", "LOI-1901", arg(pole("phares")));
        assertThat(r.err()).contains("référentiel inconnu « LOI-1901 »",
                "LOI-2014-856-ART9, DECRET-2015-431-ART3, CHARTE-LABO-ESS");
        assertThat(run("validate", "--lang", "en", "--referential", "LOI-1901", arg(pole("phares"))).err())
                .contains("unknown referential 'LOI-1901'", "LOI-2014-856-ART9, DECRET-2015-431-ART3, CHARTE-LABO-ESS");
    }

    @Test
    void validateWithoutFileIsAUsageError() {
        Cli.Run r = run("validate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ptce validate\u00a0: il manque FICHIER|DOSSIER (aide : ptce validate --help)"
                + System.lineSeparator());
    }

    @Test
    void noSubcommandOrAnUnknownOneIsAUsageError() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run().err()).contains("Utilisation\u00a0: ptce", "validate", "import-csv");
        assertThat(run("check", "x.json").exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitWithZero() {
        Cli.Run help = run("validate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--referential", "--as-of", "--format", "--lang", "--output", "Code de sortie");
        Cli.Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("ptce ");
    }

    @Test
    void everyRuleOfTheReferentialIsNamedInTheVerboseText() {
        Cli.Run r = run("validate", "--verbose", "--referential", "CHARTE-LABO-ESS", arg(pole("organic-vallee")));
        ComplianceReport report = Cli.report(run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS",
                arg(pole("organic-vallee"))).out());
        for (var result : report.results()) {
            assertThat(r.out()).contains(result.ruleId());
        }
        assertThat(report.result("CH-ESS-LED-GOVERNANCE").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }
}
