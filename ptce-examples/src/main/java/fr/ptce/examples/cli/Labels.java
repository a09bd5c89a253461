package fr.ptce.examples.cli;

import fr.ptce.rules.Language;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command-line tool's own labels (verdicts, headings, input errors) in French or English, from
 * {@code fr/ptce/examples/cli/labels_<lang>.properties}. Placeholders are {@code {0}}, {@code {1}}…, replaced
 * literally (no {@link java.text.MessageFormat} quoting rules, so French apostrophes need no escaping).
 */
public final class Labels {
    private static final Map<Language, Labels> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("fr.ptce.examples.cli.labels", language.locale(),
                Labels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The labels of a language. */
    public static synchronized Labels of(Language language) {
        return CACHE.computeIfAbsent(language, Labels::new);
    }

    /** The language. */
    public Language language() {
        return language;
    }

    /** True when the key exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label, or the key itself when it is missing (a missing label must not break a report). */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The label with {@code {0}}, {@code {1}}… replaced by the arguments. */
    public String format(String key, Object... args) {
        String text = get(key);
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && isDigits(text, i + 1, close)) {
                int n = Integer.parseInt(text.substring(i + 1, close));
                sb.append(n < args.length ? String.valueOf(args[n]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The separator between a label and its value: {@code " : "} in French, {@code ": "} in English. */
    public String colon() {
        return language == Language.FR ? "\u00a0: " : ": ";
    }

    /** A share (0…1) as a percentage: {@code 66,7 %} in French, {@code 66.7%} in English. */
    public String percent(double share) {
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMaximumFractionDigits(1);
        String n = f.format(share * 100);
        return language == Language.FR ? n + "\u00a0%" : n + "%";
    }

    /** A number as written in the language (decimal comma in French). */
    public String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(language.locale());
        f.setMaximumFractionDigits(4);
        f.setGroupingUsed(false);
        return f.format(value);
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
