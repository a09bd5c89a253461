package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.Patterns;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The INSEE legal categories (niveau III): the 2023 list of 260 codes plus the legacy codes 5498 and 5720. */
class LegalCategoriesTest {

    @Test
    void knows262CodesThe260OfTheCurrentListAndTwoLegacyOnes() {
        assertThat(LegalCategories.all()).hasSize(262).containsKeys("5498", "5720");
    }

    @Test
    void everyCodeIsFourDigits() {
        assertThat(LegalCategories.all().keySet()).allMatch(code -> code.matches(Patterns.LEGAL_CATEGORY));
    }

    @Test
    void codesAreInCodeOrder() {
        assertThat(new ArrayList<>(LegalCategories.all().keySet())).isSorted().startsWith("0000", "1000").endsWith("9970");
    }

    @Test
    void everyCodeHasALabel() {
        assertThat(LegalCategories.all().values()).allMatch(label -> !label.isBlank());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0000|Organisme de placement collectif en valeurs mobilières sans personnalité morale",
            "1000|Entrepreneur individuel",
            "5458|SARL coopérative de production (SCOP)",
            "5710|SAS, société par actions simplifiée",
            "6220|Groupement d'intérêt économique (GIE)",
            "7344|Métropole",
            "9210|Association non déclarée",
            "9220|Association déclarée",
            "9300|Fondation"})
    void codeHasItsOfficialLabel(String code, String label) {
        assertThat(LegalCategories.exists(code)).isTrue();
        assertThat(LegalCategories.label(code)).contains(label);
    }

    @Test
    void legacyCodesAreKnownWithALabelSayingSo() {
        assertThat(LegalCategories.label("5498")).hasValueSatisfying(l -> assertThat(l).contains("SARL unipersonnelle")
                .contains("antérieur à 2008"));
        assertThat(LegalCategories.label("5720")).hasValueSatisfying(l -> assertThat(l).contains("SAS")
                .contains("antérieur à 2008"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5999", "0001", "9999", "1001", "922", "92200", " 9220", "9220 ", "abcd"})
    void unknownCodeDoesNotExist(String code) {
        assertThat(LegalCategories.exists(code)).isFalse();
        assertThat(LegalCategories.label(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentCodeDoesNotExist(String code) {
        assertThat(LegalCategories.exists(code)).isFalse();
        assertThat(LegalCategories.label(code)).isEmpty();
    }

    @Test
    void listIsUnmodifiable() {
        assertThatThrownBy(() -> LegalCategories.all().put("0001", "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
