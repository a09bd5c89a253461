package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the elements of a document stand in its file (lines and columns, for SARIF regions). */
class PoleLocationsTest {
    private static final String DOCUMENT = """
            {
              "formatVersion": 1,
              "members": [
                {"id": "a"},
                {
                  "id": "b"
                }
              ]
            }
            """;

    @Test
    void theSpanOfAnElementGivesItsFirstAndLastLines(@TempDir Path dir) throws IOException {
        PoleLocations locations = PoleLocations.read(Files.writeString(dir.resolve("p.json"), DOCUMENT)).orElseThrow();
        assertThat(locations.span("$.members[0]")).hasValueSatisfying(s -> {
            assertThat(s.startLine()).isEqualTo(4);
            assertThat(s.endLine()).isEqualTo(4);
            assertThat(s.startColumn()).isEqualTo(5);
            assertThat(s.endColumn()).isGreaterThan(s.startColumn());
        });
        assertThat(locations.span("$.members[1]")).hasValueSatisfying(s -> {
            assertThat(s.startLine()).isEqualTo(5);
            assertThat(s.endLine()).isEqualTo(7);
        });
    }

    @Test
    void anElementThatIsNotThereHasNoSpan(@TempDir Path dir) throws IOException {
        PoleLocations locations = PoleLocations.read(Files.writeString(dir.resolve("p.json"), DOCUMENT)).orElseThrow();
        assertThat(locations.span("$.members[2]")).isEmpty();
        assertThat(locations.span("$.governance")).isEmpty();
    }

    @Test
    void theDocumentIsTheJsonTree(@TempDir Path dir) throws IOException {
        PoleLocations locations = PoleLocations.read(Files.writeString(dir.resolve("p.json"), DOCUMENT)).orElseThrow();
        assertThat(locations.document().get("members").get(1).get("id").asText()).isEqualTo("b");
    }

    @Test
    void aFileThatIsMissingOrNotJsonHasNoLocations(@TempDir Path dir) throws IOException {
        assertThat(PoleLocations.read(dir.resolve("absent.json"))).isEmpty();
        assertThat(PoleLocations.read(Files.writeString(dir.resolve("bad.json"), "{\"a\": [1, }"))).isEmpty();
    }
}
