package fr.ptce.examples.cli;

import fr.ptce.report.ReportFormat;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters shared by the subcommands; a bad value is a usage error (exit code 2). */
final class Converters {
    private Converters() {
    }

    /** {@code fr} or {@code en}, any case. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value.trim())
                    .orElseThrow(() -> new TypeConversionException(Labels.requested().format("error.lang", value)));
        }
    }

    /** {@code text}, {@code json}, {@code html} or {@code sarif}, any case. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat f : ReportFormat.values()) {
                if (f.name().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw new TypeConversionException(Labels.requested().format("error.format", value));
        }
    }

    /** A date as ISO-8601 writes it ({@code 2026-11-26}) or as French people do ({@code 26/11/2026}); it must exist. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);
        private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu")
                .withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalDate convert(String value) {
            String v = value.trim();
            for (DateTimeFormatter f : List.of(ISO, FRENCH)) {
                try {
                    return LocalDate.parse(v, f);
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            throw new TypeConversionException(Labels.requested().format("error.date", value));
        }
    }

    /** The referentials a run checks (a plain value, so that picocli does not treat the option as repeatable). */
    record Selection(Set<Referential> referentials) {
        static Selection all() {
            return new Selection(EnumSet.allOf(Referential.class));
        }
    }

    /** {@code all}, or referential ids separated by commas (case-insensitive, e.g. {@code loi-2014-856-art9}). */
    static final class ReferentialsConverter implements ITypeConverter<Selection> {
        @Override
        public Selection convert(String value) {
            Set<Referential> result = EnumSet.noneOf(Referential.class);
            for (String part : value.split(",")) {
                String id = part.trim();
                if (id.equalsIgnoreCase("all")) {
                    result.addAll(EnumSet.allOf(Referential.class));
                } else {
                    result.add(referential(id));
                }
            }
            return new Selection(result);
        }
    }

    /** One referential id (case-insensitive); {@code all} is not accepted. */
    static final class ReferentialConverter implements ITypeConverter<Referential> {
        @Override
        public Referential convert(String value) {
            return referential(value.trim());
        }
    }

    static Referential referential(String id) {
        return Referential.fromId(id.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new TypeConversionException(Labels.requested().format("error.referential", id,
                        validReferentials())));
    }

    static String validReferentials() {
        return Arrays.stream(Referential.values()).map(Referential::id).collect(Collectors.joining(", "));
    }
}
