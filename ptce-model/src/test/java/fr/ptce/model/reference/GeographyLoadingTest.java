package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a COG vintage is read from its files ({@code regions.csv}, {@code departements.csv}, {@code epci.csv},
 * {@code communes.csv}, {@code ATTRIBUTION.txt}): a small vintage written here, and broken files that loading
 * refuses with the file and the line.
 */
class GeographyLoadingTest {
    private static final String EPCI = "200000001";

    /**
     * Two régions, two départements, one EPCI over both, three current communes, a commune déléguée (communes sorted
     * by code, as the COG file is: a code is found by binary search).
     */
    private static Map<String, String> files() {
        Map<String, String> files = new HashMap<>();
        files.put("regions.csv", "code;name\n84;Auvergne-Rhône-Alpes\n\n27;Bourgogne-Franche-Comté\n");
        files.put("departements.csv", "code;region;name\n01;84;Ain\n21;27;Côte-d'Or\n");
        files.put("epci.csv", "siren;type;name\n" + EPCI + ";CC;CC des Deux Rives\n");
        files.put("communes.csv", "code;type;departement;region;epci;parent;name\n"
                + "01001;COM;01;84;" + EPCI + ";;Alpha\n"
                + "01002;COM;01;84;;;Beta\n"
                + "01003;COMD;01;84;;01001;Delta\n"
                + "21001;COM;21;27;" + EPCI + ";;Gamma\n");
        files.put("ATTRIBUTION.txt", "Test data, no licence\n\nSecond line\n");
        return files;
    }

    private static Geography load(Map<String, String> files) {
        return Geography.load("Test", path -> {
            assertThat(path).startsWith("cog/");
            String text = files.get(path.substring("cog/".length()));
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static Geography withFile(String name, String content) {
        Map<String, String> files = files();
        files.put(name, content);
        return load(files);
    }

    @Test
    void aVintageKeepsItsNameAndTheFirstLineOfItsAttribution() {
        Geography g = load(files());
        assertThat(g.vintage()).isEqualTo("Test");
        assertThat(g.attribution()).isEqualTo("Test data, no licence");
        assertThat(g).hasToString("Geography[Test]");
    }

    @Test
    void everyRowAfterTheHeaderIsRead() {
        Geography g = load(files());
        assertThat(g.isRegion("84")).isTrue();
        assertThat(g.isRegion("27")).as("after a blank line").isTrue();
        assertThat(g.isRegion("code")).as("the header").isFalse();
        assertThat(g.regionOfDepartement("21")).contains("27");
        assertThat(g.epciName(EPCI)).contains("CC des Deux Rives");
        assertThat(g.epciCount()).isEqualTo(1);
        assertThat(g.communeName("21001")).contains("Gamma");
        assertThat(g.departementOf("21001")).contains("21");
        assertThat(g.regionOf("21001")).contains("27");
        assertThat(g.epciOf("01002")).isEmpty();
    }

    @Test
    void onlyCurrentCommunesAreCounted() {
        assertThat(load(files()).communeCount()).isEqualTo(3);
    }

    @Test
    void aCommuneDelegueeBelongsToItsParentsEpci() {
        Geography g = load(files());
        assertThat(g.parentCommune("01003")).contains("01001");
        assertThat(g.epciOf("01003")).contains(EPCI);
    }

    @Test
    void anEpciHasItsCurrentCommunesAndTheirDepartements() {
        Geography g = load(files());
        assertThat(g.communesOfEpci(EPCI)).containsExactly("01001", "21001");
        assertThat(g.departementsOfEpci(EPCI)).containsExactly("01", "21");
        assertThatThrownBy(() -> g.communesOfEpci(EPCI).add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingFileIsNamed() {
        Map<String, String> files = files();
        files.remove("epci.csv");
        assertThatThrownBy(() -> load(files)).isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource cog/epci.csv");
    }

    @Test
    void aFileWithoutLinesIsRefused() {
        assertThatThrownBy(() -> withFile("regions.csv", "\n\n")).isInstanceOf(IllegalStateException.class)
                .hasMessage("empty resource cog/regions.csv");
        assertThatThrownBy(() -> withFile("ATTRIBUTION.txt", "")).isInstanceOf(IllegalStateException.class)
                .hasMessage("empty resource cog/ATTRIBUTION.txt");
    }

    @Test
    void aRowWithTooFewColumnsIsRefusedWithItsLine() {
        assertThatThrownBy(() -> withFile("departements.csv", "code;region;name\n01;84;Ain\n21;27\n"))
                .isInstanceOf(IllegalStateException.class).hasMessage("cog/departements.csv:3: malformed row");
    }

    @Test
    void aRowWithoutCodeIsRefused() {
        assertThatThrownBy(() -> withFile("regions.csv", "code;name\n;Nulle part\n"))
                .isInstanceOf(IllegalStateException.class).hasMessage("cog/regions.csv:2: malformed row");
    }

    @Test
    void aRowWithAnEmptyLastColumnIsRefused() {
        assertThatThrownBy(() -> withFile("epci.csv", "siren;type;name\n" + EPCI + ";CC;\n"))
                .isInstanceOf(IllegalStateException.class).hasMessage("cog/epci.csv:2: malformed row");
    }

    @Test
    void anUnknownKindOfCommuneIsRefusedWithItsLine_whenItsRowIsRead() {
        Geography g = withFile("communes.csv", "code;type;departement;region;epci;parent;name\n"
                + "01001;COM;01;84;;;Alpha\n01009;VILLE;01;84;;;Zeta\n");
        assertThat(g.communeName("01001")).contains("Alpha");
        assertThatThrownBy(() -> g.communeName("01009"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cog/communes.csv:3: ")
                .hasMessageContaining("VILLE")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileThatCannotBeReadIsNamed() {
        assertThatThrownBy(() -> Geography.load("Test", path -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk error");
            }
        })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot read cog/regions.csv");
    }
}
