package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.rules.Language;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.Timeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * The formats in which the compliance timelines of one pole ({@link fr.ptce.rules.ComplianceChecker#timeline}) are
 * rendered:
 *
 * <pre>{@code
 * List<Timeline> timelines = checker.timeline(pole, null, null);
 * TimelineFormat.TEXT.render(out, new TimelineFormat.Context(Language.FR, checker.catalogue()), pole, timelines);
 * }</pre>
 */
public enum TimelineFormat {
    /** One line per period: its first day, the verdict, the rules that started or stopped failing, the changes. */
    TEXT,
    /**
     * A JSON array with one object per referential: {@code pole}, {@code referential}, {@code periods} (each
     * {@code from}, {@code to} ({@code null} when open), {@code verdict}, {@code failedRules}).
     */
    JSON,
    /**
     * One self-contained HTML page (inline CSS and SVG, no script, the same Content-Security-Policy as the reports'
     * page): one strip per referential coloured by verdict, its changes numbered and listed.
     */
    HTML;

    /**
     * What a renderer needs besides its output.
     *
     * @param language  the language of the labels
     * @param catalogue the rule catalogue (rule titles)
     */
    public record Context(Language language, RuleCatalogue catalogue) {
        /** Checks the values. */
        public Context {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(catalogue, "catalogue");
        }
    }

    /** Writes the timelines of {@code pole} to {@code out} (not closed, flushed). */
    public void render(PrintWriter out, Context context, Pole pole, List<Timeline> timelines) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(pole, "pole");
        Objects.requireNonNull(timelines, "timelines");
        switch (this) {
            case TEXT -> new TimelineText(out, context).render(pole, timelines);
            case JSON -> TimelineJson.write(out, timelines);
            case HTML -> new TimelineHtml(out, context).render(pole, timelines);
            default -> throw new IllegalStateException(name());
        }
        out.flush();
    }
}
