package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.json.PoleReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken and hostile inputs (the 41 fixtures of ptce-model's {@code BrokenDocumentsTest}, which
 * pins each one's message, path, line and column, plus hostile files generated here), run through
 * {@code ptce validate}: each gives exit code 2, every problem on stderr as {@code file:line:column: path : message},
 * no report on stdout and never a stack trace.
 */
class BrokenInputCatalogueTest {
    private static final Path BROKEN = Path.of("../ptce-model/src/test/resources/fr/ptce/model/json/broken");

    static Stream<Path> brokenFixtures() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void theCatalogueHasAtLeastFortyBrokenDocuments() throws IOException {
        assertThat(brokenFixtures().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void brokenDocumentExitsWithTwoAndReportsEveryProblemWithItsPosition(Path file) {
        List<Problem> problems = problemsOf(file);
        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        for (Problem p : problems) {
            assertThat(run.err()).contains(file + ":" + p.line() + ":" + p.column() + ": " + p.path() + " : " + p.message());
        }
        assertNoStackTrace(run);
    }

    @Test
    void hostileFilesExitWithTwoWithoutAStackTrace(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000)));
        files.add(Files.writeString(dir.resolve("long-string.json"), "{\"name\": \"" + "a".repeat(10_000_000) + "\"}"));
        files.add(Files.write(dir.resolve("bad-utf8.json"), new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '(', '"', '}'}));
        files.add(Files.writeString(dir.resolve("empty.json"), ""));
        files.add(Files.writeString(dir.resolve("not-an-object.json"), "[1, 2, 3]"));
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        files.add(huge);
        for (Path file : files) {
            Cli.Run run = Cli.run("validate", file.toString());
            assertThat(run.exit()).as(file.getFileName().toString()).isEqualTo(2);
            assertThat(run.err()).as(file.getFileName().toString()).contains(file.toString() + ":");
            assertNoStackTrace(run);
        }
    }

    @Test
    void aDirectoryMixingBrokenAndGoodFilesChecksTheGoodOnesAndExitsWithTwo(@TempDir Path dir) throws IOException {
        Files.copy(BROKEN.resolve("10-dangling-carrier.json"), dir.resolve("a-broken.json"));
        Cli.copyPole("phares", dir.resolve("b-phares.json"));
        Cli.Run run = Cli.run("validate", "--referential", "CHARTE-LABO-ESS", "--format", "json", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("\"pole\": \"phares\"");
        assertThat(run.err()).contains("a-broken.json:5:14: $.carrier");
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(Cli.Run run) {
        String all = run.out() + run.err();
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Caused by");
    }

    private static List<Problem> problemsOf(Path file) {
        try {
            PoleReader.create(java.util.Locale.FRENCH).read(file);
        } catch (PoleFormatException e) {
            return e.problems();
        }
        throw new AssertionError(file + " should not read");
    }
}
