package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.EsusApproval;
import fr.ptce.model.Pole;
import fr.ptce.model.validation.PoleValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format v1 read and written back: the canonical form is stable, and harmless encodings variants read the same. */
class PoleRoundTripTest {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PoleReader reader = PoleReader.create();
    private final PoleWriter writer = PoleWriter.create();

    @Test
    void canonicalFileReadsToThePoleBuiltInCode() {
        Pole read = reader.read(Fixtures.canonical());

        assertThat(read).isEqualTo(CoursiveBoutaric.pole());
    }

    @Test
    void canonicalFileHasNoStructuralProblem() {
        Pole read = reader.read(Fixtures.canonical());

        assertThat(PoleValidator.create().validate(read)).isEmpty();
    }

    @Test
    void canonicalFileWritesBackToIdenticalBytes() {
        Pole read = reader.read(Fixtures.canonical());

        assertThat(writer.write(read).getBytes(StandardCharsets.UTF_8)).isEqualTo(Fixtures.bytes(Fixtures.canonical()));
    }

    @Test
    void poleBuiltInCodeWritesTheCanonicalFile() {
        assertThat(writer.write(CoursiveBoutaric.pole())).isEqualTo(Fixtures.text(Fixtures.canonical()));
    }

    @Test
    void writingToAFileGivesTheCanonicalBytesInUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pole.json");

        writer.write(CoursiveBoutaric.pole(), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(Fixtures.bytes(Fixtures.canonical()));
    }

