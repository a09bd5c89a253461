package fr.ptce.report;

import fr.ptce.rules.Language;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a {@link SurveyReport} is written in: {@code TEXT} for a person, {@code JSON} (one object: {@code asOf},
 * {@code poles}, {@code brokenFiles}, {@code verdicts}, {@code indicators}, {@code failedRules}, {@code sizes}),
 * {@code HTML} (one self-contained page with inline SVG charts, no script, a Content-Security-Policy that forbids
 * every external resource) and {@code CSV} (one row per indicator). Documented in {@code docs/survey.md}.
 *
 * <pre>{@code
 * SurveyFormat.HTML.write(survey.report(), out, Language.FR);
 * }</pre>
 */
public enum SurveyFormat {
    /** Plain text for a person. */
    TEXT,
    /** One JSON object. */
    JSON,
    /** One self-contained HTML page with charts. */
    HTML,
    /** CSV (RFC 4180, comma-separated, header row), one row per indicator. */
    CSV;

    /** Writes {@code report} to {@code out} with the labels of {@code language}; flushes, does not close. */
    public void write(SurveyReport report, PrintWriter out, Language language) {
        SurveyRenderers.write(this, report, out, language);
        out.flush();
    }

    /** The format with this name, case-insensitive ({@code text}, {@code json}, {@code html}, {@code csv}). */
    public static Optional<SurveyFormat> fromName(String name) {
        for (SurveyFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
