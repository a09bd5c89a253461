package fr.ptce.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import fr.ptce.model.Pole;
import fr.ptce.model.internal.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes poles as format-v1 JSON in canonical form: two-space indentation, fields in the order of the
 * format, absent values omitted, a final newline. Reading a canonical document and writing it back gives
 * the same bytes. Thread-safe.
 */
public final class PoleWriter {
    private final ObjectWriter writer = Mappers.strict(Mappers.factory(ReadLimits.DEFAULT)).writerFor(Pole.class);

    /** A writer. */
    public static PoleWriter create() {
        return new PoleWriter();
    }

    /** The pole as canonical JSON text, ending with a newline. */
    public String write(Pole pole) {
        try {
            return writer.writeValueAsString(pole) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise pole " + pole.id(), e);
        }
    }

    /** Writes the pole to a file (UTF-8), replacing it. */
    public void write(Pole pole, Path file) {
        try {
            Files.writeString(file, write(pole), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The layout of the library's JSON documents (two-space indentation, {@code "key": value}, one array element per
     * line, LF line ends), for a host or a module that writes JSON beside the library's and wants the same bytes.
     */
    public static com.fasterxml.jackson.core.util.DefaultPrettyPrinter prettyPrinter() {
        return Mappers.prettyPrinter();
    }
}
