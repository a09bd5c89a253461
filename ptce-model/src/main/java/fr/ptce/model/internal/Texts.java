package fr.ptce.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The texts of one language, read from a UTF-8 properties file ({@code <baseName>_<language>.properties}), with
 * {@code {0}}, {@code {1}}… placeholders replaced literally (no {@link java.text.MessageFormat} quoting rules, so
 * French apostrophes need no escaping), and the punctuation of numbers of that language. Not API: it serves the
 * library's own messages (CSV import, report renderers, command line).
 *
 * <p>The owner of a properties file opens it itself ({@code Owner.class::getResourceAsStream}), so the file is
 * found on the class path and on the module path alike: no {@link java.util.ResourceBundle.Control}, which named
 * modules refuse.
 */
public final class Texts {
    private final Locale locale;
    private final Map<String, String> texts;

    private Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
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

    /** The text with {@code {0}}, {@code {1}}… replaced by the arguments. */
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

    /** The separator between a label and its value: {@code " : "} in French, {@code ": "} otherwise. */
    public String colon() {
        return french() ? "\u00a0: " : ": ";
    }

    /** A share (0…1) as a percentage: {@code 66,7 %} in French, {@code 66.7%} in English. */
    public String percent(double share) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        String n = f.format(share * 100);
        return french() ? n + "\u00a0%" : n + "%";
    }

    /** A number as written in the language (decimal comma in French), without grouping. */
    public String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(4);
        f.setGroupingUsed(false);
        return f.format(value);
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
