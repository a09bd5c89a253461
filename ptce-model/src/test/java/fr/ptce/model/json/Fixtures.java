package fr.ptce.model.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The JSON fixtures under {@code src/test/resources/fr/ptce/model/json/}. */
final class Fixtures {
    private Fixtures() {
    }

    /** The canonical example pole, written by {@link PoleWriter}. */
    static Path canonical() {
        return resource(CoursiveBoutaric.RESOURCE);
    }

    /** The broken fixture {@code broken/<name>.json}, e.g. {@code broken("03-votes-as-string")}. */
    static Path broken(String name) {
        return resource("broken/" + name + ".json");
    }

    /** The names (without {@code .json}) of every broken fixture, sorted. */
    static List<String> brokenNames() {
        return list("broken").map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).toList();
    }

    /** Every valid fixture: the canonical pole and {@code valid/*.json}. */
    static List<Path> valid() {
        return Stream.concat(Stream.of(canonical()), list("valid")).toList();
    }

    /** The text of the small valid pole every broken fixture is derived from. */
    static String smallPoleText() {
        return text(resource("valid/petit-pole.json"));
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> list(String directory) {
        try (Stream<Path> files = Files.list(resource(directory))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource fr/ptce/model/json/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
