package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.ReportJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The reports as format-v1 JSON ({@link ReportJson}): a single object when the run expects exactly one report (one
 * file, one referential), otherwise an array, written element by element as the files are checked. Invalid files
 * add nothing here (the caller reports them elsewhere), so the output always reads back with {@link ReportJson}.
 */
final class JsonRenderer implements ReportRenderer {
    private final PrintWriter out;
    private final boolean array;
    private boolean first = true;

    JsonRenderer(PrintWriter out, ReportFormat.Context context) {
        this.out = out;
        this.array = context.expectedReports() != 1;
    }

    @Override
    public void begin() {
        if (array) {
            out.print("[");
        }
    }

    @Override
    public void report(Path file, Pole pole, List<ComplianceReport> reports) {
        for (ComplianceReport report : reports) {
            String json = ReportJson.write(report);
            if (!array) {
                out.print(json);
                continue;
            }
            out.print(first ? "\n" : ",\n");
            first = false;
            out.print(indent(json.stripTrailing()));
        }
    }

    @Override
    public void end() {
        if (array) {
            out.print(first ? "]\n" : "\n]\n");
        }
    }

    private static String indent(String json) {
        return "  " + json.replace("\n", "\n  ");
    }
}
