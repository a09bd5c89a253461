package fr.ptce.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Relation;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssReason;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The renderers' labels exist in both languages for every value a report can hold. */
class ReportLabelsTest {
    private static Set<String> keys(String language) throws IOException {
        try (InputStream in = ReportLabels.class.getResourceAsStream("labels_" + language + ".properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.stringPropertyNames();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("en")).isNotEmpty().isEqualTo(keys("fr"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValueOfAReportHasALabel(Language language) {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Verdict.class, Outcome.class, Severity.class, ActorFamily.class,
                EssReason.class, Relation.class)) {
            String prefix = switch (type.getSimpleName()) {
                case "ActorFamily" -> "family.";
                case "EssReason" -> "essReason.";
                default -> type.getSimpleName().toLowerCase() + ".";
            };
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(prefix + value.name());
            }
        }
        Texts labels = ReportLabels.of(language);

        assertThat(keys).allSatisfy(key -> assertThat(labels.has(key)).as(key).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMetricOfAReportHasALabel(Language language) {
        ComplianceReport report = Rendering.check(Rendering.dominated(), language).get(0);
        Texts labels = ReportLabels.of(language);

        assertThat(report.metrics().keySet()).isNotEmpty()
                .allSatisfy(key -> assertThat(labels.has("metric." + key)).as(key).isTrue());
    }

    @Test
    void theLabelsAreInTheLanguageAsked() {
        assertThat(ReportLabels.of(Language.FR).get("verdict.COMPLIANT")).isEqualTo("Conforme");
        assertThat(ReportLabels.of(Language.EN).get("verdict.COMPLIANT")).isEqualTo("Compliant");
    }
}
