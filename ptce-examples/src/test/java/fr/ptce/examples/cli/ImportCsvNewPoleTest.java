package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ptce import-csv MEMBERS.csv --new --name NAME --into POLE.json}: a new pole from a member list. */
class ImportCsvNewPoleTest {
    private static final String MEMBERS = "src/main/resources/examples/members.csv";

    @TempDir
    Path tmp;

    @Test
    void createsAValidPoleOfTheListedMembers() {
        Path file = tmp.resolve("nouveau.json");

        Cli.Run run = Cli.run("import-csv", MEMBERS, "--new", "--name", "Bio pour tous (nouveau)", "--into",
                Cli.arg(file));

        assertThat(run.exit()).as(run.err()).isEqualTo(PtceCommand.OK);
        Pole pole = PoleReader.create().read(file);
        assertThat(pole.id()).isEqualTo("bio-pour-tous-nouveau");
        assertThat(pole.name()).isEqualTo("Bio pour tous (nouveau)");
        assertThat(pole.memberList()).extracting(m -> m.id()).contains("gab65", "resto-bio")
                .doesNotContain("placeholder");
    }

    @Test
    void takesAGivenId() {
        Path file = tmp.resolve("nouveau.json");

        Cli.run("import-csv", MEMBERS, "--new", "--name", "Bio", "--id", "bio-65", "--into", Cli.arg(file));

        assertThat(PoleReader.create().read(file).id()).isEqualTo("bio-65");
    }

    @Test
    void neverOverwritesAnExistingFile() {
        Path file = Cli.copyPole("bio-pour-tous", tmp.resolve("bio.json"));
        String before = Cli.read(file);

        Cli.Run run = Cli.run("import-csv", MEMBERS, "--new", "--name", "Bio", "--into", Cli.arg(file));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(run.err()).contains("existe déjà");
        assertThat(Cli.read(file)).isEqualTo(before);
    }

    @Test
    void newNeedsANameAndANameNeedsNew() {
        Cli.Run withoutName = Cli.run("import-csv", MEMBERS, "--new", "--into", Cli.arg(tmp.resolve("a.json")));
        Path existing = Cli.copyPole("bio-pour-tous", tmp.resolve("bio.json"));
        Cli.Run withoutNew = Cli.run("import-csv", MEMBERS, "--name", "Bio", "--into", Cli.arg(existing));

        assertThat(withoutName.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(withoutName.err()).contains("--name");
        assertThat(tmp.resolve("a.json")).doesNotExist();
        assertThat(withoutNew.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(withoutNew.err()).contains("--new");
    }

    @Test
    void aRejectedRowWritesNothing() {
        Path csv = Cli.write(tmp.resolve("m.csv"), "id;name;legalCategory\nok;OK;9220\nBAD ID;Bad;9220\n");
        Path file = tmp.resolve("nouveau.json");

        Cli.Run run = Cli.run("import-csv", Cli.arg(csv), "--new", "--name", "Bio", "--into", Cli.arg(file));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(file).doesNotExist();
    }
}
