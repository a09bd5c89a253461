package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.ReportJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The reports as format-v1 JSON ({@link ReportJson}): always one array, whatever the number of files and
 * referentials, written element by element as the files are checked; each report leads with {@code file}, the path of
 * its pole's file as given. Invalid files add nothing here (the caller reports them elsewhere), so the output always
 * reads back with {@link ReportJson#readFiledList}.
 */
final class JsonRenderer implements ReportRenderer {
    private final PrintWriter out;
    private boolean first = true;

    JsonRenderer(PrintWriter out, ReportFormat.Context context) {
        this.out = out;
    }

    @Override
    public void begin() {
        out.print("[");
    }

    @Override
    public void report(Path file, Pole pole, List<ComplianceReport> reports) {
        for (ComplianceReport report : reports) {
            String json = ReportJson.write(file.toString(), report);
            out.print(first ? "\n" : ",\n");
            first = false;
            out.print(indent(json.stripTrailing()));
        }
    }

    @Override
    public void end() {
        out.print(first ? "]\n" : "\n]\n");
    }

    private static String indent(String json) {
        return "  " + json.replace("\n", "\n  ");
    }
}
