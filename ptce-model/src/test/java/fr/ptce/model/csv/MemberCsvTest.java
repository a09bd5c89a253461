package fr.ptce.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Role;
import fr.ptce.model.json.PoleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The CSV member import as a library: rows replace the members of a pole, every rejected row is given with its line
 * and reason in the importer's language, and nothing is imported when anything is rejected.
 */
class MemberCsvTest {
    private static final PoleReader READER = PoleReader.create();
    /** Two members, both referenced by the governance, cooperations and projects of the pole. */
    private static final Pole PETIT_POLE = READER.read(resource("/fr/ptce/model/json/valid/petit-pole.json"));

    private static String resource(String name) {
        try (InputStream in = MemberCsvTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MemberCsv.Result importCsv(Locale locale, String csv) {
        return new MemberCsv(READER, locale).importInto(PETIT_POLE, csv.getBytes(StandardCharsets.UTF_8), "m.csv");
    }

    @Test
    void theRowsReplaceTheMembersAndTheRestOfThePoleIsKept() {
        MemberCsv.Result result = importCsv(Locale.FRENCH, """
                id;name;legalCategory;commune;roles;essStatutes
                atelier;"L'Atelier; ressourcerie";9220;21231;;oui
                imprimerie;Imprimerie bourguignonne;5499;21166;enterprise|other;
                """);

        assertThat(result.ok()).isTrue();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejections()).isEmpty();
        Member atelier = result.pole().member("atelier").orElseThrow();
        assertThat(atelier.name()).isEqualTo("L'Atelier; ressourcerie");
        assertThat(atelier.essStatutes()).isTrue();
        assertThat(atelier.siren()).as("a column the CSV does not have is absent").isNull();
        Member imprimerie = result.pole().member("imprimerie").orElseThrow();
        assertThat(imprimerie.commune()).isEqualTo("21166");
        assertThat(imprimerie.roles()).containsExactly(Role.ENTERPRISE, Role.OTHER);
        assertThat(result.pole().governance()).isEqualTo(PETIT_POLE.governance());
        assertThat(result.pole().cooperations()).isEqualTo(PETIT_POLE.cooperations());
    }

    @Test
    void aRejectedRowRejectsTheWholeImportWithItsLineAndReasonInFrench() {
        MemberCsv.Result result = importCsv(Locale.FRENCH, """
                id,name,legalCategory,essStatutes
                atelier,L'Atelier,9220,peut-être
                imprimerie,Imprimerie,5499,
                """);

        assertThat(result.ok()).isFalse();
        assertThat(result.pole()).isNull();
        assertThat(result.imported()).isZero();
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.memberId()).isEqualTo("atelier");
            assertThat(r.reason()).isEqualTo("m.csv:2: ligne rejetée (atelier) : essStatutes\u00a0: « peut-être » n'est pas un "
                    + "booléen (true/false, oui/non)");
        });
    }

    @Test
    void theReasonsAreInEnglishForAnEnglishLocaleAndForALanguageWithoutMessages() {
        String csv = "id,name,legalCategory,employees\natelier,L'Atelier,9220,douze\nimprimerie,Imprimerie,5499,\n";
        String expected = "m.csv:2: row rejected (atelier): employees: \"douze\" is not a non-negative integer";

        assertThat(importCsv(Locale.ENGLISH, csv).rejections()).extracting(MemberCsv.Rejection::reason).containsExactly(expected);
        assertThat(importCsv(Locale.GERMAN, csv).rejections()).extracting(MemberCsv.Rejection::reason).containsExactly(expected);
    }

    @Test
    void whatThePoleReaderRejectsInARowIsGivenOnThatRowsLine() {
        MemberCsv.Result result = importCsv(Locale.ENGLISH, """
                id,name,siren,legalCategory
                atelier,L'Atelier,812 345 676,9220
                imprimerie,Imprimerie,123456789,5499
                """);

        // The reader's own message follows the field, as the reader words it.
        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).startsWith("m.csv:3: row rejected (imprimerie): siren: must be a SIREN");
        });
    }

    @Test
    void aMemberThePoleStillReferencesButTheListLacksIsAProblemOfThePoleNamingTheId() {
        MemberCsv.Result result = importCsv(Locale.ENGLISH, "id,name,legalCategory\natelier,L'Atelier,9220\n");

        assertThat(result.ok()).isFalse();
        assertThat(result.rejections()).isEmpty();
        assertThat(result.poleProblems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path()).endsWith("(\"imprimerie\")"));
    }

    @Test
    void headerProblemsAreAllReportedOnLineOne() {
        MemberCsv.Result result = importCsv(Locale.FRENCH, "id;legalCategroy;id\natelier;9220;x\n");

        assertThat(result.rejections()).extracting(MemberCsv.Rejection::line).containsOnly(1);
        assertThat(result.rejections()).extracting(MemberCsv.Rejection::reason).containsExactly(
                "m.csv:1: colonne inconnue « legalCategroy » ; colonnes possibles : " + String.join(", ", MemberCsv.COLUMNS),
                "m.csv:1: colonne « id » en double",
                "m.csv:1: colonne obligatoire absente : name");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedWithTheLineOfTheFirstBadByte() {
        byte[] latin1 = "id;name\natelier;L'Atelier\nimprimerie;Imprimerie bourguignonne é\n".getBytes(StandardCharsets.ISO_8859_1);

        MemberCsv.Result result = new MemberCsv(READER, Locale.ENGLISH).importInto(PETIT_POLE, latin1, "latin1.csv");

        assertThat(result.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("latin1.csv: the file is not UTF-8 (invalid byte on line 3); save it as \"CSV UTF-8\"");
        });
    }

    @Test
    void theSeparatorIsTheOneTheHeaderLineUsesMostOutsideQuotes() {
        assertThat(MemberCsv.detectSeparator("id;name;legalCategory\na,b;c;d\n")).isEqualTo(';');
        assertThat(MemberCsv.detectSeparator("id,name,legalCategory\n")).isEqualTo(',');
        assertThat(MemberCsv.detectSeparator("\"a;b;c\",name\n")).isEqualTo(',');
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        assertThat(MemberCsv.decode("\uFEFFid;name".getBytes(StandardCharsets.UTF_8))).isEqualTo("id;name");
    }
}
