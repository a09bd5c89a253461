package fr.ptce.examples.cli;

import static fr.ptce.examples.cli.Cli.arg;
import static fr.ptce.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Relation;
import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import fr.ptce.model.json.PoleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCsvCommandTest {
    @TempDir
    Path tmp;
    Path pole;

    /** The bio-pour-tous member list with awkward values, without the BOM/CRLF/separator choices. */
    static final List<String> ROWS = List.of(
            "gab65|\"GAB65 – Groupement des agriculteurs \"\"bio\"\" des Hautes-Pyrénées\"|9220||||65440||",
            "resto-bio|SCIC Resto Bio Midi-Pyrénées|5460|SCIC|||65440|ENTERPRISE|",
            "biocoop-tarbes|\"Biocoop de Tarbes, magasin\"|5499||n|||ENTERPRISE\\|OTHER|non",
            "cfppa-65|CFPPA des Hautes-Pyrénées|7331||||65460||",
            "villages-accueillants|\"Villages Accueillants (atelier chantier d'insertion; maraîchage bio)\"|9220|||||| ",
            "alti-pyrenees-bio|Alti Pyrénées Bio (coopérative d'éleveurs)|6317||||||",
            "odyssee-engrain|SCIC Odyssée d'Engrain|5710|scic|O|||  |",
            "secours-populaire-65|\"Secours populaire français\nfédération des Hautes-Pyrénées\"|9220||||65440||",
            "grand-tarbes|Communauté d'agglomération du Grand Tarbes|7348|||partner|65440||",
            "gip|Groupement d'intérêt public partenaire|7410|||PARTNER|||");
    static final String HEADER = "id|name|legalCategory|statute|sireneEss|relation|commune|roles|essStatutes";

    @BeforeEach
    void copyPole() {
        pole = Cli.copyPole("bio-pour-tous", tmp.resolve("bio-pour-tous.json"));
    }

    private Path csv(String name, char separator, boolean bom, String lineEnd, List<String> rows) throws IOException {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        sb.append(HEADER.replace('|', separator)).append(lineEnd);
        for (String row : rows) {
            // '|' is the placeholder separator; "\|" a literal '|' (inside roles).
            sb.append(row.replace("\\|", "\u0000").replace('|', separator).replace('\u0000', '|')).append(lineEnd);
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private Pole written() {
        return PoleReader.create().read(pole);
    }

    @Test
    void importsTheBundledSample() {
        Cli.Run r = run("import-csv", "src/main/resources/examples/members.csv", "--into", arg(pole));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("10 membres importés");
        Pole original = PoleReader.create().read(Cli.pole("bio-pour-tous"));
        assertThat(written().memberList()).isEqualTo(original.memberList());
        assertThat(written().governance()).isEqualTo(original.governance());
    }

    @Test
    void semicolonsBomCrlfQuotesAccentsAndMultilineValues() throws IOException {
        Path file = csv("members.csv", ';', true, "\r\n", ROWS);
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        checkImported(written());
    }

    @Test
    void commasWithoutBomAndLf() throws IOException {
        Path file = csv("members.csv", ',', false, "\n", ROWS);
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole), "--lang", "en");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("10 members imported");
        checkImported(written());
    }

    private static void checkImported(Pole p) {
        assertThat(p.memberList()).hasSize(10);
        Member gab = p.member("gab65").orElseThrow();
        assertThat(gab.name()).isEqualTo("GAB65 – Groupement des agriculteurs \"bio\" des Hautes-Pyrénées");
        Member biocoop = p.member("biocoop-tarbes").orElseThrow();
        assertThat(biocoop.name()).isEqualTo("Biocoop de Tarbes, magasin");
        assertThat(biocoop.sireneEss()).isEqualTo(SireneEss.N);
        assertThat(biocoop.roles()).containsExactly(Role.ENTERPRISE, Role.OTHER);
        assertThat(biocoop.essStatutes()).isFalse();
        assertThat(p.member("villages-accueillants").orElseThrow().name())
                .isEqualTo("Villages Accueillants (atelier chantier d'insertion; maraîchage bio)");
        assertThat(p.member("odyssee-engrain").orElseThrow().statute()).isEqualTo(Statute.SCIC);
        assertThat(p.member("secours-populaire-65").orElseThrow().name())
                .isEqualTo("Secours populaire français\nfédération des Hautes-Pyrénées");
        assertThat(p.member("grand-tarbes").orElseThrow().relation()).isEqualTo(Relation.PARTNER);
        assertThat(p.member("cfppa-65").orElseThrow().commune()).isEqualTo("65460");
        assertThat(p.member("alti-pyrenees-bio").orElseThrow().roles()).isNull();
    }

    @Test
    void aBadRowIsReportedWithItsLineNumberAndNothingIsWritten() throws IOException {
        byte[] before = Files.readAllBytes(pole);
        List<String> rows = new java.util.ArrayList<>(ROWS);
        // The header is line 1 and row i is line i + 2, except after the multi-line name of secours-populaire-65
        // (lines 9-10): grand-tarbes is on line 11 and gip on line 12.
        rows.set(9, "gip|Groupement d'intérêt public partenaire|7410|||PARTNER|||peut-être");
        rows.set(2, "biocoop-tarbes|Biocoop de Tarbes|5499|||||ENTERPRISE|");
        rows.set(3, "cfppa-65|CFPPA des Hautes-Pyrénées|7331||||99999||");
        Path file = csv("members.csv", ';', false, "\r\n", rows);
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":5: ligne rejetée (cfppa-65) : commune").contains("99999")
                .contains(file + ":12: ligne rejetée (gip) : essStatutes").contains("« peut-être » n'est pas un booléen")
                .contains("2 lignes rejetées : rien n'a été écrit");
        assertThat(Files.readAllBytes(pole)).isEqualTo(before);
    }

    @Test
    void invalidSirenAndUnknownLegalCategoryAndWrongColumnCountAreEachReported() throws IOException {
        Path file = tmp.resolve("m.csv");
        Files.writeString(file, """
                id,name,siren,legalCategory,commune
                gab65,GAB65,338 365 059,9220,65440
                resto-bio,SCIC Resto Bio,123456789,5460,65440
                biocoop-tarbes,Biocoop,,1234,65440
                cfppa-65,CFPPA,,7331
                villages-accueillants,Villages,,9220,65440
                alti-pyrenees-bio,Alti,,6317,
                odyssee-engrain,Odyssée,,5710,
                secours-populaire-65,Secours,,9220,
                grand-tarbes,Grand Tarbes,,7348,
                gip,GIP,,7410,
                ,,,,
                """, StandardCharsets.UTF_8);
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":3: row rejected (resto-bio): siren: must be a SIREN")
                .contains(file + ":4: row rejected (biocoop-tarbes): legalCategory: must be a known INSEE legal category")
                .contains(file + ":5: row rejected (?): 4 values for 5 columns")
                .contains(file + ":12: row rejected (?): empty row")
                .doesNotContain(":2: row rejected");
        assertThat(r.err()).contains("4 rows rejected: nothing was written");
    }

    @Test
    void membersStillReferencedByThePoleMustBeInTheList() throws IOException {
        byte[] before = Files.readAllBytes(pole);
        List<String> withoutGrandTarbes = new java.util.ArrayList<>(ROWS);
        withoutGrandTarbes.remove(8);
        Path file = csv("members.csv", ',', false, "\n", withoutGrandTarbes);
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("The resulting pole " + pole + " is invalid:").contains("grand-tarbes");
        assertThat(Files.readAllBytes(pole)).isEqualTo(before);
    }

    @Test
    void headerProblems() throws IOException {
        Path unknown = Cli.write(tmp.resolve("u.csv"), "id;name;siret;legalCategroy\nx;X;;9220\n");
        Cli.Run r = run("import-csv", arg(unknown), "--into", arg(pole));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(unknown + ":1: colonne inconnue « legalCategroy »");

        Path noName = Cli.write(tmp.resolve("n.csv"), "id,legalCategory\nx,9220\n");
        assertThat(run("import-csv", arg(noName), "--into", arg(pole)).err()).contains("colonne obligatoire absente : name");

        Path empty = Cli.write(tmp.resolve("e.csv"), "");
        assertThat(run("import-csv", arg(empty), "--into", arg(pole)).exit()).isEqualTo(2);
    }

    @Test
    void aLatin1FileIsRejectedWithTheLineOfTheFirstBadByte() throws IOException {
        Path file = tmp.resolve("latin1.csv");
        Files.write(file, "id;name;legalCategory\ngab65;GAB;9220\nresto-bio;Pyrénées;5460\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("n'est pas en UTF-8 (octet invalide ligne 3)");
    }

    @Test
    void thePoleMustExistAndBeValid() throws IOException {
        Path file = csv("members.csv", ';', false, "\n", ROWS);
        Cli.Run missing = run("import-csv", arg(file), "--into", arg(tmp.resolve("absent.json")));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("le pôle n'existe pas");
        Path invalid = Cli.write(tmp.resolve("invalid.json"), "{\"formatVersion\": 1}");
        Cli.Run bad = run("import-csv", arg(file), "--into", arg(invalid));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("fichier invalide");
        assertThat(run("import-csv", arg(tmp.resolve("none.csv")), "--into", arg(pole)).exit()).isEqualTo(2);
        assertThat(run("import-csv", arg(file)).exit()).as("--into is required").isEqualTo(2);
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        byte[] before = Files.readAllBytes(pole);
        Path file = csv("members.csv", ';', false, "\n", ROWS);
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole), "--dry-run");
        assertThat(r.exit()).isZero();
        assertThat(Files.readAllBytes(pole)).isEqualTo(before);
        assertThat(r.out()).contains("10 membres vérifiés", "rien n'a été écrit dans " + pole, "(--dry-run)")
                .doesNotContain("importés");
    }

    @Test
    void importingIntoAnotherPoleSummarisesItsProblemsInsteadOfListingThemAll() throws IOException {
        Path other = Cli.copyPole("coursive-boutaric", tmp.resolve("coursive-boutaric.json"));
        byte[] before = Files.readAllBytes(other);
        Cli.Run r = run("import-csv", "src/main/resources/examples/members.csv", "--into", arg(other));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(14);
        assertThat(r.err()).containsPattern("… et \\d+ autres? problèmes?").contains("Rien n'a été écrit dans " + other);
    }

    @Test
    void datesAndIntegerColumns() throws IOException {
        Path file = Cli.write(tmp.resolve("d.csv"), String.join("\n",
                "id,name,legalCategory,joinedOn,leftOn,employees,enterpriseGrouping.members,enterpriseGrouping.nonEssMembers",
                "gab65,GAB,9220,2015-01-01,,12,,",
                "resto-bio,Resto,5460,,,,60,50",
                "biocoop-tarbes,Biocoop,5499,,,,,",
                "cfppa-65,CFPPA,7331,,,,,",
                "villages-accueillants,Villages,9220,,,,,",
                "alti-pyrenees-bio,Alti,6317,,,,,",
                "odyssee-engrain,Odyssée,5710,,,,,",
                "secours-populaire-65,Secours,9220,,2030-01-01,,,",
                "grand-tarbes,Grand Tarbes,7348,,,,,",
                "gip,GIP,7410,,,,,", ""));
        Cli.Run r = run("import-csv", arg(file), "--into", arg(pole));
        assertThat(r.err()).isEmpty();
        Pole p = written();
        assertThat(p.member("gab65").orElseThrow().joinedOn()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(p.member("gab65").orElseThrow().employees()).isEqualTo(12);
        assertThat(p.member("resto-bio").orElseThrow().enterpriseGrouping().nonEssMembers()).isEqualTo(50);

        Path bad = Cli.write(tmp.resolve("bad.csv"), String.join("\n",
                "id,name,legalCategory,joinedOn,employees,enterpriseGrouping.members", "gab65,GAB,9220,01/01/2015,douze,4", ""));
        Cli.Run rb = run("import-csv", arg(bad), "--into", arg(pole), "--lang", "en");
        assertThat(rb.exit()).isEqualTo(2);
        assertThat(rb.err()).contains(":2: row rejected (gab65): employees: \"douze\" is not a non-negative integer")
                .contains(":2: row rejected (gab65): \"enterpriseGrouping.members\" and \"enterpriseGrouping.nonEssMembers\" go together")
                .contains(":2: row rejected (gab65): joinedOn");
    }
}
