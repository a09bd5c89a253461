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

    @Test
    void aChoiceChoosesItsWordsByTheNumber() {
        Texts en = texts(Locale.ENGLISH);
        assertThat(en.format("members", 0)).isEqualTo("0 members");
        assertThat(en.format("members", 1)).isEqualTo("1 member");
        assertThat(en.format("members", 2)).isEqualTo("2 members");
        assertThat(texts(Locale.FRENCH).format("members", 1)).isEqualTo("1 membre");
        assertThat(texts(Locale.FRENCH).format("members", 3)).isEqualTo("3 membres");
    }

    @Test
    void theChosenTextsPlaceholdersAreFilledInTurn() {
        Texts en = texts(Locale.ENGLISH);
        assertThat(en.format("found", 0, "a")).isEqualTo("nothing");
        assertThat(en.format("found", 1, "a")).isEqualTo("one entry: a");
        assertThat(en.format("found", 2, "a, b")).isEqualTo("2 entries: a, b");
    }

    @Test
    void aChoiceWithoutANumberOrWithoutItsArgumentStaysAsWritten() {
        Texts en = texts(Locale.ENGLISH);
        assertThat(en.format("{0,choice,0#none|1<some}", "many")).isEqualTo("{0,choice,0#none|1<some}");
        assertThat(en.format("{1,choice,0#none|1<some}", 2)).isEqualTo("{1,choice,0#none|1<some}");
        assertThat(en.format("{0,number}", 2)).isEqualTo("{0,number}");
        assertThat(en.format("{,choice,0#none}", 2)).isEqualTo("{,choice,0#none}");
    }

    @Test
    void bracesThatAreNoPlaceholderStayAsWritten() {
        Texts en = texts(Locale.ENGLISH);
        assertThat(en.format("{}", "x")).isEqualTo("{}");
        assertThat(en.format("a {x} b", "x")).isEqualTo("a {x} b");
        assertThat(en.format("{0", "x")).isEqualTo("{0");
        assertThat(en.format("x {0} {", "y")).isEqualTo("x y {");
        assertThat(en.format("{{0}}", "y")).as("braces around a placeholder").isEqualTo("{y}");
    }

    @Test
    void aPlaceholderMayHaveSeveralDigits() {
        Object[] args = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"};
        assertThat(texts(Locale.ENGLISH).format("{10}{1}", args)).isEqualTo("kb");
    }

    @Test
    void aChoiceTakesTheLastOptionItsNumberReaches() {
        assertThat(Texts.choose("0#a|1#b|2#c", 5)).isEqualTo("c");
        assertThat(Texts.choose("0#a|1#b|2#c", 1)).isEqualTo("b");
        assertThat(Texts.choose("0#a|1#b|2#c", 1.5)).isEqualTo("b");
    }

    @Test
    void aHashIncludesItsLimitAndALessThanSignExcludesIt() {
        assertThat(Texts.choose("0#none|1#one|1<many", 1)).isEqualTo("one");
        assertThat(Texts.choose("0#zero|0<more", 0)).isEqualTo("zero");
        assertThat(Texts.choose("0#zero|0<more", 0.5)).isEqualTo("more");
    }

    @Test
    void aChoiceBelowEveryLimitTakesTheFirstOption() {
        assertThat(Texts.choose("1#one|2#two", 0)).isEqualTo("one");
    }

    @Test
    void theFirstSignOfAnOptionSeparatesItsLimitFromItsText() {
        assertThat(Texts.choose("0#a<b|5<c", 1)).isEqualTo("a<b");
        assertThat(Texts.choose("0<a#b|5#c", 1)).isEqualTo("a#b");
        assertThat(Texts.choose(" 0 #a", 1)).isEqualTo("a");
    }

    @Test
    void aBarInsideBracesDoesNotSeparateOptions() {
        assertThat(Texts.choose("0#{0,choice,0#x|1#y}|5#z", 1)).isEqualTo("{0,choice,0#x|1#y}");
        assertThat(Texts.choose("0#{a}|5#z", 6)).isEqualTo("z");
    }

    @Test
    void anOptionWithoutLimitIsNoChoice() {
        assertThatThrownBy(() -> Texts.choose("0#a|b", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a choice: 0#a|b");
    }

    @Test
    void wholeNumbersAreGroupedAsTheLanguageGroupsThem() {
        assertThat(texts(Locale.ENGLISH).count(50_000)).isEqualTo("50,000");
        assertThat(texts(Locale.FRENCH).count(50_000)).matches("50\\h000");
    }

    @Test
    void numbersKeepFourDecimalsAtMost() {
        assertThat(texts(Locale.ENGLISH).number(1.23456)).isEqualTo("1.2346");
        assertThat(texts(Locale.ENGLISH).number(12345.0)).isEqualTo("12345");
    }

    @Test
    void theTextsTellTheirLanguageAndSize() {
        assertThat(texts(Locale.ENGLISH)).hasToString("Texts[en, 4 keys]");
    }
}
