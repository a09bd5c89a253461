package fr.ptce.examples.cli;

import fr.ptce.report.ReportFormat;
import fr.ptce.report.SurveyFormat;
import fr.ptce.report.TimelineFormat;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option converters shared by the subcommands; a bad value is a usage error (exit code 2). Their messages say what
 * is wrong with the value and what is accepted, in the language asked for; {@link UsageErrors} puts the option's name
 * in front.
 */
final class Converters {
    private Converters() {
    }

    /** A value refused by one of these converters: its message is already written for the reader. */
    static final class Refused extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        Refused(String key, Object... args) {
            super(Labels.requested().format(key, args));
        }
    }

    /** {@code fr} or {@code en}, any case. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value.trim()).orElseThrow(() -> new Refused("error.lang", value));
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
            throw new Refused("error.format", value);
        }
    }

    /** {@code text}, {@code json}, {@code html} or {@code csv}, any case. */
    static final class SurveyFormatConverter implements ITypeConverter<SurveyFormat> {
        @Override
        public SurveyFormat convert(String value) {
            return SurveyFormat.fromName(value.trim()).orElseThrow(() -> new Refused("error.surveyFormat", value));
        }
    }

    /** {@code text}, {@code json} or {@code html}, any case. */
    static final class TimelineFormatConverter implements ITypeConverter<TimelineFormat> {
        @Override
        public TimelineFormat convert(String value) {
            for (TimelineFormat f : TimelineFormat.values()) {
                if (f.name().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw new Refused("error.timelineFormat", value);
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
            throw new Refused("error.date", value);
        }
    }

    /** The referentials a run checks (a plain value, so that picocli does not treat the option as repeatable). */
    record Selection(Set<Referential> referentials) {
        static Selection all() {
            return new Selection(Converters.referentials("all"));
        }
    }

    /** {@code all}, or referential ids separated by commas (case-insensitive, e.g. {@code loi-2014-856-art9}). */
    static final class ReferentialsConverter implements ITypeConverter<Selection> {
        @Override
        public Selection convert(String value) {
            return new Selection(referentials(value));
        }
    }

    /**
     * The one place where the command line maps referential ids to referentials: {@code all}, or ids separated by
     * commas (case-insensitive), to the referentials of the catalogue they name (a plug-in's too), in catalogue order.
     *
     * @throws Refused naming the unknown id and the valid ones
     */
    static Set<Referential> referentials(String value) {
        RuleCatalogue catalogue = Shared.catalogue();
        Set<Referential> requested = new HashSet<>();
        for (String part : value.split(",")) {
            String id = part.trim();
            if (id.equalsIgnoreCase("all")) {
                requested.addAll(catalogue.referentials());
            } else {
                requested.add(catalogue.referential(id.toUpperCase(Locale.ROOT))
                        .orElseThrow(() -> new Refused("error.referential", id, validReferentials())));
            }
        }
        Set<Referential> ordered = new LinkedHashSet<>();
        for (Referential r : catalogue.referentials()) {
            if (requested.contains(r)) {
                ordered.add(r);
            }
        }
        return ordered;
    }

    static String validReferentials() {
        return Shared.catalogue().referentials().stream().map(Referential::id).collect(Collectors.joining(", "));
    }
}
