package fr.ptce.report;

import fr.ptce.model.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report metrics (format v1 {@code metrics}) as labelled, localized values for people. */
final class Metrics {
    /** One metric: its localized label and value. */
    record Line(String key, String label, String value) {
    }

    private Metrics() {
    }

    /** Every metric of the report, in report order; unknown keys keep their name and a plain rendering. */
    static List<Line> lines(Map<String, Object> metrics, Texts labels) {
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, Object> e : metrics.entrySet()) {
            String key = e.getKey();
            String label = labels.has("metric." + key) ? labels.get("metric." + key) : key;
            lines.add(new Line(key, label, value(key, e.getValue(), labels)));
        }
        return lines;
    }

    /** A share metric (0…1), when present and numeric. */
    static Optional<Double> share(Map<String, Object> metrics, String key) {
        return metrics.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    private static String value(String key, Object value, Texts labels) {
        if (value == null) {
            return "—";
        }
        boolean share = key.toLowerCase().contains("share");
        if (value instanceof Number n) {
            return share ? labels.percent(n.doubleValue()) : labels.number(n.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "—";
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                parts.add(e.getKey() + labels.colon() + value(share ? "share" : "", e.getValue(), labels));
            }
            return String.join(" ; ", parts);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "—";
            }
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                String name = String.valueOf(item);
                parts.add(key.equals("actorFamilies") && labels.has("family." + name) ? labels.get("family." + name) : name);
            }
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }
}
