package fr.ptce.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ptce.model.internal.LocatedTree;
import fr.ptce.model.internal.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where each element of a pole document stands in its file (line and column of its start and end), to point a reader
 * or a code-scanning tool at the lines a finding concerns. Read with the reader's limits ({@link ReadLimits#DEFAULT}).
 * Immutable.
 */
public final class PoleLocations {
    private final LocatedTree tree;

    private PoleLocations(LocatedTree tree) {
        this.tree = tree;
    }

    /**
     * The locations of the document in {@code file}; empty when it cannot be read or is not JSON (a check only runs on
     * documents the reader accepted, so this is rare: the file changed, or was removed, in between).
     */
    public static Optional<PoleLocations> read(Path file) {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = Mappers.factory(ReadLimits.DEFAULT).createParser(in)) {
            return Optional.of(new PoleLocations(LocatedTree.read(parser)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The document as a JSON tree. */
    public JsonNode document() {
        return tree.root();
    }

    /** The span of the element at {@code jsonPath} ({@code $}, {@code $.members[2]}, {@code $.governance.bodies[0]}…). */
    public Optional<Span> span(String jsonPath) {
        return tree.span(jsonPath).map(s -> new Span(s.startLine(), s.startColumn(), s.endLine(), s.endColumn()));
    }

    /**
     * Where an element starts and ends (1-based lines and columns).
     *
     * @param startLine   line of its first character
     * @param startColumn column of its first character
     * @param endLine     line of its last character
     * @param endColumn   column just after its last character
     */
    public record Span(int startLine, int startColumn, int endLine, int endColumn) {
    }
}
