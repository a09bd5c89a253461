package fr.ptce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pole's own legal category: its {@code legalCategory}, or else its legal entity's. */
class PoleTest {

    private static PoleBuilder pole() {
        return Pole.builder("pole", "Pôle")
                .member(Member.builder("association", "Association du pôle").legalCategory("9220"))
                .member(Member.builder("sas", "SAS").legalCategory("5710"));
    }

    @Test
    void poleCategoryIsItsOwnWhenGiven() {
        assertThat(pole().legalCategory("9230").legalEntity("association").build().effectiveLegalCategory())
                .isEqualTo("9230");
    }

    @Test
    void poleWithoutCategoryTakesItsLegalEntitysCategory() {
        assertThat(pole().legalEntity("sas").build().effectiveLegalCategory()).isEqualTo("5710");
    }

    @Test
    void poleWithNeitherCategoryNorLegalEntityHasNoCategory() {
        assertThat(pole().build().effectiveLegalCategory()).isNull();
    }

    @Test
    void poleWhoseLegalEntityNamesNoEntryHasNoCategory() {
        assertThat(pole().legalEntity("absente").build().effectiveLegalCategory()).isNull();
    }

    @Test
    void legalEntityIsKeptByToBuilder() {
        Pole pole = pole().legalEntity("association").build();

        assertThat(pole.toBuilder().build().legalEntity()).isEqualTo("association");
    }

    @Test
    void formerConstructorGivesNoLegalEntity() {
        Pole pole = new Pole(1, "pole", "Pôle", "9220", null, null, null, null, pole().build().members(), null, null,
                null, null);

        assertThat(pole.legalEntity()).isNull();
        assertThat(pole.effectiveLegalCategory()).isEqualTo("9220");
    }
}
