package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken fixture and every generated hostile input is rejected in under a second with at most 64 MB of
 * heap: the reader runs in a separate JVM started with {@code -Xmx64m}.
 */
class RejectionBudgetTest {

    @Test
    void everyBrokenOrHostileInputIsRejectedWithin64MegabytesAndOneSecond(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        for (String name : Fixtures.brokenNames()) {
            files.add(Fixtures.broken(name).toString());
        }
        files.add(write(dir, "deep.json", "{\"formatVersion\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
        files.add(write(dir, "long-string.json", "{\"formatVersion\": 1, \"name\": \"" + "é".repeat(5_000_000) + "\"}"));
        files.add(write(dir, "long-number.json", "{\"formatVersion\": " + "1".repeat(100_000) + "}"));
        files.add(write(dir, "many-members.json", "{\"formatVersion\": 1, \"members\": [" + "{\"x\": 1},".repeat(1_000_000) + "{}]}"));
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        files.add(huge.toString());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), RejectEach.class.getName()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<String> lines = output.lines().filter(l -> l.matches("^(REJECTED|ACCEPTED|CRASHED).*")).toList();
        assertThat(lines).as(output).hasSize(files.size());
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            assertThat(parts[0]).as(line).isEqualTo("REJECTED");
            assertThat(Long.parseLong(parts[1])).as("milliseconds for %s", parts[2]).isLessThan(1_000);
        }
    }

    private static String write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }
}
