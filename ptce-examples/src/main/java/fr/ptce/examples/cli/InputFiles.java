package fr.ptce.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a {@code validate} run checks, in order: each argument that is a file as given, each folder replaced by
 * its {@code *.json} files (recursively, sorted by path). Only paths are listed, never contents, so a folder of ten
 * thousand poles costs ten thousand paths.
 */
final class InputFiles {
    /** An argument that gives no file to check (missing, unreadable folder, folder without JSON). */
    record Missing(Path argument, String labelKey, String detail) {
    }

    private final List<Path> files = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();

    private InputFiles() {
    }

    static InputFiles collect(List<Path> arguments) {
        InputFiles inputs = new InputFiles();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    List<Path> found = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
                    if (found.isEmpty()) {
                        inputs.missing.add(new Missing(argument, "input.noJson", null));
                    }
                    inputs.files.addAll(found);
                } catch (IOException | UncheckedIOException e) {
                    IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                    inputs.missing.add(new Missing(argument, "input.cannotRead", String.valueOf(cause.getMessage())));
                }
            } else if (Files.exists(argument)) {
                inputs.files.add(argument);
            } else {
                inputs.missing.add(new Missing(argument, "input.notFound", null));
            }
        }
        return inputs;
    }

    List<Path> files() {
        return files;
    }

    List<Missing> missing() {
        return missing;
    }
}
