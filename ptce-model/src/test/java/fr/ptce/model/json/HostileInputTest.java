package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and oversized input is rejected quickly, with the library's own exception and a positioned problem,
 * never with a stack overflow, an out-of-memory error or a hang (limits: {@link ReadLimits#DEFAULT}).
 */
class HostileInputTest {
    private static final PoleReader READER = PoleReader.create();

    private static Problem rejectOnly(byte[] document) {
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class,
                () -> READER.read(new ByteArrayInputStream(document), "hostile.json"));
        assertThat(e).as("a PoleFormatException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    @Timeout(5)
    void arraysNested100000DeepAreRejectedAtTheDepthLimit() {
        String deep = "{\"formatVersion\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Problem p = rejectOnly(deep.getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("read limit").contains("nesting depth");
        assertThat(p.line()).isEqualTo(1);
    }

    @Test
    @Timeout(5)
    void aStringOf10MegabytesIsRejectedAtTheStringLimit() {
        String big = "{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"" + "a".repeat(10_000_000) + "\"}";
        Problem p = rejectOnly(big.getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("read limit").contains("String value length");
    }

    @Test
    @Timeout(5)
    void aNumberOf1000DigitsIsRejectedAtTheNumberLimit() {
        String big = "{\"formatVersion\": " + "9".repeat(1000) + "}";
        Problem p = rejectOnly(big.getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("read limit").contains("Number value length");
    }

    @Test
    @Timeout(10)
    void aFileOf200MegabytesIsRejectedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        // A sparse file: 200 MB long without using 200 MB of disk.
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.write('{');
            raf.setLength(200L * 1024 * 1024);
        }
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class, () -> READER.read(file));
        assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("document too large").contains("4194304"));
    }

    @Test
    @Timeout(10)
    void aStreamLongerThanTheDocumentLimitIsRejectedWhileReading() {
        byte[] doc = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(doc, (byte) ' ');
        doc[0] = '[';
        doc[doc.length - 1] = ']';
        Problem p = rejectOnly(doc);
        assertThat(p.message()).contains("read limit").contains("Document length");
    }

    @Test
    @Timeout(5)
    void aMillionSmallObjectsAreRejectedAtTheTokenLimit() {
        String many = "{\"formatVersion\": 1, \"members\": [" + "{\"x\": 1},".repeat(1_000_000) + "{}]}";
        Problem p = rejectOnly(many.getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("read limit").contains("Token count");
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() {
        byte[] doc = "{\n  \"formatVersion\": 1,\n  \"id\": \"p\u00C3(\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        Problem p = rejectOnly(doc);
        assertThat(p.message()).startsWith("invalid JSON").containsIgnoringCase("UTF-8");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void truncatedDocumentIsReportedAtItsEnd() {
        Problem p = rejectOnly("{\n  \"formatVersion\": 1,\n  \"id\": \"p".getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).startsWith("invalid JSON");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void anEmptyDocumentIsReported() {
        Problem p = rejectOnly(new byte[0]);
        assertThat(p.message()).contains("empty document");
    }

    @Test
    void aMissingFileIsAProblemNotAnIoException(@TempDir Path dir) {
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class,
                () -> READER.read(dir.resolve("absent.json")));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("file not found"));
    }

    @Test
    void nfdAccentsAreAcceptedAndKeptAsWritten() {
        String nfd = "Cre\u0301che";
        Pole pole = READER.read("{\"formatVersion\": 1, \"id\": \"p\", \"name\": \"" + nfd + "\", \"members\": ["
                + "{\"id\": \"a\", \"name\": \"" + nfd + "\", \"legalCategory\": \"9220\"}]}");
        assertThat(pole.name()).isEqualTo(nfd);
    }
}
