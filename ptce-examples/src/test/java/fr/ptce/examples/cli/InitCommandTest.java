package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.Referential;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ptce init}: a small valid pole to start from, never over an existing file. */
class InitCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesAValidPoleTheStrictReaderReadsWithAnIdMadeFromTheName() {
        Path file = tmp.resolve("pole.json");

        Cli.Run run = Cli.run("init", "--name", "Pôle des Grésilles", Cli.arg(file));

        assertThat(run.exit()).as(run.err()).isEqualTo(PtceCommand.OK);
        Pole pole = PoleReader.create().read(file);
        assertThat(pole.formatVersion()).isEqualTo(1);
        assertThat(pole.id()).isEqualTo("pole-des-gresilles");
        assertThat(pole.name()).isEqualTo("Pôle des Grésilles");
        assertThat(pole.memberList()).extracting(m -> m.name()).allMatch(n -> n.endsWith("(à compléter)"));
        assertThat(run.out()).contains("pole-des-gresilles").contains("ptce validate");
    }

    @Test
    void thePlaceholdersPassValidationAndOnlyTheTerritoryIsLeftForTheLegalDefinition() {
        Path file = tmp.resolve("pole.json");
        Cli.run("init", "--name", "Starter", "--id", "starter", "--lang", "en", Cli.arg(file));

        Cli.Run validate = Cli.run("validate", "--referential", "LOI-2014-856-ART9", Cli.arg(file));

        assertThat(validate.exit()).as("valid input: a verdict, not exit code 2").isNotEqualTo(PtceCommand.INVALID);
        Pole pole = PoleReader.create().read(file);
        assertThat(pole.id()).isEqualTo("starter");
        assertThat(pole.memberList()).extracting(m -> m.name()).allMatch(n -> n.endsWith("(to fill in)"));
        // COG codes must be real: the starter names its territory and leaves the codes to the coordinator.
        assertThat(ComplianceChecker.create().check(pole, Referential.LOI_2014_856_ART9).failures())
                .extracting(r -> r.ruleId()).containsExactly("ART9-SAME-TERRITORY");
    }

    @Test
    void refusesToOverwriteAnExistingFile() {
        Path file = Cli.write(tmp.resolve("pole.json"), "keep me");

        Cli.Run run = Cli.run("init", "--name", "Pôle", Cli.arg(file));

        assertThat(run.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(run.err()).contains("existe déjà");
        assertThat(Cli.read(file)).isEqualTo("keep me");
    }

    @Test
    void anInvalidIdOrANameWithoutLettersIsRefusedWithAClearMessage() {
        Cli.Run badId = Cli.run("init", "--name", "Pôle", "--id", "Pôle X", Cli.arg(tmp.resolve("a.json")));
        Cli.Run noId = Cli.run("init", "--name", "!!!", Cli.arg(tmp.resolve("b.json")));
        Cli.Run noName = Cli.run("init", Cli.arg(tmp.resolve("c.json")));

        assertThat(badId.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(badId.err()).contains("--id Pôle X");
        assertThat(noId.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(noId.err()).contains("--id");
        assertThat(noName.exit()).isEqualTo(PtceCommand.INVALID);
        assertThat(tmp.resolve("a.json")).doesNotExist();
        assertThat(tmp.resolve("b.json")).doesNotExist();
    }
}
