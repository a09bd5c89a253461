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
        List<ComplianceReport> reports = ReportJson.readList(r.out());
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
        assertThat(r.out()).startsWith("CONFORME — FigeACteurs (figeacteurs)");
    }

    @Test
    void exitCodeZeroWhenCompliantWithWarnings() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", arg(pole("phares")));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("CONFORME AVEC AVERTISSEMENTS — ");
    }

    @Test
    void exitCodeOneWhenNonCompliant() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", arg(pole("figeacteurs")));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("NON CONFORME — FigeACteurs");
    }

    @Test
    void textReportPutsTheVerdictFirstThenFailuresWithRemedyThenTheRestThenFigures() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", "--as-of", "2025-06-30", arg(pole("figeacteurs")));
        String out = r.out();
        assertThat(out.lines().findFirst()).hasValue("NON CONFORME — FigeACteurs (figeacteurs)");
        assertThat(out).contains("au 2025-06-30");
        int failed = out.indexOf("Règles non respectées (3) :");
        int rule = out.indexOf("ART9-ASSOCIATED-ENTERPRISE — Association avec des entreprises");
        int remedy = out.indexOf("À faire : ");
        int passed = out.indexOf("Respectées (");
        int notApplicable = out.indexOf("Sans objet (");
        int figures = out.indexOf("Chiffres :");
        assertThat(List.of(failed, rule, remedy, passed, notApplicable, figures)).doesNotContain(-1).isSorted();
        assertThat(out).contains("[Erreur] ART9-ASSOCIATED-ENTERPRISE", "[Avertissement] ART9-LOCAL-AUTHORITY-LINK",
                "membres actifs\u00a0: ", "Source : Loi n° 2014-856");
    }

    @Test
    void textReportGivesTheDerivedFactsOfTheMembersAFailedRuleNames() {
        Cli.Run r = run("validate", "--referential", "CHARTE-LABO-ESS", "--as-of", "2026-11-26", arg(pole("organic-vallee")));

        assertThat(r.out()).contains("CH-ESS-LED-GOVERNANCE", "Concernés : ")
                .containsPattern("\\(asso-agri-bio\\) : ESS par sa forme juridique");
    }

    @Test
    void textReportBeforeTheLawSaysTheTextIsNotInForce() {
        Cli.Run r = run("validate", "--referential", "LOI-2014-856-ART9", "--as-of", "2014-08-01", arg(pole("phares")));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("TEXTE PAS ENCORE EN VIGUEUR — ").contains("Sans objet (13)")
                .doesNotContain("Règles non respectées");
    }

    @Test
    void paramSetsADeploymentThreshold() {
        Cli.Run r = run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", "--param", "essVoteShareMin=0.2",
                arg(pole("organic-vallee")));

        ComplianceReport report = ReportJson.read(r.out());
        assertThat(report.parameters()).containsEntry("essVoteShareMin", 0.2);
        assertThat(report.result("CH-ESS-LED-GOVERNANCE").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void paramWithAnUnknownKeyOrAValueOutOfRangeIsAUsageError() {
        Cli.Run unknown = run("validate", "--param", "essShare=0.2", arg(pole("phares")));
        Cli.Run outOfRange = run("validate", "--param", "anchoredShareMin=1.5", arg(pole("phares")));
        Cli.Run notANumber = run("validate", "--param", "minActorFamilies=trois", arg(pole("phares")));

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown parameter 'essShare'").doesNotContain("Exception");
        assertThat(outOfRange.exit()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("anchoredShareMin must be between 0 and 1");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("'trois' is not a number");
    }

    @Test
    void textReportInEnglish() {
        Cli.Run r = run("validate", "--lang", "en", "--referential", "LOI-2014-856-ART9", arg(pole("figeacteurs")));
        assertThat(r.out()).startsWith("NON-COMPLIANT — FigeACteurs").contains("Failed rules (3):", "To do: ",
                "Passed (", "Figures:", "active members: ");
        Cli.Run warnings = run("validate", "--lang", "EN", "--referential", "LOI-2014-856-ART9", arg(pole("phares")));
        assertThat(warnings.out()).startsWith("COMPLIANT WITH WARNINGS — ");
    }

    @Test
    void jsonFormatGivesOneObjectForOneReport() {
        Cli.Run r = run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", "--as-of", "2024-12-31",
                arg(pole("phares")));
        assertThat(r.out()).startsWith("{");
        ComplianceReport report = ReportJson.read(r.out());
        assertThat(report.pole()).isEqualTo("phares");
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(report.metrics()).containsKeys("essVoteShareByBody", "anchoredShare");
        assertThat(r.exit()).isZero();
    }

    @Test
    void jsonFormatOfAFolderIsAnArrayOfEveryReportInPathOrder() {
        Cli.Run r = run("validate", "--format", "json", arg(Cli.POLES));
        List<ComplianceReport> reports = ReportJson.readList(r.out());
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
        assertThat(ReportJson.readList(r.out())).extracting(ComplianceReport::referential)
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
        List<ComplianceReport> reports = ReportJson.readList(r.out());
        assertThat(reports).extracting(ComplianceReport::pole).containsExactly("phares", "phares", "phares", "figeacteurs",
                "figeacteurs", "figeacteurs");
        assertThat(r.err()).contains(bad + " : fichier invalide, 3 problème(s) :")
                .contains(bad + ":3:9: $.id : must be a slug")
                .contains(bad + ":5:3: $.colour : unknown field \"colour\"")
                .contains(bad + ":7:67: $.members[0].siren : must be a SIREN");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBadFileInTextModeGivesExitTwoEvenWhenTheOthersAreNonCompliant() {
        Path bad = Cli.write(tmp.resolve("bad.json"), "{ \"formatVersion\": 1, ");
        Cli.Run r = run("validate", arg(pole("figeacteurs")), arg(bad));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("NON CONFORME — FigeACteurs");
        assertThat(r.err()).contains(bad + " : fichier invalide, 1 problème(s) :").contains("invalid JSON");
    }

    @Test
    void aMissingFileIsAnInputErrorAndTheOthersAreStillChecked() {
        Cli.Run r = run("validate", "--referential", "DECRET-2015-431-ART3", arg(tmp.resolve("nope.json")),
                arg(pole("figeacteurs")));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json : fichier ou dossier introuvable");
        assertThat(r.out()).startsWith("CONFORME — FigeACteurs");
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
        assertThat(ReportJson.readList(r.out())).extracting(ComplianceReport::pole)
                .containsExactly("figeacteurs", "bio-pour-tous", "phares");
    }

    @Test
    void manyFilesAreCheckedOneAfterTheOther() {
        for (int i = 0; i < 60; i++) {
            Cli.copyPole(i % 2 == 0 ? "phares" : "figeacteurs", tmp.resolve(String.format("p%03d.json", i)));
        }
        Cli.Run r = run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", arg(tmp));
        assertThat(ReportJson.readList(r.out())).hasSize(60).allSatisfy(rep -> assertThat(rep.verdict()).isEqualTo(Verdict.COMPLIANT));
        assertThat(r.exit()).isZero();
        assertThat(r.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    }

    @Test
    void outputOptionWritesTheReportsToAFile() {
        Path out = tmp.resolve("report.json");
        Cli.Run r = run("validate", "--format", "json", "-o", arg(out), arg(pole("phares")));
        assertThat(r.out()).isEmpty();
        assertThat(ReportJson.readList(Cli.read(out))).hasSize(3);
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
        ComplianceReport before = ReportJson.read(run("validate", "--format", "json", "--referential", "LOI-2014-856-ART9",
                "--as-of", "2019-12-31", arg(pole("figeacteurs"))).out());
        ComplianceReport after = ReportJson.read(run("validate", "--format", "json", "--referential", "LOI-2014-856-ART9",
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
        assertThat(r.err()).contains("Usage: ptce validate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownReferentialListsTheValidOnes() {
        Cli.Run r = run("validate", "--referential", "LOI-1901", arg(pole("phares")));
        assertThat(r.err()).contains("unknown referential 'LOI-1901'", "LOI-2014-856-ART9, DECRET-2015-431-ART3, CHARTE-LABO-ESS");
    }

    @Test
    void validateWithoutFileIsAUsageError() {
        Cli.Run r = run("validate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
    }

    @Test
    void noSubcommandOrAnUnknownOneIsAUsageError() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run().err()).contains("Usage: ptce", "validate", "import-csv");
        assertThat(run("check", "x.json").exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitWithZero() {
        Cli.Run help = run("validate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--referential", "--as-of", "--format", "--lang", "--output", "Exit code");
        Cli.Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("ptce ");
    }

    @Test
    void everyRuleOfTheReferentialAppearsOnceInTheText() {
        Cli.Run r = run("validate", "--referential", "CHARTE-LABO-ESS", arg(pole("organic-vallee")));
        ComplianceReport report = ReportJson.read(run("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS",
                arg(pole("organic-vallee"))).out());
        for (var result : report.results()) {
            assertThat(r.out()).contains(result.ruleId());
        }
        assertThat(report.result("CH-ESS-LED-GOVERNANCE").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }
}
