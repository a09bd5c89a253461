package fr.ptce.rules.internal;

import fr.ptce.rules.Language;
import fr.ptce.rules.RuleDefinition;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The rule messages of one language ({@code messages_fr.properties}, {@code messages_en.properties}), with
 * {@code {name}} placeholders filled from a check's figures.
 */
public final class Messages {
    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            CACHE.put(l, new Messages(l));
        }
    }

    private static final ThreadLocal<DecimalFormat> FRENCH_PERCENT =
            ThreadLocal.withInitial(() -> new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.FRENCH)));
    private static final ThreadLocal<DecimalFormat> ENGLISH_PERCENT =
            ThreadLocal.withInitial(() -> new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

    private final Language language;
    private final ResourceBundle bundle;
    private final Map<String, List<String>> templates = new ConcurrentHashMap<>();

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("fr.ptce.rules.messages", language.locale(),
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of {@code language}. */
    public static Messages of(Language language) {
        return CACHE.get(language);
    }

    /** True when the key exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The raw text of a key. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message " + key + " (" + language + ")", e);
        }
    }

    /** The text of {@code key} with its placeholders replaced by {@code figures} (formatted for the language). */
    public String format(String key, Map<String, Object> figures, Language lang) {
        List<String> parts = templates.computeIfAbsent(key, k -> parse(text(k)));
        StringBuilder sb = new StringBuilder(96);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                sb.append(part);
            } else if (part.indexOf(',') > 0) {
                sb.append(choose(part, figures, lang));
            } else if (figures.containsKey(part)) {
                sb.append(render(figures.get(part), lang));
            } else {
                sb.append('{').append(part).append('}');
            }
        }
        return sb.toString();
    }

    /**
     * A placeholder with a choice, {@code {count,choice,0#entrée|1#entrée|1<entrées}}, with
     * {@link java.text.ChoiceFormat}'s rules (see {@code Texts.choose}): the text chosen by the figure {@code count}, whose own placeholders
     * ({@code {count} entrées}) are filled in turn. A figure that is not a number is left as written.
     */
    private String choose(String placeholder, Map<String, Object> figures, Language lang) {
        int comma = placeholder.indexOf(',');
        String name = placeholder.substring(0, comma);
        String spec = placeholder.substring(comma + 1);
        Object value = figures.get(name);
        if (!spec.startsWith("choice,") || !(value instanceof Number n)) {
            return '{' + placeholder + '}';
        }
        String chosen = fr.ptce.model.text.Texts.choose(spec.substring("choice,".length()), n.doubleValue());
        return formatTemplate(chosen, figures, lang);
    }

    private String formatTemplate(String template, Map<String, Object> figures, Language lang) {
        List<String> parts = parse(template);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                sb.append(part);
            } else if (figures.containsKey(part)) {
                sb.append(render(figures.get(part), lang));
            } else {
                sb.append('{').append(part).append('}');
            }
        }
        return sb.toString();
    }

    /**
     * A template as alternating literal text and placeholder names (even indexes literal, odd names); a placeholder
     * may hold braces of its own (a choice whose texts name figures).
     */
    private static List<String> parse(String template) {
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? closing(template, i) : -1;
            if (end > i + 1) {
                parts.add(literal.toString());
                parts.add(template.substring(i + 1, end));
                literal.setLength(0);
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(literal.toString());
        return List.copyOf(parts);
    }

    /** The index of the brace closing the one at {@code open}, or -1. */
    private static int closing(String template, int open) {
        int depth = 0;
        for (int j = open; j < template.length(); j++) {
            char c = template.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** A value as shown in a message: shares as percentages, booleans as yes/no, lists comma-separated. */
    static String render(Object value, Language lang) {
        if (value instanceof Share s) {
            return percent(s.value(), lang);
        }
        if (value instanceof Integer || value instanceof Long) {
            return java.text.NumberFormat.getIntegerInstance(lang.locale()).format(((Number) value).longValue());
        }
        if (value instanceof Boolean b) {
            return lang == Language.FR ? (b ? "oui" : "non") : (b ? "yes" : "no");
        }
        if (value instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder();
            for (Object o : c) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(render(o, lang));
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }

    /** {@code 0.444} as {@code 44 %} (French) or {@code 44%} (English), with one decimal when not whole. */
    public static String percent(double share, Language lang) {
        String n = (lang == Language.FR ? FRENCH_PERCENT : ENGLISH_PERCENT).get().format(share * 100);
        return lang == Language.FR ? n + "\u00a0%" : n + "%";
    }

    /** The figures naming a rule's parameters with their default values, for the catalogue's texts. */
    public static Map<String, Object> parameterFigures(RuleDefinition rule) {
        Map<String, Object> figures = new HashMap<>();
        rule.parameters().forEach((k, v) -> figures.put(k, k.endsWith("Min") && v.doubleValue() <= 1 ? new Share(v.doubleValue()) : v));
        return figures;
    }

    /** {@code date} written out in the language: « 2 août 2014 », "2 August 2014". */
    public String longDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale()).format(date);
    }

    /** A value shown as a percentage. */
    public record Share(double value) {
    }

    @Override
    public String toString() {
        return "Messages[" + language.name().toLowerCase(Locale.ROOT) + "]";
    }
}
