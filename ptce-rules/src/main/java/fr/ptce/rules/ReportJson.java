package fr.ptce.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.json.PoleWriter;
import java.util.List;

/**
 * Compliance reports as the JSON of format v1 ("Output"): one object per report, an array for several.
 * Writing is deterministic: the same report gives the same bytes. Thread-safe.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(fr.ptce.model.json.FormatDates.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPrettyPrinter(PoleWriter.prettyPrinter())
            .build();

    private ReportJson() {
    }

    /** One report as JSON, ending with a newline. */
    public static String write(ComplianceReport report) {
        return writeValue(report);
    }

    /** Several reports as a JSON array, ending with a newline. */
    public static String write(List<ComplianceReport> reports) {
        return writeValue(reports);
    }

    private static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a report", e);
        }
    }

    /**
     * Reads one report.
     *
     * @throws PoleFormatException when the text is not a report
     */
    public static ComplianceReport read(String json) {
        try {
            return MAPPER.readValue(json, ComplianceReport.class);
        } catch (JsonProcessingException e) {
            throw failure(e);
        }
    }

    /**
     * Reads an array of reports.
     *
     * @throws PoleFormatException when the text is not an array of reports
     */
    public static List<ComplianceReport> readList(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<ComplianceReport>>() { });
        } catch (JsonProcessingException e) {
            throw failure(e);
        }
    }

    /** A report with the file of its pole, as the command line writes it: the report's fields and {@code file}. */
    public record FiledReport(String file, ComplianceReport report) {
    }

    /** One report as JSON with a leading {@code file} field (the path as given), ending with a newline. */
    public static String write(String file, ComplianceReport report) {
        com.fasterxml.jackson.databind.node.ObjectNode node = MAPPER.createObjectNode();
        node.put("file", file);
        node.setAll((com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(report));
        return writeValue(node);
    }

    /**
     * Reads an array of reports that each carry a {@code file} field.
     *
     * @throws PoleFormatException when the text is not such an array
     */
    public static List<FiledReport> readFiledList(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isArray()) {
                throw new PoleFormatException("<report>", List.of(new Problem("$", 1, 1, "not an array of reports")));
            }
            List<FiledReport> reports = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode element : tree) {
                if (!element.isObject() || !element.path("file").isTextual()) {
                    throw new PoleFormatException("<report>", List.of(new Problem("$", 1, 1,
                            "a report without its file")));
                }
                com.fasterxml.jackson.databind.node.ObjectNode copy = element.deepCopy();
                String file = copy.remove("file").asText();
                reports.add(new FiledReport(file, MAPPER.treeToValue(copy, ComplianceReport.class)));
            }
            return List.copyOf(reports);
        } catch (JsonProcessingException e) {
            throw failure(e);
        }
    }

    private static PoleFormatException failure(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return new PoleFormatException("<report>", List.of(new Problem("$", Math.max(line, 0), Math.max(column, 0),
                "not a compliance report: " + e.getOriginalMessage())));
    }
}
