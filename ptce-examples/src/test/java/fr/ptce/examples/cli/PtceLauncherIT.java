package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code scripts/ptce} on the real jar, with the JDK running the tests: its first run (which records the
 * class cache) and its later runs (which use it) print exactly what {@code java -jar ptce.jar} prints, with the same
 * exit code; runs that start together on an empty cache all succeed and leave one cache and no temporary file; a cache
 * folder it cannot write gives a plain run.
 */
class PtceLauncherIT {
    private static final Path JAR = Path.of("target/ptce.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("../scripts/ptce").toAbsolutePath().normalize();
    private static final String POLE = "src/main/resources/poles/coursive-boutaric.json";
    private static final String[] ARGS = {"validate", POLE, "--format", "json", "--as-of", "2025-06-30"};

    record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> env, List<String> command) throws Exception {
        Path out = Files.createTempFile("ptce-out", ".txt");
        Path err = Files.createTempFile("ptce-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            builder.environment().put("PTCE_JAR", JAR.toString());
            builder.environment().put("PTCE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            builder.environment().remove("PTCE_JAVA_OPTS");
            builder.environment().remove("PTCE_CACHE");
            Process p = builder.start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Run plain(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command);
    }

    private static Run launcher(Path cache, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(Map.of("PTCE_CACHE_DIR", cache.toString()), command);
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void firstAndLaterRunsPrintWhatJavaJarPrints(@TempDir Path cache) throws Exception {
        assertThat(JAR).exists();
        Run expected = plain(ARGS);
        assertThat(launcher(cache, ARGS)).as("first run, recording the cache").isEqualTo(expected);
        assertThat(files(cache)).anyMatch(f -> f.endsWith(".jsa") || f.endsWith(".aot"));
        assertThat(launcher(cache, ARGS)).as("with the cache").isEqualTo(expected);
        assertThat(launcher(cache, "validate", "--format", "pdf", "x.json")).isEqualTo(plain("validate", "--format", "pdf",
                "x.json"));
    }

    @Test
    void runsStartingTogetherOnAnEmptyCacheAllSucceed(@TempDir Path cache) throws Exception {
        Run expected = plain(ARGS);
        List<Thread> threads = new ArrayList<>();
        List<Run> runs = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                try {
                    runs.add(launcher(cache, ARGS));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(runs).hasSize(3).allSatisfy(r -> assertThat(r).isEqualTo(expected));
        assertThat(files(cache)).filteredOn(f -> f.endsWith(".jsa") || f.endsWith(".aot")).hasSize(1);
        assertThat(files(cache)).noneMatch(f -> f.startsWith("."));
        assertThat(launcher(cache, ARGS)).isEqualTo(expected);
    }

    @Test
    void aCacheFolderItCannotWriteGivesAPlainRun(@TempDir Path dir) throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            Run expected = plain(ARGS);
            assertThat(launcher(readOnly, ARGS)).isEqualTo(expected);
            Path file = Files.createFile(dir.resolve("file"));
            assertThat(launcher(file.resolve("under-a-file"), ARGS)).as("a cache folder that cannot be made")
                    .isEqualTo(expected);
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }
}
