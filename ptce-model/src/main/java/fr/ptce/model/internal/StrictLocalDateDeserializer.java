package fr.ptce.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Reads a date only as format v1 writes it: a string {@code YYYY-MM-DD} naming a real calendar date. Arrays,
 * numbers, date-times and impossible dates (2021-02-30) are rejected, never silently truncated or adjusted.
 */
final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, FORMAT);
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO date YYYY-MM-DD");
    }
}
