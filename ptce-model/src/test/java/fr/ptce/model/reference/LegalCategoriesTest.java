package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.Patterns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The INSEE legal categories (niveau III) of the shipped table: the 260 codes of INSEE's official list (kept as a
 * test resource, the oracle of accepted codes) plus the legacy codes 5498 and 5720, each with its legal facts.
 */
class LegalCategoriesTest {
    private static final String OFFICIAL_LIST = "/fr/ptce/model/reference/categories-juridiques-niveau3.csv";
    private static final Set<String> LEGACY = Set.of("5498", "5720");

    /** INSEE's official list, code → label, read from the test resource ({@code code;libelle}, no quoting). */
    private static Map<String, String> officialList() {
        try (InputStream in = LegalCategoriesTest.class.getResourceAsStream(OFFICIAL_LIST)) {
            assertThat(in).as(OFFICIAL_LIST).isNotNull();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isEmpty()).toList();
            assertThat(lines.get(0)).isEqualTo("code;libelle");
            Map<String, String> codes = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(";", 2);
                assertThat(codes.put(fields[0], fields[1])).as("code %s listed twice", fields[0]).isNull();
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void officialListHas260Codes() {
        assertThat(officialList()).hasSize(260);
    }

    @Test
    void everyCodeOfTheOfficialListHasARowWithItsOfficialLabel() {
        Map<String, String> official = officialList();
        List<String> wrong = new ArrayList<>();
        official.forEach((code, label) -> {
            if (!LegalCategories.label(code).equals(Optional.of(label))) {
                wrong.add(code + ": " + LegalCategories.label(code) + " instead of " + label);
            }
        });

        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRowIsACodeOfTheOfficialListOrALegacyCode() {
        Set<String> accepted = new HashSet<>(officialList().keySet());
        accepted.addAll(LEGACY);

        assertThat(LegalCategories.all().keySet()).allMatch(accepted::contains).hasSameSizeAs(accepted);
    }

    @Test
    void legacyCodesAreNotInTheOfficialList() {
        assertThat(officialList()).doesNotContainKeys("5498", "5720");
    }

    @Test
    void knows262CodesThe260OfTheCurrentListAndTwoLegacyOnes() {
        assertThat(LegalCategories.all()).hasSize(262).containsKeys("5498", "5720");
        assertThat(LegalCategories.allFacts()).hasSize(262);
    }

    @Test
    void labelsAndFactsCoverTheSameCodesInTheSameOrder() {
        assertThat(new ArrayList<>(LegalCategories.allFacts().keySet()))
                .isEqualTo(new ArrayList<>(LegalCategories.all().keySet()));
        LegalCategories.allFacts().forEach((code, facts) -> {
            assertThat(facts.code()).isEqualTo(code);
            assertThat(LegalCategories.label(code)).contains(facts.label());
            assertThat(LegalCategories.facts(code)).containsSame(facts);
        });
    }

    @Test
    void everyRowIsJustified() {
        assertThat(LegalCategories.allFacts().values()).allSatisfy(f ->
                assertThat(f.justification()).as(f.code()).isNotBlank());
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5498|SARL unipersonnelle (code ancien)",
            "5720|SASU, société par actions simplifiée unipersonnelle (code ancien)"})
    void legacyCodeIsKnownWithALabelSayingItIsAnOldCode(String code, String label) {
        assertThat(LegalCategories.label(code)).contains(label);
    }

    @Test
    void onlyTheLegacyCodesAreLabelledOld() {
        assertThat(LegalCategories.all().entrySet()).filteredOn(e -> e.getValue().contains("(code ancien)"))
                .extracting(Map.Entry::getKey).containsExactlyInAnyOrder("5498", "5720");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5999", "0001", "9999", "1001", "922", "92200", " 9220", "9220 ", "abcd"})
    void unknownCodeDoesNotExist(String code) {
        assertThat(LegalCategories.exists(code)).isFalse();
        assertThat(LegalCategories.label(code)).isEmpty();
        assertThat(LegalCategories.facts(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentCodeDoesNotExist(String code) {
        assertThat(LegalCategories.exists(code)).isFalse();
        assertThat(LegalCategories.label(code)).isEmpty();
        assertThat(LegalCategories.facts(code)).isEmpty();
    }

    @Test
    void listIsUnmodifiable() {
        assertThatThrownBy(() -> LegalCategories.all().put("0001", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LegalCategories.allFacts().remove("9220"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
