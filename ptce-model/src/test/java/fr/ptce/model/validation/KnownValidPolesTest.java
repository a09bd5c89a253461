package fr.ptce.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.json.PoleWriter;
import org.junit.jupiter.api.Test;

/** A pole instance found valid is known to be valid, so that a check does not validate it a second time. */
class KnownValidPolesTest {

    private static Pole pole(String id) {
        return Pole.builder(id, "Pôle").member(Member.builder("asso", "Association").legalCategory("9220")).build();
    }

    @Test
    void aPoleReadByThePoleReader_isKnownValid() {
        Pole read = PoleReader.create().read(PoleWriter.create().write(pole("lu")));

        assertThat(PoleValidator.isKnownValid(read)).isTrue();
    }

    @Test
    void aPoleBuiltInCode_isNotKnownValidUntilValidated() {
        Pole built = pole("construit");

        assertThat(PoleValidator.isKnownValid(built)).isFalse();
        assertThat(PoleValidator.create().validate(built)).isEmpty();
        assertThat(PoleValidator.isKnownValid(built)).isTrue();
    }

    @Test
    void anEqualPoleBuiltSeparately_isNotKnownValid() {
        Pole first = pole("egal");
        PoleValidator.create().requireValid(first);

        Pole second = pole("egal");

        assertThat(second).isEqualTo(first);
        assertThat(PoleValidator.isKnownValid(second)).isFalse();
    }

    @Test
    void anInvalidPole_isNeverKnownValid() {
        Pole invalid = Pole.builder("invalide", "Pôle").member(Member.builder("asso", "Association")).build();

        assertThatThrownBy(() -> PoleValidator.create().requireValid(invalid)).isInstanceOf(PoleFormatException.class);
        assertThat(PoleValidator.isKnownValid(invalid)).isFalse();
    }

    @Test
    void null_isNotKnownValid() {
        assertThat(PoleValidator.isKnownValid(null)).isFalse();
    }
}
