package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader's language and limits: the document size and the number of problems it reports. */
class PoleReaderOptionsTest {
    private static final String SMALL = Fixtures.smallPoleText();

    private static ReadLimits limits(long maxDocumentBytes, int maxProblems) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(maxDocumentBytes, d.maxNestingDepth(), d.maxStringLength(), d.maxNumberLength(),
                d.maxNameLength(), d.maxTokens(), maxProblems);
    }

    @Test
    void aReaderWritesInEnglishWithTheDefaultLimitsUnlessTold() {
        PoleReader reader = PoleReader.create();
        assertThat(reader.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(reader.limits()).isEqualTo(ReadLimits.DEFAULT);
        assertThat(PoleReader.create(Locale.FRENCH).locale()).isEqualTo(Locale.FRENCH);
        assertThat(PoleReader.create(Locale.FRENCH).limits()).isEqualTo(ReadLimits.DEFAULT);
    }

    @Test
    void aReaderWithOtherLimitsKeepsItsLimitsInAnotherLanguage() {
        ReadLimits limits = limits(1000, 5);
        PoleReader reader = PoleReader.withLimits(limits);
        assertThat(reader.limits()).isEqualTo(limits);
        assertThat(reader.locale()).isEqualTo(Locale.ENGLISH);
        PoleReader french = reader.withLocale(Locale.FRENCH);
        assertThat(french.locale()).isEqualTo(Locale.FRENCH);
        assertThat(french.limits()).isEqualTo(limits);
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pole.json"), SMALL, StandardCharsets.UTF_8);
        long size = Files.size(file);
        assertThat(PoleReader.withLimits(limits(size, 100)).read(file).id()).isEqualTo("petit-pole");
    }

    @Test
    void aFileOneByteOverTheSizeLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pole.json"), SMALL, StandardCharsets.UTF_8);
        long size = Files.size(file);
        assertThatThrownBy(() -> PoleReader.withLimits(limits(size - 1, 100)).read(file))
                .isInstanceOfSatisfying(PoleFormatException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("$", 1, 1, "document too large: " + size
                                + " bytes, the limit is " + (size - 1) + " bytes")));
    }

    @Test
    void readingStopsAtTheProblemLimit() {
        String threeBadNames = SMALL.replace("\"name\": \"Petit pôle\"", "\"name\": 1")
                .replace("\"name\": \"Imprimerie bourguignonne\"", "\"name\": 2")
                .replaceFirst("\"name\": \"[^\"]*\",\\s*\"siren\"", "\"name\": 3, \"siren\"");
        assertThat(problems(PoleReader.create(), threeBadNames)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(problems(PoleReader.withLimits(limits(ReadLimits.DEFAULT.maxDocumentBytes(), 2)), threeBadNames))
                .hasSize(2);
    }

    private static java.util.List<Problem> problems(PoleReader reader, String json) {
        try {
            reader.read(json);
        } catch (PoleFormatException e) {
            return e.problems();
        }
        throw new AssertionError("read without problems");
    }
}
