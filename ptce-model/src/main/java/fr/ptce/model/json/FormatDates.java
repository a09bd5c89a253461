package fr.ptce.model.json;

import com.fasterxml.jackson.databind.Module;
import fr.ptce.model.internal.Mappers;

/**
 * The dates of format v1 as a Jackson module, for a host that writes or reads them with its own {@code ObjectMapper}
 * as this library does: a {@link java.time.LocalDate} is written {@code YYYY-MM-DD} and read only in that form, as a
 * string naming a real calendar day (no array, number, date-time or 2021-02-30). The format has no other
 * {@code java.time} type, so no {@code jackson-datatype-jsr310} is needed.
 */
public final class FormatDates {
    private FormatDates() {
    }

    /** A new module writing and reading {@code LocalDate} as format v1 does. */
    public static Module module() {
        return Mappers.dates();
    }
}
