package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeographyTest {
    private static final String MGP = "200054781";
    private static final String AIX_MARSEILLE_PROVENCE = "200054807";
    private static final String METROPOLE_DE_LYON = "200046977";

    private final Geography cog = Geography.cog2026();

    // ---- identity -------------------------------------------------------------------------------------------

    @Test
    void vintageIsCog2026() {
        assertThat(cog.vintage()).isEqualTo("COG 2026");
    }

    @Test
    void attributionNamesSourcesPackageAndLicence() {
        assertThat(cog.attribution()).isEqualTo("INSEE COG 2026, DGCL EPCI 2026, via @etalab/decoupage-administratif"
                + " 6.0.0 — données sous Licence Ouverte 2.0 (Etalab)");
    }

    @Test
    void cog2026IsLoadedOnceAndShared() {
        assertThat(Geography.cog2026()).isSameAs(cog);
    }

    // ---- counts ---------------------------------------------------------------------------------------------

    @Test
    void counts34969CurrentCommunesIncludingThe94OfOverseasCollectivities() {
        assertThat(cog.communeCount()).isEqualTo(34_969);
    }

    @Test
    void shippedCommunesAre34875InMetropolitanFranceAndTheDromAnd94InOverseasCollectivities() throws IOException {
        List<String[]> current = resourceRows("cog/communes.csv", ";").stream()
                .filter(row -> row[1].equals("COM"))
                .toList();
        long overseasCollectivities = current.stream().filter(row -> row[2].matches("97[578]|98\\d")).count();

        assertThat(current.size() - overseasCollectivities).isEqualTo(34_875);
        assertThat(overseasCollectivities).isEqualTo(94);
    }

    @Test
    void shippedCommunesInclude45ArrondissementsAnd1992CommunesDelegueesOrAssociees() throws IOException {
        Map<String, Integer> byType = new HashMap<>();
        for (String[] row : resourceRows("cog/communes.csv", ";")) {
            byType.merge(row[1], 1, Integer::sum);
        }

        assertThat(byType).containsOnly(
                Map.entry("COM", 34_969), Map.entry("ARM", 45), Map.entry("COMD", 1_521), Map.entry("COMA", 471));
    }

    @Test
    void counts1255Epci() {
        assertThat(cog.epciCount()).isEqualTo(1_255);
    }

    @Test
    void knows109DepartementsOverseasCollectivitiesIncluded() throws IOException {
        List<String> codes = resourceRows("cog/departements.csv", ";").stream().map(row -> row[0]).toList();

        assertThat(codes).hasSize(109).allMatch(cog::isDepartement);
    }

    @Test
    void knows26RegionsOverseasCollectivitiesIncluded() throws IOException {
        List<String> codes = resourceRows("cog/regions.csv", ";").stream().map(row -> row[0]).toList();

        assertThat(codes).hasSize(26).allMatch(cog::isRegion);
    }

    @Test
    void exactly98CurrentCommunesBelongToNoEpci() throws IOException {
        long withoutEpci = resourceRows("cog/communes.csv", ";").stream()
                .filter(row -> row[1].equals("COM"))
                .filter(row -> cog.epciOf(row[0]).isEmpty())
                .count();

        assertThat(withoutEpci).isEqualTo(98);
    }

    // ---- the SIRENE samples ---------------------------------------------------------------------------------

    @Test
    void sireneSamplesHave83RowsWithACommuneAndTwoForeignSeatsWithout() throws IOException {
        List<Map<String, String>> rows = SireneSamples.rows();

        assertThat(rows).hasSize(85);
        assertThat(rows).filteredOn(row -> row.get("commune").isEmpty()).hasSize(2);
    }

    @Test
    void everySireneSampleCommuneIsKnown() throws IOException {
        List<String> unknown = sireneSamplesWithCommune().stream()
                .map(row -> row.get("commune"))
                .filter(code -> !cog.isCommune(code))
                .toList();

        assertThat(unknown).isEmpty();
    }

    @Test
    void everySireneSampleCommuneLiesInItsListedDepartement() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : sireneSamplesWithCommune()) {
            String commune = row.get("commune");
            if (!cog.departementOf(commune).equals(Optional.of(row.get("dep")))) {
                mismatches.add(commune + ": " + cog.departementOf(commune) + " vs " + row.get("dep"));
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everySireneSampleCommuneLiesInItsListedRegion() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : sireneSamplesWithCommune()) {
            String commune = row.get("commune");
            if (!row.get("region").isEmpty()
                    && !cog.regionOf(commune).equals(Optional.of(row.get("region")))) {
                mismatches.add(commune + ": " + cog.regionOf(commune) + " vs " + row.get("region"));
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everySireneSampleCommuneLiesInItsListedEpci() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : sireneSamplesWithCommune()) {
            String commune = row.get("commune");
            if (!row.get("epci").isEmpty() && !cog.epciOf(commune).equals(Optional.of(row.get("epci")))) {
                mismatches.add(commune + ": " + cog.epciOf(commune) + " vs " + row.get("epci"));
            }
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void sireneSampleInSaintBarthelemyHasNoRegionInSireneButRegion977InTheCog() {
        assertThat(cog.regionOf("97701")).contains("977");
        assertThat(cog.departementOf("97701")).contains("977");
    }

    // ---- municipal arrondissements --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"75101, 75056", "75120, 75056", "13201, 13055", "13216, 13055", "69381, 69123", "69389, 69123"})
    void arrondissementHasItsCityAsParent(String arrondissement, String city) {
        assertThat(cog.parentCommune(arrondissement)).contains(city);
        assertThat(cog.canonicalCommune(arrondissement)).isEqualTo(city);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "75101|200054781|Métropole du Grand Paris",
            "13201|200054807|Métropole d'Aix-Marseille-Provence",
            "69381|200046977|Métropole de Lyon"})
    void arrondissementBelongsToItsCitysMetropole(String arrondissement, String siren, String name) {
        assertThat(cog.epciOf(arrondissement)).contains(siren);
        assertThat(cog.epciOf(cog.canonicalCommune(arrondissement))).contains(siren);
        assertThat(cog.epciName(siren)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"75101, 75, 11", "13201, 13, 93", "69381, 69, 84"})
    void arrondissementLiesInItsCitysDepartementAndRegion(String arrondissement, String departement, String region) {
        assertThat(cog.departementOf(arrondissement)).contains(departement);
        assertThat(cog.regionOf(arrondissement)).contains(region);
    }

    @Test
    void arrondissementHasItsOwnName() {
        assertThat(cog.communeName("75101")).contains("Paris 1er Arrondissement");
    }

    @Test
    void currentCommuneHasNoParentAndIsItsOwnCanonicalCode() {
        assertThat(cog.parentCommune("75056")).isEmpty();
        assertThat(cog.canonicalCommune("75056")).isEqualTo("75056");
    }

    // ---- communes déléguées / associées ---------------------------------------------------------------------

    @Test
    void communeDelegueeHasItsCommuneNouvelleAsParent() {
        assertThat(cog.isCommune("01039")).isTrue();
        assertThat(cog.communeName("01039")).contains("Béon");
        assertThat(cog.parentCommune("01039")).contains("01138");
    }

    @Test
    void communeDelegueeBelongsToTheEpciOfItsCommuneNouvelle() {
        assertThat(cog.epciOf("01039")).contains("200040350").isEqualTo(cog.epciOf("01138"));
    }

    @Test
    void communeAssocieeHasItsChefLieuAsParentAndEpci() {
        assertThat(cog.parentCommune("01120")).contains("01262");
        assertThat(cog.epciOf("01120")).contains("240100610");
    }

    @Test
    void communeDelegueeSharingTheCodeOfItsCommuneNouvelleIsTheCurrentCommune() {
        assertThat(cog.parentCommune("01015")).isEmpty();
        assertThat(cog.communeName("01015")).contains("Arboys en Bugey");
    }

    // ---- Corsica and overseas -------------------------------------------------------------------------------

    @Test
    void corsicanCommuneCodesWork() {
        assertThat(cog.isCommune("2A004")).isTrue();
        assertThat(cog.communeName("2A004")).contains("Ajaccio");
        assertThat(cog.departementOf("2A004")).contains("2A");
        assertThat(cog.regionOf("2A004")).contains("94");
        assertThat(cog.epciOf("2A004")).contains("242010056");
        assertThat(cog.departementOf("2B033")).contains("2B");
    }

    @Test
    void corsicanDepartementsAreInRegionCorse() {
        assertThat(cog.regionOfDepartement("2A")).contains("94");
        assertThat(cog.regionOfDepartement("2B")).contains("94");
        assertThat(cog.isDepartement("20")).isFalse();
    }

    @Test
    void dromCommuneBelongsToAnEpci() {
        assertThat(cog.departementOf("97411")).contains("974");
        assertThat(cog.regionOf("97411")).contains("04");
        assertThat(cog.epciOf("97411")).contains("249740119");
    }

    @ParameterizedTest
    @ValueSource(strings = {"29155", "85113", "22016", "29083"})
    void islandCommuneOutsideAnyEpciHasNoEpci(String code) {
        assertThat(cog.isCommune(code)).isTrue();
        assertThat(cog.epciOf(code)).isEmpty();
    }

    @Test
    void overseasCollectivityCommuneIsKnownOutsideAnyEpci() {
        assertThat(cog.isCommune("98735")).isTrue();
        assertThat(cog.regionOf("98735")).contains("987");
        assertThat(cog.regionOfDepartement("987")).contains("987");
        assertThat(cog.epciOf("98735")).isEmpty();
    }

    // ---- every row, as the file says (the rows are looked up lazily, by binary search over the file) --------

    @Test
    void communesFileIsSortedByCodeWithUniqueCodes() throws IOException {
        List<String> codes = resourceRows("cog/communes.csv", ";").stream().map(row -> row[0]).toList();
        for (int i = 1; i < codes.size(); i++) {
            assertThat(codes.get(i - 1).compareTo(codes.get(i))).as("%s before %s", codes.get(i - 1), codes.get(i))
                    .isNegative();
        }
    }

    @Test
    void everyRowIsFoundByItsCodeWithItsValues() throws IOException {
        Map<String, java.util.SortedSet<String>> members = new HashMap<>();
        Map<String, java.util.SortedSet<String>> departements = new HashMap<>();
        Map<String, String[]> byCode = new HashMap<>();
        for (String[] row : resourceRows("cog/communes.csv", ";")) {
            byCode.put(row[0], row);
        }
        for (String[] row : byCode.values()) {
            String code = row[0];
            assertThat(cog.isCommune(code)).as(code).isTrue();
            assertThat(cog.departementOf(code)).as(code).contains(row[2]);
            assertThat(cog.regionOf(code)).as(code).contains(row[3]);
            assertThat(cog.parentCommune(code)).as(code).isEqualTo(row[5].isEmpty() ? Optional.empty() : Optional.of(row[5]));
            assertThat(cog.communeName(code)).as(code).contains(row[6]);
            String[] current = row[5].isEmpty() ? row : byCode.get(row[5]);
            Optional<String> epci = current == null || current[4].isEmpty() ? Optional.empty() : Optional.of(current[4]);
            assertThat(cog.epciOf(code)).as(code).isEqualTo(epci);
            if (row[1].equals("COM") && !row[4].isEmpty()) {
                members.computeIfAbsent(row[4], k -> new java.util.TreeSet<>()).add(code);
                departements.computeIfAbsent(row[4], k -> new java.util.TreeSet<>()).add(row[2]);
            }
        }
        for (String[] epci : resourceRows("cog/epci.csv", ";")) {
            assertThat(cog.communesOfEpci(epci[0])).as(epci[0]).containsExactlyElementsOf(members.get(epci[0]));
            assertThat(cog.departementsOfEpci(epci[0])).as(epci[0]).containsExactlyElementsOf(departements.get(epci[0]));
        }
        assertThat(members.keySet()).allMatch(cog::isEpci);
    }

    @Test
    void codesBetweenAndAroundTheRowsAreUnknown() {
        for (String code : new String[] {"", "0", "00000", "01000", "01001 ", " 01001", "0100", "010011", "99999",
            "2A", "2A000", "2B999", "ZZZZZ", "code", "\n", "01001;COM", "98899", "~"}) {
            assertThat(cog.isCommune(code)).as(code).isFalse();
        }
    }

    // ---- EPCI -----------------------------------------------------------------------------------------------

    @Test
    void communesOfEpciAreCanonicalCodes() {
        assertThat(cog.communesOfEpci(MGP)).hasSize(130).contains("75056", "92012").doesNotContain("75101");
    }

    @Test
    void everyMemberOfAnEpciHasThatEpci() {
        assertThat(cog.communesOfEpci(AIX_MARSEILLE_PROVENCE)).hasSize(92)
                .allSatisfy(code -> assertThat(cog.epciOf(code)).contains(AIX_MARSEILLE_PROVENCE));
    }

    @Test
    void departementsOfEpciAreThoseOfItsMembers() {
        assertThat(cog.departementsOfEpci(MGP)).containsExactly("75", "91", "92", "93", "94", "95");
        assertThat(cog.departementsOfEpci(AIX_MARSEILLE_PROVENCE)).containsExactly("13", "83", "84");
        assertThat(cog.departementsOfEpci(METROPOLE_DE_LYON)).containsExactly("69");
    }

    @Test
    void epciHasItsOfficialName() {
        assertThat(cog.isEpci(METROPOLE_DE_LYON)).isTrue();
        assertThat(cog.epciName("242010056")).contains("CA du Pays Ajaccien");
    }

    @Test
    void returnedSetsAreUnmodifiable() {
        assertThatThrownBy(() -> cog.communesOfEpci(MGP).add("99999"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cog.departementsOfEpci(MGP).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- unknown, null and inexact codes --------------------------------------------------------------------

    @Test
    void unknownCodesAreNotKnown() {
        assertThat(cog.isCommune("99999")).isFalse();
        assertThat(cog.isEpci("123456789")).isFalse();
        assertThat(cog.isEpci("210100012")).as("a commune's SIREN is no EPCI").isFalse();
        assertThat(cog.isDepartement("99")).isFalse();
        assertThat(cog.isRegion("99")).isFalse();
    }

    @Test
    void unknownCodesGiveEmptyAnswers() {
        assertThat(cog.parentCommune("99999")).isEmpty();
        assertThat(cog.canonicalCommune("99999")).isEqualTo("99999");
        assertThat(cog.communeName("99999")).isEmpty();
        assertThat(cog.epciOf("99999")).isEmpty();
        assertThat(cog.departementOf("99999")).isEmpty();
        assertThat(cog.regionOf("99999")).isEmpty();
        assertThat(cog.regionOfDepartement("99")).isEmpty();
        assertThat(cog.communesOfEpci("123456789")).isEmpty();
        assertThat(cog.departementsOfEpci("123456789")).isEmpty();
        assertThat(cog.epciName("123456789")).isEmpty();
    }

    @Test
    void nullCodesGiveFalseOrEmptyAnswers() {
        assertThat(cog.isCommune(null)).isFalse();
        assertThat(cog.isEpci(null)).isFalse();
        assertThat(cog.isDepartement(null)).isFalse();
        assertThat(cog.isRegion(null)).isFalse();
        assertThat(cog.parentCommune(null)).isEmpty();
        assertThat(cog.canonicalCommune(null)).isNull();
        assertThat(cog.communeName(null)).isEmpty();
        assertThat(cog.epciOf(null)).isEmpty();
        assertThat(cog.departementOf(null)).isEmpty();
        assertThat(cog.regionOf(null)).isEmpty();
        assertThat(cog.regionOfDepartement(null)).isEmpty();
        assertThat(cog.communesOfEpci(null)).isEmpty();
        assertThat(cog.departementsOfEpci(null)).isEmpty();
        assertThat(cog.epciName(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 75056", "75056 ", "2a004", "20004", "1001", "750560"})
    void communeCodesAreComparedExactly(String code) {
        assertThat(cog.isCommune(code)).isFalse();
    }

    @Test
    void departementAndRegionCodesAreComparedExactly() {
        assertThat(cog.isDepartement("1")).isFalse();
        assertThat(cog.isDepartement("2a")).isFalse();
        assertThat(cog.isRegion("1")).isFalse();
        assertThat(cog.isEpci(" " + MGP)).isFalse();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static List<Map<String, String>> sireneSamplesWithCommune() throws IOException {
        return SireneSamples.rows().stream().filter(row -> !row.get("commune").isEmpty()).toList();
    }

    private static List<String[]> resourceRows(String resource, String separator) throws IOException {
        List<String> lines = resourceLines(resource);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(separator, -1)).toList();
    }

    private static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = GeographyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isEmpty()).toList();
        }
    }
}
