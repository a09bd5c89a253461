package fr.ptce.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The CSV import's details: the separator of the header line, the line of the first byte that is not UTF-8, the
 * numbers and pairs of a row, headers in any case, and the order of the rejections.
 */
class MemberCsvRowsTest {
    private static final PoleReader READER = PoleReader.create();
    private static final Pole PETIT_POLE = READER.read(resource("/fr/ptce/model/json/valid/petit-pole.json"));

    private static String resource(String name) {
        try (InputStream in = MemberCsvRowsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MemberCsv.Result importBytes(byte[] csv) {
        return new MemberCsv(READER, Locale.ENGLISH).importInto(PETIT_POLE, csv, "m.csv");
    }

    private static MemberCsv.Result importCsv(String csv) {
        return importBytes(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static int badLine(byte[] csv) {
        MemberCsv.Result result = importBytes(csv);
        assertThat(result.rejections()).hasSize(1);
        assertThat(result.rejections().get(0).reason()).contains("not UTF-8");
        return result.rejections().get(0).line();
    }

    private static byte[] bytes(String utf8Text, int... tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8Text.getBytes(StandardCharsets.UTF_8));
        for (int b : tail) {
            out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void aHeaderWithAsManySemicolonsAsCommasIsCommaSeparated() {
        assertThat(MemberCsv.detectSeparator("id;name,x\n")).isEqualTo(',');
        assertThat(MemberCsv.detectSeparator("id;name;x,y\n")).isEqualTo(';');
    }

    @Test
    void onlyTheHeaderLineChoosesTheSeparator() {
        assertThat(MemberCsv.detectSeparator("id,name\na;b;c;d\n")).isEqualTo(',');
        assertThat(MemberCsv.detectSeparator("id,name\ra;b;c;d\r")).isEqualTo(',');
        assertThat(MemberCsv.detectSeparator("\"x\ny;z;w\",name\n")).as("a quoted line end").isEqualTo(',');
    }

    @Test
    void multiByteCharactersBeforeABadByteDoNotShiftItsLine() {
        // 2-, 3- and 4-byte characters on lines 1 and 2, then a Latin-1 byte on line 3
        assertThat(badLine(bytes("id;name é\n€ 😀 ü;x\nabc", 0xE9, '\n'))).isEqualTo(3);
    }

    @Test
    void aTruncatedCharacterAtTheEndIsOnTheLastLine() {
        assertThat(badLine(bytes("id;name\na;b\n", 0xE2, 0x82))).isEqualTo(3);
    }

    @Test
    void aLeadByteWithoutItsContinuationIsTheBadByte() {
        assertThat(badLine(bytes("id;name\n", 0xC3, 'a', '\n', 'b'))).isEqualTo(2);
        assertThat(badLine(bytes("id;name\n\n", 0xF0, 0x9F, 0x98, 'a'))).isEqualTo(3);
    }

    @Test
    void aByteThatStartsNoCharacterIsTheBadByte() {
        assertThat(badLine(bytes("id;name\n", 0x80))).isEqualTo(2);
        assertThat(badLine(bytes("id;name\n", 0xFF))).isEqualTo(2);
    }

    @Test
    void countsMayBeWrittenWithSpacesBetweenThousands() {
        MemberCsv.Result result = importCsv("id;name;legalCategory;employees\natelier;L'Atelier;9220;1 200\n"
                + "imprimerie;Imprimerie;5499;0\n");
        assertThat(result.ok()).as("%s", result.rejections()).isTrue();
        assertThat(result.pole().member("atelier").map(Member::employees)).contains(1200);
        assertThat(result.pole().member("imprimerie").map(Member::employees)).contains(0);
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThat(importCsv("id;name;legalCategory;employees\natelier;L'Atelier;9220;-1\n"
                + "imprimerie;Imprimerie;5499;\n").rejections())
                .extracting(MemberCsv.Rejection::reason)
                .containsExactly("m.csv:2: row rejected (atelier): employees: \"-1\" is not a non-negative integer");
    }

    @Test
    void anEnterpriseGroupingNeedsBothItsCounts() {
        MemberCsv.Result both = importCsv("id;name;legalCategory;enterpriseGrouping.members;enterpriseGrouping.nonEssMembers\n"
                + "atelier;L'Atelier;9220;10;6\nimprimerie;Imprimerie;5499;;\n");
        assertThat(both.ok()).as("%s", both.rejections()).isTrue();
        assertThat(both.pole().member("atelier").orElseThrow().enterpriseGrouping().isMostlyNonEss()).isTrue();

        MemberCsv.Result one = importCsv("id;name;legalCategory;enterpriseGrouping.members\n"
                + "atelier;L'Atelier;9220;10\nimprimerie;Imprimerie;5499;\n");
        assertThat(one.rejections()).extracting(MemberCsv.Rejection::reason).contains("m.csv:2: row rejected (atelier): "
                + "\"enterpriseGrouping.members\" and \"enterpriseGrouping.nonEssMembers\" go together");
    }

    @Test
    void headerNamesAreReadInAnyCase() {
        MemberCsv.Result result = importCsv("ID;Name;LEGALCATEGORY\natelier;L'Atelier;9220\nimprimerie;Imprimerie;5499\n");
        assertThat(result.ok()).as("%s", result.rejections()).isTrue();
        assertThat(result.pole().member("atelier").map(Member::legalCategory)).contains("9220");
    }

    @Test
    void rejectionsAreGivenInLineOrder() {
        MemberCsv.Result result = importCsv("id;name;legalCategory;essStatutes\n"
                + "atelier;L'Atelier;9220;oui\n"
                + "imprimerie;Imprimerie;5499;peut-être\n"
                + "autre;Autre;99\n");
        assertThat(result.rejections()).extracting(MemberCsv.Rejection::line).containsExactly(3, 4);
    }

    @Test
    void aRowSpanningSeveralLinesStartsOnItsFirstLine() {
        MemberCsv.Result result = importCsv("id;name;legalCategory;essStatutes\n"
                + "atelier;\"L'Atelier\nsur deux lignes\";9220;oui\n"
                + "imprimerie;Imprimerie;5499;peut-être\n");
        assertThat(result.rejections()).extracting(MemberCsv.Rejection::line).containsExactly(4);
    }

    @Test
    void aFileWithOnlyBlankLinesHasNoHeader() {
        assertThat(importCsv("\n \n").rejections()).extracting(MemberCsv.Rejection::reason)
                .containsExactly("m.csv: no header line (the file is empty)");
    }

    @Test
    void anUnclosedQuoteIsAnUnreadableFileOnItsLine() {
        MemberCsv.Result result = importCsv("id;name\natelier;\"L'Atelier\n");
        assertThat(result.ok()).isFalse();
        assertThat(result.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("m.csv:").contains("unreadable CSV"));
    }
}
