package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The predicates of one legal category's facts, read from the shipped table. */
class LegalCategoryFactsTest {

    @ParameterizedTest(name = "{0}: private legal person {1}")
    @CsvSource({
            "9220, true",   // association déclarée
            "5710, true",   // SAS
            "6220, true",   // GIE: a private legal person, though not ESS
            "3120, true",   // foreign company registered in France
            "7210, false",  // commune: public law
            "4110, false",  // EPIC: public law
            "7120, false",  // a ministry's central service: part of the State
            "3210, false",  // foreign State or public body
            "1000, false",  // entrepreneur individuel: no legal personality
            "9224, false",  // AARPI: no legal personality
            "2110, false"}) // indivision
    void isPrivateLegalPerson_readsLegalPersonAndPublicLaw(String code, boolean expected) {
        assertThat(LegalCategories.facts(code)).hasValueSatisfying(f ->
                assertThat(f.isPrivateLegalPerson()).isEqualTo(expected));
    }
}
