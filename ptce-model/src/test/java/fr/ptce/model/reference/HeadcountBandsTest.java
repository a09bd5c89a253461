package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.reference.HeadcountBands.Band;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The INSEE headcount bands (tranches d'effectif salarié) read from the shipped table. */
class HeadcountBandsTest {

    @Test
    void everyInseeBandCodeExists() {
        for (String code : new String[] {"NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42",
                "51", "52", "53"}) {
            assertThat(HeadcountBands.exists(code)).as(code).isTrue();
        }
    }

    @Test
    void anUnknownCodeOrNoCodeIsNoBand() {
        assertThat(HeadcountBands.exists("99")).isFalse();
        assertThat(HeadcountBands.exists("code")).as("the table's header is no band").isFalse();
        assertThat(HeadcountBands.exists(null)).isFalse();
        assertThat(HeadcountBands.band("99")).isEmpty();
        assertThat(HeadcountBands.band(null)).isEmpty();
    }

    @Test
    void aBandHasItsLabelAndBounds() {
        assertThat(HeadcountBands.band("12")).contains(new Band("12", "20 à 49 salariés", 20, 49));
    }

    @Test
    void theNonEmployerBandHasNoBounds() {
        Band nn = HeadcountBands.band("NN").orElseThrow();
        assertThat(nn.min()).isNull();
        assertThat(nn.max()).isNull();
    }

    @Test
    void theLastBandIsOpenEnded() {
        Band largest = HeadcountBands.band("53").orElseThrow();
        assertThat(largest.min()).isEqualTo(10_000);
        assertThat(largest.max()).isNull();
    }

    @ParameterizedTest(name = "{0} employees: band {1}")
    @CsvSource({"0, 00", "1, 01", "2, 01", "3, 02", "5, 02", "6, 03", "9, 03", "10, 11", "49, 12", "50, 21",
            "249, 31", "250, 32", "9999, 52", "10000, 53", "250000, 53"})
    void aNumberOfEmployeesFallsInTheBandWhoseBoundsContainIt(int employees, String code) {
        assertThat(HeadcountBands.ofEmployees(employees)).map(Band::code).contains(code);
    }

    @Test
    void aNegativeNumberOfEmployeesFallsInNoBand() {
        assertThat(HeadcountBands.ofEmployees(-1)).isEmpty();
    }

    @Test
    void theTableIsReadAfterItsHeaderInItsOrderSkippingIncompleteLines() {
        Map<String, Band> bands = HeadcountBands.load(new ByteArrayInputStream(
                "code;libelle;min;max\nNN;Aucun;;\n01;1 ou 2;1;2\nxx;incomplete;1\n53;10 000 et plus;10000;\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(bands.keySet()).containsExactly("NN", "01", "53");
        assertThat(bands.get("NN")).isEqualTo(new Band("NN", "Aucun", null, null));
        assertThat(bands.get("01")).isEqualTo(new Band("01", "1 ou 2", 1, 2));
        assertThat(bands.get("53").max()).isNull();
        assertThatThrownBy(bands::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingTableIsRefused() {
        assertThatThrownBy(() -> HeadcountBands.load(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource tranches-effectifs.csv");
    }
}
