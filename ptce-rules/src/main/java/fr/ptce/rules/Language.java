package fr.ptce.rules;

import java.util.Locale;
import java.util.Optional;

/** The languages of the reports' messages. */
public enum Language {
    /** French, the default. */
    FR(Locale.FRENCH),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale. */
    public Locale locale() {
        return locale;
    }

    /** The language with this ISO code ({@code fr}, {@code en}), case-insensitive. */
    public static Optional<Language> fromCode(String code) {
        for (Language l : values()) {
            if (l.name().equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
