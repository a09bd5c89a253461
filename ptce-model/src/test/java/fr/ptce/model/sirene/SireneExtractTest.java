package fr.ptce.model.sirene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SireneExtractTest {
    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void columnsAreReadByNameWhateverTheirOrderAndExtraColumns() throws Exception {
        SireneExtract extract = SireneExtract.read(csv("""
                activitePrincipaleNAF25UniteLegale,etatAdministratifUniteLegale,economieSocialeSolidaireUniteLegale,siren,trancheEffectifsUniteLegale,categorieJuridiqueUniteLegale,denominationUniteLegale
                ,A,O,338365059,11,9230,"CENTRE SOCIAL 'CAP DE TOUT'"
                ,A,,400461356,,9220,"LES RESTAURANTS DU COEUR"
                """), csv("""
                etablissementSiege,codeCommuneEtablissement,siret,siren,etatAdministratifEtablissement,nic
                false,64445,33836505900099,338365059,A,00099
                true,64373,33836505900017,338365059,A,00017
                """));
        assertThat(extract.unitCount()).isEqualTo(2);
        SireneExtract.LegalUnit unit = extract.unit("338365059").orElseThrow();
        assertThat(unit.name()).isEqualTo("CENTRE SOCIAL 'CAP DE TOUT'");
        assertThat(unit.legalCategory()).isEqualTo("9230");
        assertThat(unit.ess()).isEqualTo("O");
        assertThat(extract.unit("400461356").orElseThrow().ess()).as("empty = unknown").isNull();
        assertThat(extract.headOffice("338365059").orElseThrow().commune()).isEqualTo("64373");
        assertThat(extract.headOffice("400461356")).isEmpty();
    }

    @Test
    void aMissingColumnIsAnError() {
        assertThatThrownBy(() -> SireneExtract.read(csv("siren,denominationUniteLegale\n338365059,X\n"),
                csv("siret,siren,codeCommuneEtablissement,etablissementSiege,etatAdministratifEtablissement\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("categorieJuridiqueUniteLegale");
    }
}
