package fr.ptce.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.ptce.rules.Timeline;
import fr.ptce.rules.TimelinePeriod;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@link TimelineFormat#JSON}: an array with one object per referential, {@code pole}, {@code referential},
 * {@code periods} of {@code from}, {@code to} ({@code null} when open), {@code verdict}, {@code failedRules}.
 */
final class TimelineJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private TimelineJson() {
    }

    static void write(PrintWriter out, List<Timeline> timelines) {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            for (Timeline t : timelines) {
                json.writeStartObject();
                json.writeStringField("pole", t.pole());
                json.writeStringField("referential", t.referential().id());
                json.writeArrayFieldStart("periods");
                for (TimelinePeriod p : t.periods()) {
                    json.writeStartObject();
                    json.writeStringField("from", p.from().toString());
                    json.writeStringField("to", p.to() == null ? null : p.to().toString());
                    json.writeStringField("verdict", p.verdict().name());
                    json.writeArrayFieldStart("failedRules");
                    for (String id : p.failedRules()) {
                        json.writeString(id);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
