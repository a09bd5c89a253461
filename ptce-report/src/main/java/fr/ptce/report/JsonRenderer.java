package fr.ptce.report;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
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
        String quotedFile = null;
        for (ComplianceReport report : reports) {
            out.print(first ? "\n" : ",\n");
            first = false;
            if (quotedFile == null) {
                quotedFile = new String(JsonStringEncoder.getInstance().quoteAsString(file.toString()));
            }
            writeFiled(out, quotedFile, ReportJson.write(report));
        }
    }

    @Override
    public void end() {
        out.print(first ? "]\n" : "\n]\n");
    }

    /**
     * Writes {@code ReportJson.write(file, report)} indented by two spaces, from {@code ReportJson.write(report)}: the
     * same text (the file leads, then the report's fields), made by serialising the report once rather than through a
     * tree and a second serialisation. The indented text is made in memory and handed to {@code out} in one write:
     * a write per line cost twice as much, most of it in the character encoder's set-up for every line (a batch of
     * 10,000 poles writes about 12 million lines).
     *
     * @param quotedFile the file's path as a JSON string's content (escaped, without the quotes)
     * @param json       {@code ReportJson.write(report)}: an object, {@code "{\n  \"field\": …\n}\n"}
     */
    static void writeFiled(PrintWriter out, String quotedFile, String json) {
        int end = json.length();
        while (end > 0 && Character.isWhitespace(json.charAt(end - 1))) {
            end--;
        }
        if (!json.startsWith("{\n")) {
            throw new IllegalStateException("a report is a JSON object: " + json.substring(0, Math.min(20, end)));
        }
        // about one line in twenty characters: two more characters for each
        StringBuilder text = new StringBuilder(end + end / 10 + quotedFile.length() + 32);
        text.append("  {\n    \"file\": \"").append(quotedFile).append("\",");
        int from = 1; // at the first line feed: every line feed is followed by the two spaces of the array
        while (from < end) {
            int next = json.indexOf('\n', from + 1);
            if (next < 0 || next > end) {
                next = end;
            }
            text.append("\n  ").append(json, from + 1, next);
            from = next;
        }
        out.append(text);
    }
}
