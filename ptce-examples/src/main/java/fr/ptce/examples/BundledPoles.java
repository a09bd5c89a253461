package fr.ptce.examples;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The seven real example poles shipped in this module's resources ({@code poles/<id>.json}). */
public final class BundledPoles {
    /** Their ids, in alphabetical order. */
    public static final List<String> IDS = List.of("bio-pour-tous", "cluster-jura", "coursive-boutaric", "figeacteurs",
            "organic-vallee", "phares", "resto-passerelle");

    private BundledPoles() {
    }

    /** Reads one of them (validated by the reader). */
    public static Pole read(PoleReader reader, String id) {
        return readResource(reader, "/poles/" + id + ".json");
    }

    /** Reads a pole from a classpath resource of this module, e.g. {@code /examples/pole-sirene.json}. */
    public static Pole readResource(PoleReader reader, String resource) {
        try (InputStream in = BundledPoles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return reader.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a classpath resource of this module. */
    public static byte[] resourceBytes(String resource) {
        try (InputStream in = BundledPoles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
