package fr.ptce.report;

import java.util.Locale;

/**
 * HTML escaping: every value that comes from a pole file goes through {@link #text} before it reaches the page; and the
 * head every page of the library shares (self-contained: inline CSS only, a policy that forbids scripts and fetches).
 */
final class Html {
    private Html() {
    }

    /**
     * Writes the start of a self-contained page, up to and including the opening {@code <main>} tag: language, viewport,
     * the content security policy (inline styles and data images only: no script, no fetch), the title, the style.
     */
    static void pageStart(java.io.PrintWriter out, fr.ptce.rules.Language language, String title, String css,
                          String mainClass) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + language.name().toLowerCase(Locale.ROOT) + "\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:\">");
        out.println("<title>" + text(title) + "</title>");
        out.println("<style>" + css + "</style>");
        out.println("</head>");
        out.println("<body>");
        out.println(mainClass == null ? "<main>" : "<main class=\"" + mainClass + "\">");
    }

    /** Text safe in element content and in quoted attribute values ({@code & < > " '} escaped); null gives "". */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks have no place in a page.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A link to {@code url} when it is an http(s) URL, otherwise the label as plain text. */
    static String link(String url, String label) {
        String shown = label == null || label.isBlank() ? url : label;
        if (url != null) {
            String u = url.trim().toLowerCase(Locale.ROOT);
            if (u.startsWith("https://") || u.startsWith("http://")) {
                return "<a href=\"" + text(url.trim()) + "\" rel=\"noopener noreferrer\">" + text(shown) + "</a>";
            }
        }
        return text(shown);
    }

    /** {@code s} cut to {@code max} characters with an ellipsis (before escaping). */
    static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }
}
