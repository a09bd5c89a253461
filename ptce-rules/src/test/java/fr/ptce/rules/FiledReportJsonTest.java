package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports written with the file of their pole, as the command line writes them, and read back. */
class FiledReportJsonTest {
    private static final ComplianceReport REPORT = Checks.check(TestPoles.compliantPole().build(),
            Referential.CHARTE_LABO_ESS);

    private static List<Problem> problems(Runnable reading) {
        try {
            reading.run();
        } catch (PoleFormatException e) {
            return e.problems();
        }
        throw new AssertionError("read without problems");
    }

    @Test
    void aFiledReportStartsWithItsFileAndEndsWithALineEnd() {
        String json = ReportJson.write("poles/a.json", REPORT);
        assertThat(json).startsWith("{\n  \"file\": \"poles/a.json\",\n  \"pole\": ").endsWith("}\n");
        assertThat(ReportJson.write(REPORT)).endsWith("}\n");
    }

    @Test
    void filedReportsReadBackWithTheirFiles() {
        String json = "[" + ReportJson.write("a.json", REPORT) + "," + ReportJson.write("b.json", REPORT) + "]";
        List<ReportJson.FiledReport> read = ReportJson.readFiledList(json);
        assertThat(read).extracting(ReportJson.FiledReport::file).containsExactly("a.json", "b.json");
        assertThat(read).extracting(ReportJson.FiledReport::report).containsExactly(REPORT, REPORT);
    }

    @Test
    void filedReportsMustBeAnArray() {
        assertThat(problems(() -> ReportJson.readFiledList(ReportJson.write("a.json", REPORT))))
                .containsExactly(new Problem("$", 1, 1, "not an array of reports"));
        assertThat(problems(() -> ReportJson.readFiledList("")))
                .containsExactly(new Problem("$", 1, 1, "not an array of reports"));
    }

    @Test
    void aFiledReportWithoutItsFileIsRefused() {
        assertThat(problems(() -> ReportJson.readFiledList("[" + ReportJson.write(REPORT) + "]")))
                .containsExactly(new Problem("$", 1, 1, "a report without its file"));
        assertThat(problems(() -> ReportJson.readFiledList("[{\"file\": 3}]")))
                .containsExactly(new Problem("$", 1, 1, "a report without its file"));
        assertThat(problems(() -> ReportJson.readFiledList("[1]")))
                .containsExactly(new Problem("$", 1, 1, "a report without its file"));
    }

    @Test
    void aTextThatIsNotAReportIsRefusedWhereItGoesWrong() {
        List<Problem> problems = problems(() -> ReportJson.read("{\n  \"pole\": \"x\",\n  \"nope\": 1}"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isGreaterThan(1);
            assertThat(p.message()).startsWith("not a compliance report: ");
        });
        assertThat(problems(() -> ReportJson.readFiledList("[{\"file\": \"a\", \"nope\": 1}]")))
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("not a compliance report: "));
        assertThat(problems(() -> ReportJson.readList("[{\"nope\": 1}]"))).hasSize(1);
    }
}
