package fr.ptce.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.rules.Language;
import fr.ptce.rules.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A survey written for people (text, HTML) writes its counts as the language writes numbers; the formats for programs
 * (JSON, CSV) keep plain numbers.
 */
class SurveyNumbersTest {
    /** French groups thousands with a narrow no-break space. */
    private static final String NNBSP = "\u202f";

    private static SurveyReport survey() {
        Map<Verdict, Long> counts = new LinkedHashMap<>();
        counts.put(Verdict.COMPLIANT, 2_124L);
        counts.put(Verdict.COMPLIANT_WITH_WARNINGS, 2_705L);
        counts.put(Verdict.NON_COMPLIANT, 5_171L);
        counts.put(Verdict.NOT_IN_FORCE, 0L);
        return new SurveyReport(LocalDate.of(2025, 6, 30), 10_000, List.of(), Map.of("CHARTE-LABO-ESS", counts),
                Map.of("CH-MULTI-ACTOR", 3_564L), List.of(new SurveyReport.Indicator("members-associations", 76_741, 135_043)),
                new SurveyReport.Sizes(10_000, 0, 5, 9, 16, 1_211, Map.of("0-4", 2_059L)));
    }

    private static String write(SurveyFormat format, Language language) {
        StringWriter text = new StringWriter();
        format.write(survey(), new PrintWriter(text), language);
        return text.toString();
    }

    @Test
    void frenchTextGroupsThousandsWithANarrowNoBreakSpace() {
        assertThat(write(SurveyFormat.TEXT, Language.FR))
                .contains("76" + NNBSP + "741 sur 135" + NNBSP + "043")
                .contains("maximum 1" + NNBSP + "211 (10" + NNBSP + "000 pôles)")
                .contains("3" + NNBSP + "564 rapport(s)");
    }

    @Test
    void englishTextGroupsThousandsWithCommas() {
        assertThat(write(SurveyFormat.TEXT, Language.EN)).contains("76,741 of 135,043").contains("(10,000 poles)");
    }

    @Test
    void frenchHtmlWritesTheFiguresTablesAndChartsWithGrouping() {
        String html = write(SurveyFormat.HTML, Language.FR);

        assertThat(html).contains("<div class=\"figure\">10" + NNBSP + "000<span>")
                .contains("<td class=\"n\">5" + NNBSP + "171</td>")
                .contains("<td class=\"n\">135" + NNBSP + "043</td>")
                .contains(">2" + NNBSP + "059</text>");
    }

    @Test
    void jsonAndCsvKeepPlainNumbers() {
        assertThat(write(SurveyFormat.JSON, Language.FR)).contains("\"numerator\" : 76741").contains("\"poles\" : 10000");
        assertThat(write(SurveyFormat.CSV, Language.FR)).contains(",76741,135043,");
    }
}
