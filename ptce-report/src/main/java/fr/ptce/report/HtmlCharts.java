package fr.ptce.report;

import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.MemberFacts;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charts of the HTML report as inline SVG (no script, no external resource): ESS and non-ESS votes in each
 * decision-making body, members by actor family, share of legal-person members on the territory. Every text drawn
 * comes through {@link Html#text}.
 */
final class HtmlCharts {
    /*
     * One narrow layout for every screen: each row's label sits above its bar, so the drawing is 320 units wide and a
     * phone of 360 px shows it nearly at full size (its text stays readable); wider screens show the charts side by side.
     */
    private static final int WIDTH = 320;
    /** Where the bars start (the labels are above them). */
    private static final int LABEL = 0;
    private static final int BAR = 240;
    /** A row: its label, then its bar. */
    private static final int ROW = 44;
    /** From a row's top to its bar's top. */
    private static final int BAR_TOP = 20;
    private static final int BAR_HEIGHT = 18;
    private static final String ESS = "#1b7f3b";
    private static final String OTHER = "#c9ced6";
    private static final String NEUTRAL = "#2f5d9e";

    private final Texts labels;

    HtmlCharts(Texts labels) {
        this.labels = labels;
    }

    /** ESS share of votes per body ({@code essVoteShareByBody}) as stacked bars, with the rule's threshold. */
    String votesByBody(Map<String, Object> metrics, double threshold) {
        Map<String, Double> shares = new LinkedHashMap<>();
        if (metrics.get("essVoteShareByBody") instanceof Map<?, ?> byBody) {
            byBody.forEach((k, v) -> {
                if (v instanceof Number n) {
                    shares.put(String.valueOf(k), n.doubleValue());
                }
            });
        }
        StringBuilder sb = figureStart(labels.get("html.chartVotes"));
        if (shares.isEmpty()) {
            return sb.append("<p class=\"muted\">").append(Html.text(labels.get("html.chartVotesNone")))
                    .append("</p></figure>\n").toString();
        }
        int height = 16 + shares.size() * ROW + 22;
        svgStart(sb, height, labels.get("html.chartVotes"));
        int x = LABEL + (int) Math.round(clamp(threshold) * BAR);
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"small\" text-anchor=\"middle\">%s</text>\n",
                captionX(x), 12, Html.text(labels.format("html.chartVotesThreshold", labels.percent(threshold)))));
        int y = 16;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            double share = clamp(e.getValue());
            int ess = (int) Math.round(share * BAR);
            sb.append("<g><title>").append(Html.text(e.getKey())).append(labels.colon())
                    .append(Html.text(labels.get("html.chartVotesEss"))).append(' ').append(Html.text(labels.percent(share)))
                    .append("</title>");
            label(sb, y, e.getKey());
            sb.append(rect(LABEL, y + BAR_TOP, ess, BAR_HEIGHT, ESS));
            sb.append(rect(LABEL + ess, y + BAR_TOP, BAR - ess, BAR_HEIGHT, OTHER));
            value(sb, LABEL + BAR + 8, y, labels.percent(share));
            thresholdTick(sb, x, y);
            sb.append("</g>\n");
            y += ROW;
        }
        legend(sb, y + 14);
        return sb.append("</svg></figure>\n").toString();
    }

    /**
     * Active constituent members and partners counted by actor family, as the check derived them (the report's
     * {@code members}); one may belong to several.
     */
    String membersByFamily(List<MemberFacts> members, int minActorFamilies) {
        Map<ActorFamily, Integer> counts = new EnumMap<>(ActorFamily.class);
        for (ActorFamily f : ActorFamily.values()) {
            counts.put(f, 0);
        }
        int none = 0;
        for (MemberFacts m : members) {
            if (!m.active() || !m.constituent()) {
                continue;
            }
            m.families().forEach(f -> counts.merge(ActorFamily.valueOf(f), 1, Integer::sum));
            none += m.families().isEmpty() ? 1 : 0;
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        counts.forEach((f, n) -> rows.put(labels.get("family." + f.name()), n));
        rows.put(labels.get("family.NONE"), none);
        int max = Math.max(1, rows.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        // the caption says what CH-MULTI-ACTOR counts: families represented, against the number required
        long covered = counts.values().stream().filter(n -> n > 0).count();
        StringBuilder sb = figureStart(labels.get("html.chartFamilies") + " — "
                + labels.format("html.chartFamiliesCovered", covered, minActorFamilies));
        svgStart(sb, 4 + rows.size() * ROW, labels.get("html.chartFamilies"));
        int y = 0;
        for (Map.Entry<String, Integer> e : rows.entrySet()) {
            int w = (int) Math.round((double) e.getValue() / max * BAR);
            sb.append("<g><title>").append(Html.text(e.getKey())).append(labels.colon()).append(e.getValue()).append("</title>");
            label(sb, y, e.getKey());
            sb.append(rect(LABEL, y + BAR_TOP, Math.max(w, e.getValue() > 0 ? 2 : 0), BAR_HEIGHT, NEUTRAL));
            value(sb, LABEL + w + 8, y, String.valueOf(e.getValue()));
            sb.append("</g>\n");
            y += ROW;
        }
        return sb.append("</svg></figure>\n").toString();
    }

    /** The share of legal-person members located on the territory ({@code anchoredShare}) against its threshold. */
    String anchoredShare(Map<String, Object> metrics, double threshold) {
        StringBuilder sb = figureStart(labels.get("html.chartAnchored"));
        var share = Metrics.share(metrics, "anchoredShare");
        if (share.isEmpty()) {
            return sb.append("<p class=\"muted\">").append(Html.text(labels.get("html.chartAnchoredNone")))
                    .append("</p></figure>\n").toString();
        }
        double s = clamp(share.get());
        int filled = (int) Math.round(s * BAR);
        svgStart(sb, 16 + ROW, labels.get("html.chartAnchored"));
        int x = LABEL + (int) Math.round(clamp(threshold) * BAR);
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"small\" text-anchor=\"middle\">%s</text>\n",
                captionX(x), 12, Html.text(labels.format("html.chartAnchoredThreshold", labels.percent(threshold)))));
        sb.append("<g><title>").append(Html.text(labels.percent(s))).append("</title>");
        label(sb, 16, labels.get("html.chartAnchoredBar"));
        sb.append(rect(LABEL, 16 + BAR_TOP, filled, BAR_HEIGHT, s >= threshold ? ESS : "#b3261e"));
        sb.append(rect(LABEL + filled, 16 + BAR_TOP, BAR - filled, BAR_HEIGHT, OTHER));
        value(sb, LABEL + BAR + 8, 16, labels.percent(s));
        thresholdTick(sb, x, 16);
        sb.append("</g>\n");
        return sb.append("</svg></figure>\n").toString();
    }

    private static StringBuilder figureStart(String caption) {
        return new StringBuilder("<figure class=\"chart\"><figcaption>").append(Html.text(caption)).append("</figcaption>\n");
    }

    private static void svgStart(StringBuilder sb, int height, String title) {
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\"><title>%s</title>\n", WIDTH, height, WIDTH, height, Html.text(title)));
    }

    /** A row's label, above its bar (the row starts at {@code y}). */
    private static void label(StringBuilder sb, int y, String text) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>", LABEL, y + 14,
                Html.text(Html.shorten(text, 42))));
    }

    /** A row's value, right of its bar. */
    private static void value(StringBuilder sb, int x, int y, String text) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"value\">%s</text>", x, y + BAR_TOP + 14,
                Html.text(text)));
    }

    private static String rect(int x, int y, int w, int h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y, Math.max(w, 0),
                h, fill);
    }

    /** Where the threshold's caption is centred: over the threshold, but never cut by the drawing's edges. */
    private static int captionX(int x) {
        return Math.max(LABEL + 40, Math.min(LABEL + BAR - 40, x));
    }

    /** The threshold across a row's bar (its caption is drawn once, above the rows). */
    private static void thresholdTick(StringBuilder sb, int x, int y) {
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222\" stroke-width=\"2\" "
                + "stroke-dasharray=\"4 3\"/>", x, y + BAR_TOP - 4, x, y + BAR_TOP + BAR_HEIGHT + 4));
    }

    private void legend(StringBuilder sb, int y) {
        sb.append(rect(LABEL, y - 10, 12, 12, ESS));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"small\">%s</text>", LABEL + 16, y,
                Html.text(labels.get("html.chartVotesEss"))));
        sb.append(rect(LABEL + 90, y - 10, 12, 12, OTHER));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"small\">%s</text>\n", LABEL + 106, y,
                Html.text(labels.get("html.chartVotesOther"))));
    }

    private static double clamp(double d) {
        return Double.isNaN(d) ? 0 : Math.max(0, Math.min(1, d));
    }
}
