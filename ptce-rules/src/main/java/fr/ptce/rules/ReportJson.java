package fr.ptce.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.internal.Mappers;
import java.util.List;

/**
 * Compliance reports as the JSON of format v1 ("Output"): one object per report, an array for several.
 * Writing is deterministic: the same report gives the same bytes. Thread-safe.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPrettyPrinter(Mappers.prettyPrinter())
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

    private static PoleFormatException failure(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return new PoleFormatException("<report>", List.of(new Problem("$", Math.max(line, 0), Math.max(column, 0),
                "not a compliance report: " + e.getOriginalMessage())));
    }
}
