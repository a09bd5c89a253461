package fr.ptce.model.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * The library's constraint messages ({@code ValidationMessages.properties} next to this class, English, and
 * {@code ValidationMessages_fr.properties}), read by this module itself and handed to Hibernate Validator: the
 * library's own bundle, not the class path's root {@code ValidationMessages}, which belongs to the host application
 * (a Spring or Jakarta EE application usually has one, and would otherwise hide the library's).
 *
 * <p>Not {@code PlatformResourceBundleLocator}: it calls {@link ResourceBundle#getBundle(String, Locale, ClassLoader)}
 * from Hibernate Validator's own module, and on the module path that finds no properties bundle in another named
 * module (this one), whatever it opens: every message would stay a {@code {ptce.siren}} key. Reading the files
 * through this class works on the class path and the module path alike. A language without a file of its own gets
 * the English base file (not the JVM's default locale, as {@code ResourceBundle} would).
 */
final class OwnMessages implements ResourceBundleLocator {
    private static final String BASE = "ValidationMessages";

    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        return bundles.computeIfAbsent(locale.getLanguage(), OwnMessages::load);
    }

    private static ResourceBundle load(String language) {
        ResourceBundle base = read(BASE + ".properties", null);
        if (base == null) {
            throw new IllegalStateException("missing " + BASE + ".properties next to " + OwnMessages.class.getName());
        }
        ResourceBundle own = language.isEmpty() || language.equals("en") ? null
                : read(BASE + "_" + language + ".properties", base);
        return own != null ? own : base;
    }

    private static ResourceBundle read(String name, ResourceBundle parent) {
        try (InputStream in = OwnMessages.class.getResourceAsStream(name)) {
            return in == null ? null : new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A properties file (UTF-8) with the base file as its parent. */
    private static final class Bundle extends PropertyResourceBundle {
        Bundle(Reader reader, ResourceBundle parent) throws IOException {
            super(reader);
            if (parent != null) {
                setParent(parent);
            }
        }
    }
}
