package fr.ptce.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SIREN and SIRET check digits: the Luhn algorithm, and INSEE's exception for La Poste's establishments. */
class IdentifiersTest {

    // ---- SIREN ----------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"242100410", "356000000", "812345676", "200054781", "000000000"})
    void sirenWithAValidLuhnCheckDigitIsValid(String siren) {
        assertThat(Identifiers.isValidSiren(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"242100411", "812345677", "123456789", "356000001"})
    void sirenWithAWrongCheckDigitIsInvalid(String siren) {
        assertThat(Identifiers.isValidSiren(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24210041", "2421004100", "81234567600017"})
    void sirenOfAnotherLengthThanNineDigitsIsInvalid(String siren) {
        assertThat(Identifiers.isValidSiren(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24210041O", "242 100 410", "242-10041", "+24210041", "２４２１００４１０", "24210041a"})
    void sirenWithAnythingButAsciiDigitsIsInvalid(String siren) {
        assertThat(Identifiers.isValidSiren(siren)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentSirenIsInvalid(String siren) {
        assertThat(Identifiers.isValidSiren(siren)).isFalse();
    }

    @Test
    void changingAnySingleDigitOfAValidSirenMakesItInvalid() {
        qt().forAll(integers().between(0, 99_999_999), integers().between(0, 8), integers().between(1, 9))
                .checkAssert((body, position, shift) -> {
                    String siren = withCheckDigit(String.format("%08d", body));
                    assertThat(Identifiers.isValidSiren(siren)).as(siren).isTrue();

                    char[] digits = siren.toCharArray();
                    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
                    String altered = new String(digits);

                    assertThat(Identifiers.isValidSiren(altered)).as(siren + " -> " + altered).isFalse();
                });
    }

    @Test
    void everyEightDigitPrefixHasExactlyOneValidCheckDigit() {
        qt().forAll(integers().between(0, 99_999_999)).checkAssert(body -> {
            String prefix = String.format("%08d", body);
            int valid = 0;
            for (char d = '0'; d <= '9'; d++) {
                if (Identifiers.isValidSiren(prefix + d)) {
                    valid++;
                }
            }
            assertThat(valid).as(prefix).isEqualTo(1);
        });
    }

    // ---- SIRET ----------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"81234567600017", "81234571800025", "24210041000016"})
    void siretWithAValidLuhnCheckDigitIsValid(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"81234567600018", "81234571800026", "24210041000017"})
    void siretWithAWrongCheckDigitIsInvalid(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8123456760001", "812345676000170", "812345676"})
    void siretOfAnotherLengthThanFourteenDigitsIsInvalid(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8123456760001O", "812345676 00017", "81234567600-17", "８1234567600017"})
    void siretWithAnythingButAsciiDigitsIsInvalid(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentSiretIsInvalid(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isFalse();
    }

    // ---- La Poste -------------------------------------------------------------------------------------------------

    @Test
    void laPosteHeadOfficeSiretIsValidByLuhn() {
        assertThat(Identifiers.LA_POSTE_HEAD_OFFICE_SIRET).isEqualTo("35600000000048");
        assertThat(luhn("35600000000048")).isTrue();
        assertThat(Identifiers.isValidSiret("35600000000048")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"35600000016414", "35600000024221"})
    void laPosteEstablishmentWhoseDigitsAddUpToAMultipleOfFiveIsValidThoughNotLuhnValid(String siret) {
        assertThat(luhn(siret)).as("Luhn").isFalse();
        assertThat(digitSum(siret) % 5).isZero();

        assertThat(Identifiers.isValidSiret(siret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"35600000016415", "35600000024220", "35600000000049"})
    void laPosteEstablishmentWhoseDigitsDoNotAddUpToAMultipleOfFiveIsInvalid(String siret) {
        assertThat(digitSum(siret) % 5).isNotZero();

        assertThat(Identifiers.isValidSiret(siret)).isFalse();
    }

    @Test
    void laPosteEstablishmentIsJudgedByItsDigitSumEvenWhenLuhnValid() {
        String luhnValidOnly = "35600000024220";
        assertThat(luhn(luhnValidOnly)).isTrue();
        assertThat(digitSum(luhnValidOnly) % 5).isNotZero();

        assertThat(Identifiers.isValidSiret(luhnValidOnly)).isFalse();
    }

    @Test
    void digitSumRuleAppliesOnlyToLaPoste() {
        String notLaPoste = "81234567600021"; // digits add up to 45, not Luhn-valid
        assertThat(digitSum(notLaPoste) % 5).isZero();
        assertThat(luhn(notLaPoste)).isFalse();

        assertThat(Identifiers.isValidSiret(notLaPoste)).isFalse();
    }

    // ---- an independent implementation, for the properties ---------------------------------------------------------

    private static String withCheckDigit(String body) {
        for (char d = '0'; d <= '9'; d++) {
            if (luhn(body + d)) {
                return body + d;
            }
        }
        throw new AssertionError("no Luhn check digit for " + body);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? d : (d * 2) / 10 + (d * 2) % 10;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    @Test
    void withLuhnCheckDigitCompletesEightDigitsToAValidSiren() {
        assertThat(Identifiers.withLuhnCheckDigit("35600000")).isEqualTo("356000000");
        assertThat(Identifiers.isValidSiren(Identifiers.withLuhnCheckDigit("81234567"))).isTrue();
    }

    @Test
    void withLuhnCheckDigitRejectsNonDigits() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Identifiers.withLuhnCheckDigit("12a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withLuhnCheckDigitFindsTheCheckDigitNine() {
        assertThat(Identifiers.withLuhnCheckDigit("10000000")).isEqualTo("100000009");
    }
}
