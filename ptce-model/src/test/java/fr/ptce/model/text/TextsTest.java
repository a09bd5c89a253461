package fr.ptce.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts read from {@code texts_<language>.properties} next to this class (test resources). */
class TextsTest {
    private static Texts texts(Locale locale) {
        return Texts.load(locale, "texts", TextsTest.class::getResourceAsStream);
    }

    @Test
    void placeholdersAreReplacedLiterallySoApostrophesNeedNoEscaping() {
        assertThat(texts(Locale.FRENCH).format("greeting", "Anne", "heure")).isEqualTo("Bonjour Anne, c'est l'heure : Anne !");
        assertThat(texts(Locale.ENGLISH).format("greeting", "Ann", "time")).isEqualTo("Hello Ann, it's time: Ann!");
    }

    @Test
    void aPlaceholderWithoutItsArgumentStaysAsWritten() {
        assertThat(texts(Locale.ENGLISH).format("greeting", "Ann")).isEqualTo("Hello Ann, it's {1}: Ann!");
    }

    @Test
    void theFileIsReadAsUtf8() {
        assertThat(texts(Locale.FRENCH).get("accent")).isEqualTo("Pôle « été »");
    }

    @Test
    void aMissingKeyGivesTheKeyItself() {
        Texts texts = texts(Locale.FRENCH);
        assertThat(texts.has("nope")).isFalse();
        assertThat(texts.has("greeting")).isTrue();
        assertThat(texts.get("nope")).isEqualTo("nope");
        assertThat(texts.format("nope.{0}", "x")).isEqualTo("nope.x");
    }

    @Test
    void aLanguageWithoutAFileGetsTheEnglishTexts() {
        Texts german = texts(Locale.GERMAN);
        assertThat(german.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(german.get("accent")).isEqualTo("Pole \"summer\"");
    }

    @Test
    void withoutAnEnglishFileLoadingFails() {
        assertThatThrownBy(() -> Texts.load(Locale.FRENCH, "absent", TextsTest.class::getResourceAsStream))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absent_en.properties");
    }

    @Test
    void numbersSharesAndColonsAreWrittenAsTheLanguageWritesThem() {
        Texts fr = texts(Locale.FRENCH);
        Texts en = texts(Locale.ENGLISH);
        assertThat(fr.percent(2.0 / 3)).isEqualTo("66,7\u00a0%");
        assertThat(en.percent(2.0 / 3)).isEqualTo("66.7%");
        assertThat(fr.number(12345.5)).isEqualTo("12345,5");
        assertThat(en.number(0.75)).isEqualTo("0.75");
        assertThat(fr.colon()).isEqualTo("\u00a0: ");
        assertThat(en.colon()).isEqualTo(": ");
    }
}
