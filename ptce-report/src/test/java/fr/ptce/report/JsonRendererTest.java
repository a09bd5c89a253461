package fr.ptce.report;

import static fr.ptce.report.Rendering.check;
import static fr.ptce.report.Rendering.dominated;
import static fr.ptce.report.Rendering.hostile;
import static fr.ptce.report.Rendering.render;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.ReportJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    @Test
    void oneReportIsStillAnArrayAndEachReportNamesItsFileFirst() {
        ComplianceReport report = check(dominated(), Language.FR, Referential.CHARTE_LABO_ESS).get(0);

        String json = render(ReportFormat.JSON, Language.FR, 1, r -> r.report(Path.of("poles", "p.json"), dominated(),
                List.of(report)));

        assertThat(json).startsWith("[\n  {\n    \"file\": \"poles/p.json\",\n    \"pole\"");
        assertThat(ReportJson.readFiledList(json)).containsExactly(new ReportJson.FiledReport("poles/p.json", report));
    }

    @Test
    void otherwiseAnArrayOfEveryReportInOrderAndInvalidFilesAddNothing() {
        List<ComplianceReport> first = check(dominated(), Language.EN);
        List<ComplianceReport> second = check(hostile(), Language.EN);

        String json = render(ReportFormat.JSON, Language.EN, 9, r -> {
            r.report(Path.of("a.json"), dominated(), first);
            r.invalid(Path.of("b.json"), List.of(Problem.at("$", "invalid JSON")));
            r.report(Path.of("c.json"), hostile(), second);
        });

        List<ComplianceReport> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(json).startsWith("[\n  {").endsWith("}\n]\n").doesNotContain("b.json", "invalid JSON");
        assertThat(ReportJson.readFiledList(json)).extracting(ReportJson.FiledReport::report).isEqualTo(all);
        assertThat(ReportJson.readFiledList(json)).extracting(ReportJson.FiledReport::file).containsOnly("a.json", "c.json");
    }

    @Test
    void aRunWithoutReportIsAnEmptyArray() {
        String json = render(ReportFormat.JSON, Language.FR, 3, r -> r.invalid(Path.of("b.json"), List.of()));

        assertThat(json).isEqualTo("[]\n");
        assertThat(ReportJson.readFiledList(json)).isEmpty();
    }

    @Test
    void eachReportIsWrittenExactlyAsReportJsonWritesItWithItsFile() {
        List<ComplianceReport> reports = new ArrayList<>(check(dominated(), Language.FR));
        reports.addAll(check(hostile(), Language.EN));
        for (String file : new String[] {"poles/p.json", "a b.json", "guillemets \"q\".json", "back\\slash.json",
            "tab\there.json", "ligne\nnouvelle.json", "\u0001\u001f.json", "pôle é ✓ 😀.json", "/abs/path.json", ""}) {
            for (ComplianceReport report : reports) {
                java.io.StringWriter written = new java.io.StringWriter();
                java.io.PrintWriter out = new java.io.PrintWriter(written);
                JsonRenderer.writeFiled(out, new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
                        .quoteAsString(file)), ReportJson.write(report));
                out.flush();
                String expected = "  " + ReportJson.write(file, report).stripTrailing().replace("\n", "\n  ");
                assertThat(written.toString()).as(file).isEqualTo(expected);
            }
        }
    }
}