    @Test
    void canonicalFormUsesTwoSpaceIndentationAndEndsWithOneNewline() {
        String text = writer.write(CoursiveBoutaric.pole());

        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"coursive-boutaric\",\n")
                .endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r").doesNotContain("\t");
    }

    @Test
    void canonicalFormOmitsAbsentValues() {
        String text = writer.write(CoursiveBoutaric.pole());

        assertThat(text).doesNotContain(": null");
    }

    @Test
    void canonicalFileReadsTheFieldsAddedWithRulesV2() {
        Pole read = reader.read(Fixtures.canonical());

        assertThat(read.legalEntity()).isEqualTo("coursive");
        assertThat(read.member("coursive").orElseThrow().esusApproval())
                .isEqualTo(new EsusApproval(LocalDate.of(2016, 5, 1), null));
        assertThat(read.member("scic-gresilles").orElseThrow().esusApproval())
                .isEqualTo(new EsusApproval(LocalDate.of(2014, 9, 1), LocalDate.of(2019, 9, 1)));
        assertThat(read.member("scic-gresilles").orElseThrow().naf()).isEqualTo("90.01Z");
        assertThat(read.stateSupport().get(0).decidedOn()).isEqualTo(LocalDate.of(2014, 1, 13));
    }

    @Test
    void esusApprovalWithoutEndIsWrittenWithItsGrantDateOnly() {
        String text = writer.write(CoursiveBoutaric.pole());

        assertThat(text).contains("\"esusApproval\": {\n        \"grantedOn\": \"2016-05-01\"\n      },\n");
    }

    @Test
    void fieldsAddedWithRulesV2ComeInFormatOrder() {
        String text = writer.write(CoursiveBoutaric.pole());

        assertThat(text.indexOf("\"legalEntity\"")).isBetween(text.indexOf("\"legalCategory\""), text.indexOf("\"carrier\""));
        assertThat(text).containsSubsequence("\"statute\": \"SCIC\"", "\"esusApproval\"", "\"sireneEss\": \"O\"",
                "\"naf\": \"90.01Z\"", "\"commune\"");
        assertThat(text).containsSubsequence("\"amountEur\": 100000,", "\"decidedOn\": \"2014-01-13\"");
    }

    @Test
    void poleWithoutCategoryTakesTheCategoryOfItsLegalEntity() {
        Pole read = reader.read(validFixture("legal-entity-esus-naf.json"));

        assertThat(read.legalCategory()).isNull();
        assertThat(read.legalEntity()).isEqualTo("association-pole");
        assertThat(read.effectiveLegalCategory()).isEqualTo("9220");
    }

    @Test
    void esusApprovalWithAnExplicitNullEndReadsAsWithoutEnd() {
        Pole read = reader.read(validFixture("legal-entity-esus-naf.json"));

        assertThat(read.member("conserverie").orElseThrow().esusApproval())
                .isEqualTo(new EsusApproval(LocalDate.of(2022, 9, 15), null));
        assertThat(writer.write(read)).doesNotContain("expiresOn\": null");
    }

    @Test
    void decimalAmountKeepsItsDigits() {
        Pole read = reader.read(Fixtures.canonical());

        assertThat(read.stateSupport().get(1).amountEur()).isEqualTo(new BigDecimal("25000.50"));
        assertThat(writer.write(read)).contains("\"amountEur\": 25000.50\n");
    }

    @Test
    void leadingByteOrderMarkIsIgnored() {
        byte[] withBom = concat(UTF8_BOM, Fixtures.bytes(Fixtures.canonical()));

        assertThat(readBytes(withBom)).isEqualTo(CoursiveBoutaric.pole());
    }

    @Test
    void crlfLineEndingsReadLikeLf() {
        byte[] crlf = Fixtures.text(Fixtures.canonical()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(readBytes(crlf)).isEqualTo(CoursiveBoutaric.pole());
    }

    @Test
    void byteOrderMarkWithCrlfLineEndingsReadsToTheSamePole() {
        byte[] crlf = Fixtures.text(Fixtures.canonical()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(readBytes(concat(UTF8_BOM, crlf))).isEqualTo(CoursiveBoutaric.pole());
    }

    @Test
    void byteOrderMarkAndCrlfVariantWritesBackToTheCanonicalBytes() {
        byte[] crlf = Fixtures.text(Fixtures.canonical()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        Pole read = readBytes(concat(UTF8_BOM, crlf));

        assertThat(writer.write(read).getBytes(StandardCharsets.UTF_8)).isEqualTo(Fixtures.bytes(Fixtures.canonical()));
    }

    @Test
    void readingAStringGivesTheSamePoleAsReadingTheFile() {
        assertThat(reader.read(Fixtures.text(Fixtures.canonical()))).isEqualTo(reader.read(Fixtures.canonical()));
    }

    @Test
    void optionalFieldsGivenAsNullReadAsAbsent() {
        Pole read = reader.read(validFixture("explicit-nulls.json"));
        String canonical = writer.write(read);

        assertThat(canonical).doesNotContain(": null");
        assertThat(reader.read(canonical)).isEqualTo(read);
        assertThat(read.member("zutique").orElseThrow().leftOn()).isNull();
        assertThat(read.member("zutique").orElseThrow().esusApproval()).isNull();
        assertThat(read.member("zutique").orElseThrow().naf()).isNull();
        assertThat(read.legalEntity()).isNull();
        assertThat(read.stateSupport().get(0).decidedOn()).isNull();
        assertThat(read.governance().bodies().get(0).seats().get(0).votesOrDefault()).isEqualTo(1);
    }

    @Test
    void everyValidFixtureSurvivesAWriteAndReadCycle() {
        for (Path file : Fixtures.valid()) {
            Pole read = reader.read(file);

            assertThat(reader.read(writer.write(read))).as(file.getFileName().toString()).isEqualTo(read);
        }
    }

    @Test
    void modifiedCopyFromToBuilderDiffersOnlyByTheChange() {
        Pole original = CoursiveBoutaric.pole();

        Pole copy = original.toBuilder().build();
        Pole renamed = original.toBuilder().carrier("zutique").build();

        assertThat(copy).isEqualTo(original);
        assertThat(renamed.carrier()).isEqualTo("zutique");
        assertThat(renamed.members()).isEqualTo(original.members());
    }

    private static Path validFixture(String name) {
        return Fixtures.valid().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    private Pole readBytes(byte[] bytes) {
        return reader.read(new ByteArrayInputStream(bytes), "<bytes>");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
