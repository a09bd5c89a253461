package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
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

    @Test
    void everyKindOfValueKeepsItsKindInTheDocument(@TempDir Path dir) throws IOException {
        JsonNode d = PoleLocations.read(Files.writeString(dir.resolve("p.json"), """
                {"s": "x", "i": 7, "l": 9999999999, "b": 123456789012345678901, "f": 1.5, "t": true, "n": false,
                 "z": null, "a": [1, 2]}
                """)).orElseThrow().document();
        assertThat(d.get("s").asText()).isEqualTo("x");
        assertThat(d.get("i").isInt()).isTrue();
        assertThat(d.get("i").intValue()).isEqualTo(7);
        assertThat(d.get("l").isLong()).isTrue();
        assertThat(d.get("l").longValue()).isEqualTo(9_999_999_999L);
        assertThat(d.get("b").isBigInteger()).isTrue();
        assertThat(d.get("b").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901"));
        assertThat(d.get("f").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(d.get("t").booleanValue()).isTrue();
        assertThat(d.get("n").isBoolean()).isTrue();
        assertThat(d.get("n").booleanValue()).isFalse();
        assertThat(d.get("z").isNull()).isTrue();
        assertThat(d.get("a")).hasSize(2);
    }
}
