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

/**
 * The rule messages of one language ({@code messages_fr.properties}, {@code messages_en.properties}), with
 * {@code {name}} placeholders filled from a check's figures.
 */
public final class Messages {
    private static final String CORE = "fr/ptce/rules/messages";
    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            // read through this class, not its class loader: on the module path a class loader finds no resource in a
            // package its module does not open, and fr.ptce.rules is exported, not opened
            CACHE.put(l, new Messages(l, load(name -> Messages.class.getResourceAsStream("/" + name), CORE, l, "ptce-rules"),
                    null));
        }
    }

    private static final ThreadLocal<DecimalFormat> FRENCH_PERCENT =
            ThreadLocal.withInitial(() -> new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.FRENCH)));
    private static final ThreadLocal<DecimalFormat> ENGLISH_PERCENT =
            ThreadLocal.withInitial(() -> new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
    // a NumberFormat costs more to make than to use, and is not thread-safe: one per thread and language
    private static final ThreadLocal<Map<Language, java.text.NumberFormat>> INTEGERS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    private final Language language;
    private final Map<String, String> texts;
    private final Messages fallback;
    private final Map<String, List<String>> templates = new ConcurrentHashMap<>();
    /** The texts chosen in choice placeholders, parsed (a message is formatted at every check). */
    private final Map<String, List<String>> chosenTemplates = new ConcurrentHashMap<>();

    private Messages(Language language, Map<String, String> texts, Messages fallback) {
        this.language = language;
        this.texts = texts;
        this.fallback = fallback;
    }

    /** The library's own messages of {@code language} (verdicts, families, dates in force). */
    public static Messages of(Language language) {
        return CACHE.get(language);
    }

    /**
     * The messages of a referential ({@code base_fr.properties}, {@code base_en.properties} read with
     * {@code loader}, UTF-8), falling back to the library's own.
     *
     * @throws fr.ptce.rules.InvalidReferentialException when the file is missing
     */
    public static Messages of(ClassLoader loader, String base, Language language, String origin) {
        return new Messages(language, load(loader::getResourceAsStream, base, language, origin), of(language));
    }

    private static Map<String, String> load(java.util.function.Function<String, java.io.InputStream> resources, String base,
                                            Language language, String origin) {
        String path = base + "_" + language.name().toLowerCase(Locale.ROOT) + ".properties";
        try (java.io.InputStream in = resources.apply(path)) {
            if (in == null) {
                throw new fr.ptce.rules.InvalidReferentialException(origin + ": the messages " + path + " are missing");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            p.forEach((k, v) -> texts.put((String) k, (String) v));
            return Map.copyOf(texts);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new fr.ptce.rules.InvalidReferentialException(origin + ": the messages " + path + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** True when the key exists here (not in the fallback). */
    public boolean hasOwn(String key) {
        return texts.containsKey(key);
    }

    /** True when the key exists. */
    public boolean has(String key) {
        return texts.containsKey(key) || (fallback != null && fallback.has(key));
    }

    /** The raw text of a key. */
    public String text(String key) {
        String text = texts.get(key);
        if (text != null) {
            return text;
        }
        if (fallback != null) {
            return fallback.text(key);
        }
        throw new IllegalStateException("missing message " + key + " (" + language + ")");
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
        List<String> parts = chosenTemplates.computeIfAbsent(template, Messages::parse);
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
            long n = ((Number) value).longValue();
            if (n >= 0 && n < 1000) {
                return Long.toString(n); // no grouping below a thousand: the locale's format gives the same digits
            }
            return INTEGERS.get().computeIfAbsent(lang, l -> java.text.NumberFormat.getIntegerInstance(l.locale())).format(n);
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

    /**
     * The figures naming a rule's parameters with their default values, for the catalogue's texts: an integer
     * parameter as a number, another as a percentage.
     */
    public static Map<String, Object> parameterFigures(RuleDefinition rule) {
        Map<String, Object> figures = new HashMap<>();
        for (fr.ptce.rules.ParameterDefinition p : rule.parameterDefinitions()) {
            figures.put(p.key(), p.integer() ? (Object) (long) p.defaultValue() : new Share(p.defaultValue()));
        }
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
