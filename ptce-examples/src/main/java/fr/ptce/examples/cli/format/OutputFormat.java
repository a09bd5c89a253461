package fr.ptce.examples.cli.format;

import fr.ptce.examples.cli.Labels;
import fr.ptce.rules.RuleCatalogue;
import java.io.PrintWriter;

/** The output formats of {@code ptce validate}. */
public enum OutputFormat {
    /** For a person reading a terminal. */
    TEXT,
    /** The JSON reports of format v1. */
    JSON,
    /** One self-contained HTML page. */
    HTML,
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF;

    /**
     * What a formatter needs besides its output.
     *
     * @param labels          labels in the report language
     * @param catalogue       the rule catalogue (titles, sources)
     * @param expectedReports how many reports the run would make if every file were valid
     */
    public record Context(Labels labels, RuleCatalogue catalogue, int expectedReports) {
    }

    /** A formatter of this format writing to {@code out}. */
    public ReportFormatter create(PrintWriter out, Context context) {
        return switch (this) {
            case TEXT -> new TextFormatter(out, context);
            case JSON -> new JsonFormatter(out, context);
            case HTML -> new HtmlFormatter(out, context);
            case SARIF -> new SarifFormatter(out, context);
        };
    }
}
