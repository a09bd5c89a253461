package fr.ptce.examples.cli;

import fr.ptce.examples.BundledPoles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The extra work of a training run ({@code -Dptce.training=true}), made by {@code scripts/ptce} when it records a
 * class cache (AppCDS archive or AOT cache): after the command asked for, check a bundled pole in every format and
 * read a broken one, everything written to nowhere. The cache then holds the classes of any later {@code validate}
 * run (reading, Bean Validation's messages, rules, the four renderers), whatever the first command was. Best effort:
 * a failure here changes neither the output nor the exit code of the run.
 */
final class Training {
    private Training() {
    }

    /**
     * Tells {@code scripts/ptce} that the JVM got as far as {@code main} (it accepted the cache options): removes the
     * file named by {@code -Dptce.training.marker}.
     */
    static void started() {
        String marker = System.getProperty("ptce.training.marker");
        if (marker != null && !marker.isEmpty()) {
            try {
                Files.deleteIfExists(Path.of(marker));
            } catch (IOException | RuntimeException e) {
                // the launcher then takes the run for a failed training: a plain run next time
            }
        }
    }

    static void exercise() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ptce-training");
            Path pole = dir.resolve("a-pole.json");
            Files.write(pole, BundledPoles.resourceBytes("/poles/coursive-boutaric.json"));
            Files.writeString(dir.resolve("b-broken.json"), "{\"formatVersion\": 1, \"id\": \"Not a slug\", "
                    + "\"name\": \"x\", \"members\": [{\"id\": \"m\", \"name\": \"M\", \"siren\": \"123456789\"}]}",
                    StandardCharsets.UTF_8);
            PtceCommand.run(nowhere, nowhere, "validate", pole.toString());
            for (String format : new String[] {"text", "json", "html", "sarif"}) {
                PtceCommand.run(nowhere, nowhere, "validate", "--format", format, "--lang", "en", dir.toString());
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the cache is then smaller, the run's result is unchanged
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | RuntimeException e) {
                    // a temporary folder left behind
                }
            }
        }
    }
}
