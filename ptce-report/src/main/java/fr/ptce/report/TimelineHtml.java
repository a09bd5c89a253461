package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.rules.Timeline;
import fr.ptce.rules.TimelinePeriod;
import fr.ptce.rules.Verdict;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * {@link TimelineFormat#HTML}: one self-contained page, no script, every input value escaped; per referential an SVG
 * strip whose segments are the periods coloured by verdict, numbered at each period's first day, and the numbered
 * list of what each period says.
 */
final class TimelineHtml {
    private static final int WIDTH = 960;
    private static final int STRIP_TOP = 22;
    private static final int STRIP_HEIGHT = 34;
    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
                   color: #1d2330; background: #f4f5f7; }
            main { max-width: 1020px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 1.8rem; margin: 0 0 4px; } h2 { font-size: 1.3rem; margin: 0 0 6px; }
            .meta { color: #5a6270; font-size: .9rem; }
            section { background: #fff; border-radius: 10px; padding: 18px 22px; margin: 18px 0;
                      box-shadow: 0 1px 3px rgba(0,0,0,.12); }
            svg { width: 100%; height: auto; display: block; }
            .COMPLIANT { fill: #1b7f3b; background: #1b7f3b; } .COMPLIANT_WITH_WARNINGS { fill: #9a5b00; background: #9a5b00; }
            .NON_COMPLIANT { fill: #b3261e; background: #b3261e; } .NOT_IN_FORCE { fill: #8a909c; background: #8a909c; }
            .mark { font-size: 12px; fill: #1d2330; } .axis { font-size: 11px; fill: #5a6270; }
            .tick { stroke: #1d2330; stroke-width: 1; }
            .swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .3em; }
            ol { padding-left: 1.6em; } li { margin: 4px 0; }
            .legend span { margin-right: 1.2em; white-space: nowrap; }
            """;

    private final PrintWriter out;
    private final TimelineLabels labels;
    private final fr.ptce.rules.Language language;

    TimelineHtml(PrintWriter out, TimelineFormat.Context context) {
        this.out = out;
        this.labels = new TimelineLabels(context);
        this.language = context.language();
    }

    void render(Pole pole, List<Timeline> timelines) {
        String title = labels.texts().get("title") + " — " + pole.name();
        Html.pageStart(out, language, title, CSS, null);
        out.println("<h1>" + Html.text(title) + "</h1>");
        out.println("<p class=\"meta\">" + Html.text(labels.texts().format("html.generated", LocalDate.now())) + "</p>");
        out.println("<p class=\"legend\">" + legend() + "</p>");
        for (Timeline t : timelines) {
            section(pole, t);
        }
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
    }

    private String legend() {
        StringBuilder sb = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            sb.append("<span><span class=\"swatch ").append(v.name()).append("\"></span>")
                    .append(Html.text(labels.texts().get("verdict." + v.name()))).append("</span>");
        }
        return sb.toString();
    }

    private void section(Pole pole, Timeline t) {
        out.println("<section class=\"timeline\" id=\"" + Html.text(t.referential().id()) + "\">");
        out.println("<h2>" + Html.text(labels.referential(t.referential().id())) + "</h2>");
        out.println("<p class=\"meta\">" + Html.text(labels.texts().format("from.to", t.from(), t.to())) + "</p>");
        long days = Math.max(1, ChronoUnit.DAYS.between(t.from(), t.to()) + 1);
        int height = STRIP_TOP + STRIP_HEIGHT + 18;
        out.println("<svg role=\"img\" viewBox=\"0 0 " + WIDTH + " " + height + "\" xmlns=\"http://www.w3.org/2000/svg\">");
        out.println("<title>" + Html.text(labels.referential(t.referential().id()) + " — " + pole.name()) + "</title>");
        for (int i = 0; i < t.periods().size(); i++) {
            TimelinePeriod p = t.periods().get(i);
            LocalDate last = p.to() == null || p.to().isAfter(t.to()) ? t.to() : p.to();
            double x0 = x(t, p.from(), days);
            double x1 = x(t, last.plusDays(1), days);
            String tip = labels.texts().format("since", p.from()) + labels.texts().colon()
                    + String.join(", ", labels.describe(p, i == 0));
            out.println("<rect class=\"" + p.verdict().name() + "\" x=\"" + fmt(x0) + "\" y=\"" + STRIP_TOP
                    + "\" width=\"" + fmt(Math.max(1.0, x1 - x0)) + "\" height=\"" + STRIP_HEIGHT + "\"><title>"
                    + Html.text(tip) + "</title></rect>");
            out.println("<line class=\"tick\" x1=\"" + fmt(x0) + "\" y1=\"" + (STRIP_TOP - 6) + "\" x2=\"" + fmt(x0)
                    + "\" y2=\"" + (STRIP_TOP + STRIP_HEIGHT) + "\"/>");
            out.println("<text class=\"mark\" x=\"" + fmt(x0 + 2) + "\" y=\"" + (STRIP_TOP - 8) + "\">" + (i + 1)
                    + "</text>");
        }
        int axisY = STRIP_TOP + STRIP_HEIGHT + 14;
        out.println("<text class=\"axis\" x=\"0\" y=\"" + axisY + "\">" + Html.text(t.from()) + "</text>");
        out.println("<text class=\"axis\" x=\"" + WIDTH + "\" y=\"" + axisY + "\" text-anchor=\"end\">"
                + Html.text(t.to()) + "</text>");
        out.println("</svg>");
        out.println("<ol class=\"periods\">");
        for (int i = 0; i < t.periods().size(); i++) {
            TimelinePeriod p = t.periods().get(i);
            String when = p.to() == null ? labels.texts().format("since", p.from())
                    : labels.texts().format("from.to", p.from(), p.to());
            out.println("<li><span class=\"swatch " + p.verdict().name() + "\"></span><strong>" + Html.text(when)
                    + "</strong>" + Html.text(labels.texts().colon() + String.join(", ", labels.describe(p, i == 0)))
                    + "</li>");
        }
        out.println("</ol>");
        out.println("</section>");
    }

    private static double x(Timeline t, LocalDate date, long days) {
        long offset = ChronoUnit.DAYS.between(t.from(), date);
        return Math.min(WIDTH, Math.max(0, WIDTH * (double) offset / days));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
