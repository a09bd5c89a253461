package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the legal-category table is read: its rows, and the broken tables that loading refuses. */
class LegalCategoriesLoadingTest {
    private static final String HEADER = "code;label;legalPerson;publicLaw;essBase;family;defaultRole;justification\n";
    private static final String SAS = "5710;SAS;yes;no;COMMERCIAL_COMPANY;COMMERCIAL;ENTERPRISE;commercial company\n";
    private static final String MINISTRY = "7113;Ministère;state;yes;NOT_ESS;STATE;OTHER;the State\n";
    private static final String INDIVISION = "2110;Indivision;no;no;NONE;NO_PERSONALITY;OTHER;no legal personality\n";

    private static Map<String, LegalCategoryFacts> load(String table) {
        return LegalCategories.load(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyRowIsReadWithItsFactsSortedByCode() {
        Map<String, LegalCategoryFacts> facts = load(HEADER + SAS + "\n" + MINISTRY + INDIVISION);
        assertThat(facts).containsOnlyKeys("2110", "5710", "7113");
        assertThat(facts.keySet()).containsExactly("2110", "5710", "7113");
        assertThat(facts.get("5710")).isEqualTo(new LegalCategoryFacts("5710", "SAS", LegalPersonality.YES, false,
                EssBase.COMMERCIAL_COMPANY, LegalFamily.COMMERCIAL, Role.ENTERPRISE, "commercial company"));
        assertThat(facts.get("7113").legalPerson()).isEqualTo(LegalPersonality.STATE);
        assertThat(facts.get("7113").publicLaw()).isTrue();
        assertThat(facts.get("2110").legalPerson()).isEqualTo(LegalPersonality.NO);
    }

    @Test
    void theLabelsFollowTheCodes() {
        assertThat(LegalCategories.labels(load(HEADER + SAS + MINISTRY)))
                .containsExactly(Map.entry("5710", "SAS"), Map.entry("7113", "Ministère"));
    }

    @Test
    void theTableIsReadOnly() {
        Map<String, LegalCategoryFacts> facts = load(HEADER + SAS);
        assertThatThrownBy(facts::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingTableIsRefused() {
        assertThatThrownBy(() -> LegalCategories.load(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource legal-categories-v2.csv");
    }

    @Test
    void anEmptyTableOrAnotherHeaderIsRefused() {
        assertThatThrownBy(() -> load("")).isInstanceOf(IllegalStateException.class)
                .hasMessage("legal-categories-v2.csv: unexpected header null");
        assertThatThrownBy(() -> load("code;label\n" + SAS)).isInstanceOf(IllegalStateException.class)
                .hasMessage("legal-categories-v2.csv: unexpected header code;label");
    }

    @Test
    void aRowWithoutEightFieldsIsRefusedWithItsLine() {
        assertThatThrownBy(() -> load(HEADER + SAS + "\n" + "5720;SASU;yes;no;COMMERCIAL_COMPANY;COMMERCIAL;ENTERPRISE\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("legal-categories-v2.csv, line 4: expected 8 unquoted fields separated by ';'");
    }

    @Test
    void aQuotedFieldIsRefused() {
        assertThatThrownBy(() -> load(HEADER + "5710;\"SAS\";yes;no;COMMERCIAL_COMPANY;COMMERCIAL;ENTERPRISE;x\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    }

    @Test
    void aQuoteOpeningARowIsRefused() {
        assertThatThrownBy(() -> load(HEADER + "\"5710;SAS;yes;no;COMMERCIAL_COMPANY;COMMERCIAL;ENTERPRISE;x\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    }

    @Test
    void aCodeListedTwiceIsRefused() {
        assertThatThrownBy(() -> load(HEADER + SAS + SAS)).isInstanceOf(IllegalStateException.class)
                .hasMessage("legal-categories-v2.csv: code 5710 appears twice");
    }

    @Test
    void anUnknownLegalPersonalityIsRefused() {
        assertThatThrownBy(() -> load(HEADER + "5710;SAS;maybe;no;COMMERCIAL_COMPANY;COMMERCIAL;ENTERPRISE;x\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("legal-categories-v2.csv: code 5710: legalPerson maybe");
    }

    @Test
    void aPublicLawOtherThanYesOrNoIsRefused() {
        assertThatThrownBy(() -> load(HEADER + "5710;SAS;yes;state;COMMERCIAL_COMPANY;COMMERCIAL;ENTERPRISE;x\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("legal-categories-v2.csv: code 5710: publicLaw state");
    }

    @Test
    void aTableThatCannotBeReadFailsWithTheCause() {
        assertThatThrownBy(() -> LegalCategories.load(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk error");
            }
        })).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk error");
    }
}
