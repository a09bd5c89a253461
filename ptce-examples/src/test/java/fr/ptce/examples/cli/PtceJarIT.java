package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.ReportJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Smoke test of the real fat jar {@code target/ptce.jar} in its own JVM (run by failsafe, after packaging). */
class PtceJarIT {
    private static final Path JAR = Path.of("target/ptce.jar");

    record Run(int exit, String out, String err) {
    }

    private static Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("ptce-out", ".txt");
        Path err = Files.createTempFile("ptce-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theFatJarChecksTheBundledPolesWithNothingButReportsOnStdout() throws Exception {
        assertThat(JAR).exists();
        Run r = java("validate", "--format", "json", "src/main/resources/poles");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).as("no log noise").isEmpty();
        List<ReportJson.FiledReport> reports = ReportJson.readFiledList(r.out());
        assertThat(reports).hasSize(21);
        assertThat(reports).allSatisfy(f -> assertThat(f.file()).startsWith("src/main/resources/poles/"));
    }

    @Test
    void theFatJarPrintsUtf8AndExitCodes() throws Exception {
        Run text = java("validate", "--referential", "DECRET-2015-431-ART3", "src/main/resources/poles/figeacteurs.json");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("FigeACteurs — ").contains("✓ Décret 2015-431, art. 3\u00a0: CONFORME — ",
                "12 règles respectées");
        Run usage = java("validate", "--format", "pdf", "x.json");
        assertThat(usage.exit()).isEqualTo(2);
        Run version = java("--version");
        assertThat(version.out()).containsPattern("^ptce \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? — format v1, règles v2");
        Run english = java("--version", "--lang", "en");
        assertThat(english.out()).containsPattern("^ptce \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? - format v1, rules v2");
    }
}
