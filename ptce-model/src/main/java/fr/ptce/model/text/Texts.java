package fr.ptce.model.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The texts of one language, read from a UTF-8 properties file ({@code <baseName>_<language>.properties}), with
 * {@code {0}}, {@code {1}}… placeholders replaced literally (no {@link java.text.MessageFormat} quoting rules, so
 * French apostrophes need no escaping; plural choices {@code {0,choice,0#…|1#…|1<…}} are read too), and the punctuation of
 * numbers of that language. Shared by the library's modules for their own messages (CSV import, report renderers,
 * command line), and available to a host that renders its own texts the same way.
 *
 * <p>The owner of a properties file opens it itself ({@code Owner.class::getResourceAsStream}), so the file is
 * found on the class path and on the module path alike: no {@link java.util.ResourceBundle.Control}, which named
 * modules refuse.
 */
public final class Texts {
    private final Locale locale;
    private final Map<String, String> texts;
    /**
     * The number formats of each language (count, percentage, plain number), made once per thread: a
     * {@link NumberFormat} is not documented as thread-safe. The values are JDK objects only, so a host's pooled
     * thread never holds a class of this library through them (no class loader kept after an undeploy).
     */
    private static final ThreadLocal<Map<Locale, NumberFormat[]>> FORMATS = ThreadLocal.withInitial(HashMap::new);
    private static final int COUNT = 0;
    private static final int PERCENT = 1;
    private static final int NUMBER = 2;

    private Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    private NumberFormat format(int kind) {
        return FORMATS.get().computeIfAbsent(locale, Texts::newFormats)[kind];
    }

    private static NumberFormat[] newFormats(Locale locale) {
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        number.setGroupingUsed(false);
        return new NumberFormat[] {count, percent, number};
    }

    /**
     * The texts of {@code locale}'s language: {@code <baseName>_<language>.properties} as {@code resources} opens it,
     * or the English file when that language has none.
     *
     * @param locale    the language wanted
     * @param baseName  the file name without language and extension, as {@code resources} resolves it
     * @param resources opens a resource by name, e.g. {@code MyClass.class::getResourceAsStream} for a file next to
     *                  {@code MyClass}; returns {@code null} when there is none
     * @throws IllegalStateException when neither the file of the language nor the English one exists
     */
    public static Texts load(Locale locale, String baseName, Function<String, InputStream> resources) {
        String language = locale.getLanguage();
        InputStream in = resources.apply(baseName + "_" + language + ".properties");
        if (in == null && !language.equals("en")) {
            return load(Locale.ENGLISH, baseName, resources);
        }
        if (in == null) {
            throw new IllegalStateException("missing texts " + baseName + "_en.properties");
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return new Texts(locale, Map.copyOf(texts));
    }

    /** The locale of these texts. */
    public Locale locale() {
        return locale;
    }

    /** True when the key exists. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text, or the key itself when it is missing (a missing text must not break a report). */
    public String get(String key) {
        return texts.getOrDefault(key, key);
    }

    /**
     * The text with {@code {0}}, {@code {1}}… replaced by the arguments. A placeholder may choose its words by a
     * number, as {@link java.text.ChoiceFormat} reads it: {@code {0} {0,choice,0#membre|1#membre|1<membres}}; the
     * chosen text's own placeholders are filled in turn.
     */
    public String format(String key, Object... args) {
        return fill(get(key), args);
    }

    private static String fill(String text, Object... args) {
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? closing(text, i) : -1;
            int comma = close > 0 ? text.indexOf(',', i) : -1;
            if (close > i + 1 && isDigits(text, i + 1, close)) {
                int n = Integer.parseInt(text.substring(i + 1, close));
                sb.append(n < args.length ? String.valueOf(args[n]) : text.substring(i, close + 1));
                i = close + 1;
            } else if (comma > i + 1 && comma < close && isDigits(text, i + 1, comma)
                    && text.startsWith("choice,", comma + 1)
                    && Integer.parseInt(text.substring(i + 1, comma)) < args.length
                    && args[Integer.parseInt(text.substring(i + 1, comma))] instanceof Number number) {
                String chosen = choose(text.substring(comma + 1 + "choice,".length(), close), number.doubleValue());
                sb.append(fill(chosen, args));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * The text a choice gives {@code n}, with {@link java.text.ChoiceFormat}'s rules ({@code 0#entrée|1#entrée|1<entrées}:
     * {@code #} from this limit on, {@code <} above it, the last that matches wins, the first when none does) but
     * without its quoting, so that French apostrophes stay as written; a text may hold {@code {…}} placeholders.
     */
    public static String choose(String spec, double n) {
        List<String> options = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                options.add(spec.substring(start, i));
                start = i + 1;
            }
        }
        options.add(spec.substring(start));
        String chosen = null;
        for (String option : options) {
            int hash = option.indexOf('#');
            int less = option.indexOf('<');
            int cut = hash < 0 ? less : less < 0 ? hash : Math.min(hash, less);
            if (cut < 0) {
                throw new IllegalArgumentException("not a choice: " + spec);
            }
            double limit = Double.parseDouble(option.substring(0, cut).strip());
            String text = option.substring(cut + 1);
            if (chosen == null || (option.charAt(cut) == '#' ? n >= limit : n > limit)) {
                chosen = text;
            }
        }
        return chosen;
    }

    /** The index of the brace closing the one at {@code open}, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** A whole number as written in the language, with its grouping: {@code 50 000}, {@code 50,000}. */
    public String count(long value) {
        return format(COUNT).format(value);
    }

    /** The separator between a label and its value: {@code " : "} in French, {@code ": "} otherwise. */
    public String colon() {
        return french() ? "\u00a0: " : ": ";
    }

    /** A share (0…1) as a percentage: {@code 66,7 %} in French, {@code 66.7%} in English. */
    public String percent(double share) {
        String n = format(PERCENT).format(share * 100);
        return french() ? n + "\u00a0%" : n + "%";
    }

    /** A number as written in the language (decimal comma in French), without grouping. */
    public String number(double value) {
        return format(NUMBER).format(value);
    }

    private boolean french() {
        return locale.getLanguage().equals("fr");
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Texts[" + locale + ", " + texts.size() + " keys]";
    }
}
