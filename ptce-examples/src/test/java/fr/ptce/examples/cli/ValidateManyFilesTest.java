package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over many files (read and checked several at a time, see {@code CheckPipeline}) prints what the files give one
 * by one, in path order: the same reports and the same problems on standard error, in the same order, whichever
 * thread read which file.
 */
class ValidateManyFilesTest {
    @Test
    void aFolderOfManyFilesGivesWhatEachFileGivesInPathOrder(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Path file = dir.resolve(String.format("pole-%03d.json", i));
            if (i % 7 == 3) {
                Files.writeString(file, "{\"formatVersion\": 1, \"id\": \"Pole " + i + "\", \"name\": \"x\", \"members\": []}");
            } else if (i % 11 == 5) {
                Files.writeString(file, "{\"formatVersion\": 1, \"id\": ");
            } else {
                String id = new ArrayList<>(Cli.EXPECTED.keySet()).stream().sorted().toList().get(i % Cli.EXPECTED.size());
                Files.copy(Cli.pole(id), file);
            }
            files.add(file);
        }
        List<fr.ptce.rules.ReportJson.FiledReport> reports = new ArrayList<>();
        StringBuilder err = new StringBuilder();
        int exit = 0;
        for (Path file : files) {
            Cli.Run one = Cli.run("validate", "--as-of", "2025-06-30", "--format", "json", file.toString());
            reports.addAll(fr.ptce.rules.ReportJson.readFiledList(one.out()));
            err.append(one.err());
            exit = Math.max(exit, one.exit());
        }
        Cli.Run all = Cli.run("validate", "--as-of", "2025-06-30", "--format", "json", dir.toString());
        assertThat(all.err()).isEqualTo(err.toString());
        assertThat(all.exit()).isEqualTo(exit).isEqualTo(2);
        assertThat(reports).hasSizeGreaterThan(300);
        assertThat(fr.ptce.rules.ReportJson.readFiledList(all.out())).isEqualTo(reports);
    }
}
