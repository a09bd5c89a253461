package fr.ptce.model.sirene;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.SireneEss;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.validation.PoleValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What SIRENE says completes the members that have a SIREN, every change is recorded, and an empty SIRENE value
 * never erases a known one.
 */
class SireneEnrichmentTest {
    /** {@code atelier} (SIREN 812345676, 9220, commune 21231, band 03) and {@code imprimerie} (no SIREN). */
    private static final Pole PETIT_POLE = PoleReader.create().read(resource("/fr/ptce/model/json/valid/petit-pole.json"));

    private static String resource(String name) {
        try (InputStream in = SireneEnrichmentTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SireneExtract extract(String units, String establishments) throws IOException {
        return SireneExtract.read(new ByteArrayInputStream(units.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(establishments.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sireneCompletesAndCorrectsAMemberAndEachChangeIsRecorded() throws IOException {
        SireneExtract extract = extract("""
                siren,denominationUniteLegale,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale,trancheEffectifsUniteLegale,etatAdministratifUniteLegale
                812345676,L'ATELIER,9220,O,11,A
                """, """
                siret,siren,codeCommuneEtablissement,etablissementSiege,etatAdministratifEtablissement
                81234567600010,812345676,21166,true,A
                """);

        SireneEnrichment.Result result = SireneEnrichment.enrich(PETIT_POLE, extract);

        assertThat(result.changesOf("atelier")).containsExactly(
                new SireneEnrichment.Change("atelier", "sireneEss", null, "O"),
                new SireneEnrichment.Change("atelier", "headcountBand", "03", "11"),
                new SireneEnrichment.Change("atelier", "commune", "21231", "21166"));
        Member atelier = result.pole().member("atelier").orElseThrow();
        assertThat(atelier.sireneEss()).isEqualTo(SireneEss.O);
        assertThat(atelier.commune()).isEqualTo("21166");
        assertThat(result.notesOf("atelier")).isEmpty();
        assertThat(PoleValidator.create().validate(result.pole())).isEmpty();
    }

    @Test
    void anEmptySireneValueNeverErasesAKnownOne() throws IOException {
        SireneExtract extract = extract("""
                siren,denominationUniteLegale,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale,trancheEffectifsUniteLegale,etatAdministratifUniteLegale
                812345676,L'ATELIER,9220,,,A
                """, "siret,siren,codeCommuneEtablissement,etablissementSiege,etatAdministratifEtablissement\n");

        SireneEnrichment.Result result = SireneEnrichment.enrich(PETIT_POLE, extract);

        assertThat(result.changes()).isEmpty();
        assertThat(result.pole()).isEqualTo(PETIT_POLE);
    }

    @Test
    void membersLeftAsTheyAreAndCeasedUnitsOrClosedHeadOfficesAreNoted() throws IOException {
        SireneExtract ceased = extract("""
                siren,denominationUniteLegale,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale,trancheEffectifsUniteLegale,etatAdministratifUniteLegale
                812345676,L'ATELIER,9220,,,C
                """, """
                siret,siren,codeCommuneEtablissement,etablissementSiege,etatAdministratifEtablissement
                81234567600010,812345676,21231,true,F
                """);
        SireneExtract empty = extract("""
                siren,denominationUniteLegale,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale,trancheEffectifsUniteLegale,etatAdministratifUniteLegale
                """, "siret,siren,codeCommuneEtablissement,etablissementSiege,etatAdministratifEtablissement\n");

        SireneEnrichment.Result withCeased = SireneEnrichment.enrich(PETIT_POLE, ceased);
        SireneEnrichment.Result notFound = SireneEnrichment.enrich(PETIT_POLE, empty);

        assertThat(withCeased.notesOf("atelier")).extracting(SireneEnrichment.Note::message).containsExactly(
                "SIRENE records L'ATELIER as ceased (etatAdministratifUniteLegale = C): check that it is still a member",
                "the head office 81234567600010 is closed (etatAdministratifEtablissement = F)");
        assertThat(withCeased.notesOf("imprimerie")).extracting(SireneEnrichment.Note::message)
                .containsExactly("no SIREN: left as it is");
        assertThat(notFound.notesOf("atelier")).extracting(SireneEnrichment.Note::message)
                .containsExactly("SIREN 812345676 is not in the SIRENE extract: left as it is");
        assertThat(notFound.pole()).isEqualTo(PETIT_POLE);
    }
}
