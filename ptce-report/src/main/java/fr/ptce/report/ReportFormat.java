package fr.ptce.report;

import fr.ptce.rules.Language;
import fr.ptce.rules.RuleCatalogue;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * The formats in which compliance reports are rendered, each by a streaming {@link ReportRenderer}:
 *
 * <pre>{@code
 * ReportRenderer renderer = ReportFormat.HTML.renderer(out,
 *         new ReportFormat.Context(Language.EN, checker.catalogue(), files.size() * referentials.size()));
 * renderer.begin();
 * renderer.report(file, pole, checker.check(pole, referentials, options));   // for each file
 * renderer.end();
 * }</pre>
 */
public enum ReportFormat {
    /** For a person reading a terminal: the verdict first, then the failed rules with their remedies. */
    TEXT,
    /**
     * The JSON reports of format v1 ({@link fr.ptce.rules.ReportJson}), always as one array, each report with a
     * {@code file} field: the path of the pole's file as given.
     */
    JSON,
    /** One self-contained HTML page (inline CSS and SVG charts, no script), every input value escaped. */
    HTML,
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF;

    /**
     * What a renderer needs besides its output.
     *
     * @param language        the language of the labels; the reports' messages are in the language they were
     *                        checked in ({@link fr.ptce.rules.CheckOptions})
     * @param catalogue       the rule catalogue (titles, texts, sources)
     * @param expectedReports how many reports the run makes if every file is valid (kept for compatibility: every
     *                        format now writes the same shape whatever the count)
     * @param verbose         {@link #TEXT} also lists the rules that passed or did not apply, and what the check
     *                        derived of every member a failed rule names
     */
    public record Context(Language language, RuleCatalogue catalogue, int expectedReports, boolean verbose) {
        /** A context that is not verbose. */
        public Context(Language language, RuleCatalogue catalogue, int expectedReports) {
            this(language, catalogue, expectedReports, false);
        }

        /** Checks the values. */
        public Context {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(catalogue, "catalogue");
            if (expectedReports < 0) {
                throw new IllegalArgumentException("expectedReports must be 0 or more, got " + expectedReports);
            }
        }
    }

    /** A renderer of this format writing to {@code out}, for one run. */
    public ReportRenderer renderer(PrintWriter out, Context context) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(context, "context");
        return switch (this) {
            case TEXT -> new TextRenderer(out, context);
            case JSON -> new JsonRenderer(out, context);
            case HTML -> new HtmlRenderer(out, context);
            case SARIF -> new SarifRenderer(out, context);
        };
    }
}
