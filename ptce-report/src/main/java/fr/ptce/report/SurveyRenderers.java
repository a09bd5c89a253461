package fr.ptce.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.Language;
import fr.ptce.rules.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The four writers of a {@link SurveyReport} ({@link SurveyFormat}). */
final class SurveyRenderers {
    /** How many of the most failed rules the text and HTML show (JSON lists them all). */
    static final int TOP_RULES = 10;
    private static final JsonFactory JSON = new JsonFactory();

    /** The indicator groups of the text and HTML, by id prefix. */
    private static final String[][] SECTIONS = {{"survey.sectionCompliance", "compliant-"},
            {"survey.sectionMembers", "members-"}, {"survey.sectionCooperation", "cooperation-"},
            {"survey.sectionTerritory", "territory-"}};

    private SurveyRenderers() {
    }

    static void write(SurveyFormat format, SurveyReport report, PrintWriter out, Language language) {
        Texts labels = ReportLabels.of(language);
        switch (format) {
            case TEXT -> text(report, out, labels);
            case JSON -> json(report, out, labels);
            case HTML -> html(report, out, labels, language);
            case CSV -> csv(report, out, labels);
            default -> throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    static String label(Texts labels, String indicatorId) {
        String key = "survey.indicator." + indicatorId;
        return labels.has(key) ? labels.get(key) : indicatorId;
    }

    /** A share rounded to 4 decimals (0.5789), as JSON and CSV write it. */
    static BigDecimal rounded(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------------------------------------ text

    private static void text(SurveyReport r, PrintWriter out, Texts labels) {
        out.println(labels.get("survey.title"));
        out.println(labels.format("survey.asOf", r.asOf()));
        out.println(labels.get("survey.poles") + labels.colon() + labels.count(r.poles()));
        out.println(labels.get("survey.brokenFiles") + labels.colon() + labels.count(r.brokenFiles().size()));
        for (String f : r.brokenFiles()) {
            out.println("  " + f);
        }
        out.println();
        out.println(labels.get("survey.verdicts"));
        r.verdicts().forEach((ref, counts) -> {
            out.println("  " + ref);
            counts.forEach((v, n) -> out.println("    " + pad(labels.get("verdict." + v.name()), 34) + labels.count(n)));
        });
        for (String[] section : SECTIONS) {
            out.println();
            out.println(labels.get(section[0]));
            for (SurveyReport.Indicator i : r.indicators()) {
                if (i.id().startsWith(section[1])) {
                    out.println("  " + pad(label(labels, i.id()), 52) + pad(shareText(i, labels), 10)
                            + of(i, labels) + "  [" + i.id() + "]");
                }
            }
        }
        out.println();
        out.println(labels.get("survey.sectionSizes"));
        SurveyReport.Sizes s = r.sizes();
        out.println("  " + sizes(s, labels));
        long max = Math.max(1, s.histogram().values().stream().mapToLong(Long::longValue).max().orElse(1));
        s.histogram().forEach((k, n) -> out.println("  " + pad(k, 8) + pad(labels.count(n), 8)
                + "#".repeat((int) Math.round(40.0 * n / max))));
        out.println();
        out.println(labels.get("survey.failedRules"));
        Map<String, Long> top = r.mostFailedRules(TOP_RULES);
        if (top.isEmpty()) {
            out.println("  " + labels.get("survey.failedRulesNone"));
        }
        top.forEach((rule, n) -> out.println("  " + pad(rule, 34) + labels.format("survey.ruleCount", labels.count(n))));
        out.println();
        out.println(labels.get("survey.definitions"));
    }

    /** "41 sur 83", the counts written as the language writes numbers ("10 000 sur 135 043", "10,000 of 135,043"). */
    private static String of(SurveyReport.Indicator i, Texts labels) {
        return labels.format("survey.of", labels.count(i.numerator()), labels.count(i.denominator()));
    }

    /** The sizes' sentence, its numbers written as the language writes numbers. */
    private static String sizes(SurveyReport.Sizes s, Texts labels) {
        return labels.format("survey.sizes", labels.count(s.min()), labels.count(s.q1()), labels.count(s.median()),
                labels.count(s.q3()), labels.count(s.max()), labels.count(s.poles()));
    }

    private static String shareText(SurveyReport.Indicator i, Texts labels) {
        return i.share().map(labels::percent).orElse("—");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    // ------------------------------------------------------------------------------------------------ JSON

    private static void json(SurveyReport r, PrintWriter out, Texts labels) {
        try (JsonGenerator g = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("asOf", r.asOf().toString());
            g.writeNumberField("poles", r.poles());
            g.writeArrayFieldStart("brokenFiles");
            for (String f : r.brokenFiles()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("verdicts");
            for (Map.Entry<String, Map<Verdict, Long>> e : r.verdicts().entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                for (Map.Entry<Verdict, Long> v : e.getValue().entrySet()) {
                    g.writeNumberField(v.getKey().name(), v.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("indicators");
            for (SurveyReport.Indicator i : r.indicators()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("label", label(labels, i.id()));
                g.writeNumberField("numerator", i.numerator());
                g.writeNumberField("denominator", i.denominator());
                if (i.share().isPresent()) {
                    g.writeNumberField("share", rounded(i.share().get()));
                } else {
                    g.writeNullField("share");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("failedRules");
            for (Map.Entry<String, Long> e : r.failedRules().entrySet()) {
                g.writeStartObject();
                g.writeStringField("ruleId", e.getKey());
                g.writeNumberField("reports", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            SurveyReport.Sizes s = r.sizes();
            g.writeObjectFieldStart("sizes");
            g.writeNumberField("poles", s.poles());
            g.writeNumberField("min", s.min());
            g.writeNumberField("q1", s.q1());
            g.writeNumberField("median", s.median());
            g.writeNumberField("q3", s.q3());
            g.writeNumberField("max", s.max());
            g.writeObjectFieldStart("histogram");
            for (Map.Entry<String, Long> e : s.histogram().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    // ------------------------------------------------------------------------------------------------ CSV

    private static void csv(SurveyReport r, PrintWriter out, Texts labels) {
        out.print("id,label,numerator,denominator,share\r\n");
        for (SurveyReport.Indicator i : r.indicators()) {
            out.print(i.id() + "," + csvField(label(labels, i.id())) + "," + i.numerator() + "," + i.denominator() + ","
                    + i.share().map(s -> rounded(s).toPlainString()).orElse("") + "\r\n");
        }
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break; a leading = + - @ is neutralised. */
    static String csvField(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    // ------------------------------------------------------------------------------------------------ HTML

    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #1d2330; background: #f4f5f7; }
            .page { max-width: 1180px; margin: 0 auto; padding: 24px; display: flex; flex-direction: column; gap: 24px; }
            h1 { font-size: 1.8rem; margin: 0 0 4px; } h2 { font-size: 1.4rem; margin: 0 0 10px; }
            .meta, .muted { color: #5a6270; } .meta { font-size: .9rem; margin: 0; }
            section.card { background: #fff; border-radius: 10px; padding: 20px 22px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
            .figures { display: flex; flex-wrap: wrap; gap: 28px; }
            .figure { font-size: 2rem; font-weight: 700; } .figure span { display: block; font-size: .9rem; font-weight: 400; color: #5a6270; }
            .broken .figure { color: #b3261e; }
            table { border-collapse: collapse; width: 100%; font-size: .93rem; }
            th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid #e3e6ea; }
            th { background: #eef0f3; font-weight: 600; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .82rem; color: #5a6270; }
            svg { max-width: 100%; height: auto; font-size: 13px; }
            svg .label { fill: #1d2330; } svg .value { fill: #1d2330; font-weight: 600; } svg .small { fill: #3b4250; font-size: 11px; }
            ul.files { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
            @media print { body { background: #fff; } section.card { box-shadow: none; border: 1px solid #ccc; break-inside: avoid-page; } }
            """;
    private static final String[] VERDICT_COLOURS = {"#1b7f3b", "#9a5b00", "#b3261e", "#5a6270"};
    private static final int WIDTH = 900;
    private static final int LABEL = 330;
    private static final int BAR = 300;
    private static final int ROW = 28;

    private static void html(SurveyReport r, PrintWriter out, Texts labels, Language language) {
        Html.pageStart(out, language, labels.get("survey.title"), CSS, "page");
        out.println("<header><h1>" + Html.text(labels.get("survey.title")) + "</h1><p class=\"meta\">"
                + Html.text(labels.format("survey.asOf", r.asOf())) + " — " + Html.text(labels.get("survey.definitions"))
                + "</p></header>");
        out.println("<section class=\"card summary\"><div class=\"figures\">");
        out.println("<div class=\"figure\">" + Html.text(labels.count(r.poles())) + "<span>" + Html.text(labels.get("survey.poles")) + "</span></div>");
        out.println("<div class=\"figure" + (r.brokenFiles().isEmpty() ? "" : " broken") + "\">"
                + Html.text(labels.count(r.brokenFiles().size()))
                + "<span>" + Html.text(labels.get("survey.brokenFiles")) + "</span></div>");
        SurveyReport.Sizes s = r.sizes();
        out.println("<div class=\"figure\">" + s.median() + "<span>" + Html.text(labels.get("survey.medianSize"))
                + "</span></div>");
        out.println("</div></section>");

        out.println("<section class=\"card verdicts\"><h2>" + Html.text(labels.get("survey.verdicts")) + "</h2>");
        out.print(verdictChart(r, labels));
        out.println("<table><thead><tr><th></th>");
        for (Verdict v : Verdict.values()) {
            out.print("<th>" + Html.text(labels.get("verdict." + v.name())) + "</th>");
        }
        out.println("</tr></thead><tbody>");
        r.verdicts().forEach((ref, counts) -> {
            out.print("<tr><td>" + Html.text(ReportLabels.referential(ref, language)) + " <code>" + Html.text(ref) + "</code></td>");
            for (Verdict v : Verdict.values()) {
                out.print("<td class=\"n\">" + Html.text(labels.count(counts.getOrDefault(v, 0L))) + "</td>");
            }
            out.println("</tr>");
        });
        out.println("</tbody></table></section>");

        for (String[] section : SECTIONS) {
            List<SurveyReport.Indicator> rows = new ArrayList<>();
            for (SurveyReport.Indicator i : r.indicators()) {
                if (i.id().startsWith(section[1])) {
                    rows.add(i);
                }
            }
            out.println("<section class=\"card indicators\"><h2>" + Html.text(labels.get(section[0])) + "</h2>");
            out.print(shareChart(labels.get(section[0]), rows, labels));
            out.println("<table><thead><tr><th>" + Html.text(labels.get("survey.indicator")) + "</th><th>"
                    + Html.text(labels.get("survey.share")) + "</th><th>" + Html.text(labels.get("survey.numerator"))
                    + "</th><th>" + Html.text(labels.get("survey.denominator")) + "</th></tr></thead><tbody>");
            for (SurveyReport.Indicator i : rows) {
                out.println("<tr><td>" + Html.text(label(labels, i.id())) + " <code>" + Html.text(i.id()) + "</code></td>"
                        + "<td class=\"n\">" + Html.text(i.share().map(labels::percent).orElse(labels.get("survey.noData")))
                        + "</td><td class=\"n\">" + Html.text(labels.count(i.numerator())) + "</td><td class=\"n\">"
                        + Html.text(labels.count(i.denominator())) + "</td></tr>");
            }
            out.println("</tbody></table></section>");
        }

        out.println("<section class=\"card sizes\"><h2>" + Html.text(labels.get("survey.sectionSizes")) + "</h2>");
        out.println("<p>" + Html.text(sizes(s, labels))
                + "</p>");
        out.print(histogram(s, labels));
        out.println("</section>");

        out.println("<section class=\"card rules\"><h2>" + Html.text(labels.get("survey.failedRules")) + "</h2>");
        Map<String, Long> top = r.mostFailedRules(TOP_RULES);
        if (top.isEmpty()) {
            out.println("<p class=\"muted\">" + Html.text(labels.get("survey.failedRulesNone")) + "</p>");
        } else {
            out.println("<table><tbody>");
            top.forEach((rule, n) -> out.println("<tr><td><code>" + Html.text(rule) + "</code></td><td class=\"n\">"
                    + Html.text(labels.format("survey.ruleCount", labels.count(n))) + "</td></tr>"));
            out.println("</tbody></table>");
        }
        out.println("</section>");

        out.println("<section class=\"card broken-files\"><h2>" + Html.text(labels.get("survey.brokenFiles")) + "</h2>");
        if (r.brokenFiles().isEmpty()) {
            out.println("<p class=\"muted\">" + Html.text(labels.get("survey.brokenNone")) + "</p>");
        } else {
            out.println("<ul class=\"files\">");
            r.brokenFiles().forEach(f -> out.println("<li>" + Html.text(f) + "</li>"));
            out.println("</ul>");
        }
        out.println("</section>");
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
    }

    /** One horizontal bar per indicator, its share of a full bar, the share and the counts written beside it. */
    private static String shareChart(String title, List<SurveyReport.Indicator> rows, Texts labels) {
        StringBuilder sb = new StringBuilder();
        int height = 8 + rows.size() * ROW;
        svgStart(sb, height, title);
        int y = 4;
        for (SurveyReport.Indicator i : rows) {
            double share = i.share().orElse(0.0);
            int w = (int) Math.round(share * BAR);
            String value = i.share().map(labels::percent).orElse("—") + "  (" + of(i, labels) + ")";
            sb.append("<g><title>").append(Html.text(label(labels, i.id()))).append(labels.colon()).append(Html.text(value))
                    .append("</title>");
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>",
                    LABEL - 8, y + 15, Html.text(Html.shorten(label(labels, i.id()), 44))));
            sb.append(rect(LABEL, y, BAR, 20, "#e3e6ea"));
            sb.append(rect(LABEL, y, w, 20, "#2f5d9e"));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"value\">%s</text>", LABEL + BAR + 8, y + 15,
                    Html.text(value)));
            sb.append("</g>\n");
            y += ROW;
        }
        return sb.append("</svg>\n").toString();
    }

    /** One stacked bar per referential: its poles by verdict. */
    private static String verdictChart(SurveyReport r, Texts labels) {
        StringBuilder sb = new StringBuilder();
        int height = 8 + r.verdicts().size() * ROW + 26;
        svgStart(sb, height, labels.get("survey.verdicts"));
        int y = 4;
        for (Map.Entry<String, Map<Verdict, Long>> e : r.verdicts().entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>",
                    LABEL - 8, y + 15, Html.text(e.getKey())));
            int x = LABEL;
            for (Verdict v : Verdict.values()) {
                long n = e.getValue().getOrDefault(v, 0L);
                int w = total == 0 ? 0 : (int) Math.round((double) n / total * (BAR + 100));
                if (w > 0) {
                    sb.append("<g><title>").append(Html.text(labels.get("verdict." + v.name()))).append(labels.colon())
                            .append(Html.text(labels.count(n))).append("</title>").append(rect(x, y, w, 20, VERDICT_COLOURS[v.ordinal()]))
                            .append("</g>");
                }
                x += w;
            }
            sb.append('\n');
            y += ROW;
        }
        int x = 10;
        for (Verdict v : Verdict.values()) {
            sb.append(rect(x, y + 4, 12, 12, VERDICT_COLOURS[v.ordinal()]));
            String name = labels.get("verdict." + v.name());
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"small\">%s</text>", x + 16, y + 14,
                    Html.text(name)));
            x += 30 + name.length() * 6;
        }
        return sb.append("</svg>\n").toString();
    }

    /** Vertical bars: poles per size class. */
    private static String histogram(SurveyReport.Sizes s, Texts labels) {
        StringBuilder sb = new StringBuilder();
        int chartHeight = 180;
        int height = chartHeight + 50;
        svgStart(sb, height, labels.get("survey.histogram"));
        long max = Math.max(1, s.histogram().values().stream().mapToLong(Long::longValue).max().orElse(1));
        int n = s.histogram().size();
        int slot = (WIDTH - 60) / Math.max(1, n);
        int x = 40;
        int base = chartHeight + 10;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#5a6270\"/>", 36, base,
                WIDTH - 16, base));
        for (Map.Entry<String, Long> e : s.histogram().entrySet()) {
            int h = (int) Math.round((double) e.getValue() / max * (chartHeight - 20));
            sb.append("<g><title>").append(Html.text(e.getKey())).append(labels.colon()).append(Html.text(labels.count(e.getValue())))
                    .append("</title>");
            sb.append(rect(x + 6, base - h, slot - 12, h, "#2f5d9e"));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"value\" text-anchor=\"middle\">%s</text>",
                    x + slot / 2, base - h - 5, Html.text(labels.count(e.getValue()))));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"middle\">%s</text>",
                    x + slot / 2, base + 18, Html.text(e.getKey())));
            sb.append("</g>\n");
            x += slot;
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"small\" text-anchor=\"middle\">%s</text>",
                WIDTH / 2, base + 38, Html.text(labels.get("survey.histogram"))));
        return sb.append("</svg>\n").toString();
    }

    private static void svgStart(StringBuilder sb, int height, String title) {
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\"><title>%s</title>\n", WIDTH, height, WIDTH, height, Html.text(title)));
    }

    private static String rect(int x, int y, int w, int h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y,
                Math.max(w, 0), Math.max(h, 0), fill);
    }
}
