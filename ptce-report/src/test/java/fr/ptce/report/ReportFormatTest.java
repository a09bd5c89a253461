package fr.ptce.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.rules.Language;
import fr.ptce.rules.RuleCatalogue;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void aRunWithoutFileIsStillAWholeDocumentInEachFormat() throws Exception {
        assertThat(Rendering.render(ReportFormat.TEXT, Language.FR, 0, r -> { })).isEmpty();
        assertThat(Rendering.render(ReportFormat.JSON, Language.FR, 0, r -> { })).isEqualTo("[]\n");
        assertThat(Rendering.render(ReportFormat.HTML, Language.FR, 0, r -> { }))
                .startsWith("<!DOCTYPE html>").contains("Synthèse").endsWith("</html>\n");
        assertThat(new ObjectMapper().readTree(Rendering.render(ReportFormat.SARIF, Language.FR, 0, r -> { }))
                .path("runs").get(0).path("results")).isEmpty();
    }

    @Test
    void theContextNeedsALanguageACatalogueAndACountOfZeroOrMore() {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        assertThatThrownBy(() -> new ReportFormat.Context(null, catalogue, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReportFormat.Context(Language.FR, null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReportFormat.Context(Language.FR, catalogue, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void theModuleBringsNoCommandLineNorLoggingFramework() {
        assertThat(present("picocli.CommandLine")).as("picocli").isFalse();
        assertThat(present("ch.qos.logback.classic.Logger")).as("logback").isFalse();
        assertThat(ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)).as("an SLF4J binding").isEmpty();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ReportFormatTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
