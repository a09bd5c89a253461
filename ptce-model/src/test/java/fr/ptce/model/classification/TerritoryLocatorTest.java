package fr.ptce.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Territory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Located on the territory" (rules-v2, 2.6): through the communes, EPCIs, départements or régions declared. */
class TerritoryLocatorTest {
    private static final String DIJON = "21231";
    private static final String CHENOVE = "21166";
    private static final String BEAUNE = "21054";
    private static final String MACON = "71270";
    private static final String PARIS = "75056";
    private static final String DIJON_METROPOLE = "242100410";
    private static final String METROPOLE_DU_GRAND_PARIS = "200054781";

    private static TerritoryLocator communes(String... codes) {
        return new TerritoryLocator(new Territory(null, List.of(codes), null, null, null));
    }

    private static TerritoryLocator epcis(String... codes) {
        return new TerritoryLocator(new Territory(null, null, List.of(codes), null, null));
    }

    private static TerritoryLocator departements(String... codes) {
        return new TerritoryLocator(new Territory(null, null, null, List.of(codes), null));
    }

    private static TerritoryLocator regions(String... codes) {
        return new TerritoryLocator(new Territory(null, null, null, null, List.of(codes)));
    }

    @Test
    void listedCommuneIsLocated() {
        assertThat(communes(DIJON).locates(DIJON)).isTrue();
    }

    @Test
    void unlistedCommuneIsNotLocated() {
        assertThat(communes(DIJON).locates(CHENOVE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"75101", "75120"})
    void arrondissementIsLocatedOnATerritoryListingItsCity(String arrondissement) {
        assertThat(communes(PARIS).locates(arrondissement)).isTrue();
    }

    @Test
    void cityIsLocatedOnATerritoryListingOneOfItsArrondissements() {
        assertThat(communes("75101").locates(PARIS)).isTrue();
    }

    @Test
    void listedArrondissementIsLocated() {
        assertThat(communes("75104").locates("75104")).isTrue();
    }

    @Test
    void anotherArrondissementOfTheSameCityIsNotLocatedOnAListedArrondissement() {
        assertThat(communes("75104").locates("75108")).isFalse();
    }

    @Test
    void communeNouvelleIsLocatedOnATerritoryListingOneOfItsCommunesDeleguees() {
        assertThat(communes("01039").locates("01138")).isTrue();
    }

    @Test
    void arrondissementOfMarseilleIsLocatedOnMarseilleButNotOnLyon() {
        assertThat(communes("13055").locates("13201")).isTrue();
        assertThat(communes("69123").locates("13201")).isFalse();
    }

    @Test
    void communeDelegueeIsLocatedOnATerritoryListingItsCommuneNouvelle() {
        assertThat(communes("01138").locates("01039")).isTrue();
    }

    @Test
    void communeIsLocatedThroughItsEpci() {
        assertThat(epcis(DIJON_METROPOLE).locates(CHENOVE)).isTrue();
    }

    @Test
    void communeOutsideTheEpciIsNotLocatedThroughIt() {
        assertThat(epcis(DIJON_METROPOLE).locates(BEAUNE)).isFalse();
    }

    @Test
    void arrondissementIsLocatedThroughTheEpciOfItsCity() {
        assertThat(epcis(METROPOLE_DU_GRAND_PARIS).locates("75108")).isTrue();
    }

    @Test
    void communeIsLocatedThroughItsDepartement() {
        assertThat(departements("21").locates(BEAUNE)).isTrue();
        assertThat(departements("21").locates(MACON)).isFalse();
    }

    @Test
    void corsicanCommuneIsLocatedThroughItsDepartement() {
        assertThat(departements("2A").locates("2A004")).isTrue();
        assertThat(departements("2B").locates("2A004")).isFalse();
    }

    @Test
    void communeIsLocatedThroughItsRegion() {
        assertThat(regions("27").locates(MACON)).isTrue();
        assertThat(regions("27").locates(PARIS)).isFalse();
    }

    @Test
    void anyDeclaredLevelSuffices() {
        TerritoryLocator locator = new TerritoryLocator(
                new Territory("Mixte", List.of(PARIS), List.of(DIJON_METROPOLE), List.of("2A"), List.of("27")));

        assertThat(List.of("75101", CHENOVE, "2A004", MACON)).allMatch(locator::locates);
        assertThat(locator.locates("13055")).isFalse();
    }

    @Test
    void memberWithoutCommuneIsNotLocated() {
        assertThat(departements("21").locates(null)).isFalse();
    }

    @Test
    void unknownCommuneIsNotLocated() {
        assertThat(departements("21").locates("21999")).isFalse();
    }

    @Test
    void territoryWithoutCodesLocatesNothing() {
        TerritoryLocator locator = new TerritoryLocator(new Territory("Quartier des Grésilles", null, null, null, null));

        assertThat(locator.isDeclared()).isFalse();
        assertThat(locator.locates(DIJON)).isFalse();
    }

    @Test
    void absentTerritoryLocatesNothing() {
        TerritoryLocator locator = new TerritoryLocator(null);

        assertThat(locator.isDeclared()).isFalse();
        assertThat(locator.locates(DIJON)).isFalse();
    }

    @Test
    void territoryWithOneCodeIsDeclared() {
        assertThat(regions("27").isDeclared()).isTrue();
    }

    @Test
    void departementsCoveredAreThoseOfCommunesEpcisDepartementsAndRegions() {
        Territory territory = new Territory(null, List.of("2A004"), List.of(DIJON_METROPOLE), List.of("75"), List.of("94"));

        assertThat(communes().departementsCovered(territory)).containsExactly("21", "2A", "2B", "75");
    }

    @Test
    void aCommuneCoversItsDepartement() {
        Territory territory = new Territory(null, List.of(BEAUNE, MACON), null, null, null);

        assertThat(communes().departementsCovered(territory)).containsExactly("21", "71");
    }

    @Test
    void anEpciCoversTheDepartementsOfItsCommunes() {
        Territory territory = new Territory(null, null, List.of(DIJON_METROPOLE), null, null);

        assertThat(communes().departementsCovered(territory)).containsExactly("21");
    }

    @Test
    void noTerritoryCoversNoDepartement() {
        assertThat(communes().departementsCovered(null)).isEmpty();
    }
}
