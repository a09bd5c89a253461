package fr.ptce.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link PoleSurvey}: what it counts, how it runs, what it keeps. */
class PoleSurveyTest {
    private static final CheckOptions AS_OF = CheckOptions.builder().asOf(Rendering.AS_OF).build();

    private static PoleSurvey survey() {
        return PoleSurvey.create(Rendering.CHECKER, AS_OF);
    }

    /** The dominated pole under another id. */
    private static Pole dominated(int i) {
        return Rendering.READER.read(Rendering.DOMINATED.replace("\"petit-atelier\"", "\"pole-" + i + "\""));
    }

    @Test
    void anEmptySurveyHasNoPoleAndNoShares() {
        SurveyReport report = survey().report();

        assertThat(report.poles()).isZero();
        assertThat(report.indicators()).extracting(SurveyReport.Indicator::id).isEqualTo(PoleSurvey.INDICATOR_IDS);
        assertThat(report.indicators()).allSatisfy(i -> assertThat(i.share()).isEmpty());
        assertThat(report.sizes().poles()).isZero();
    }

    @Test
    void thePoleAndItsEntriesAreCountedFromTheCheck() {
        PoleSurvey survey = survey();
        survey.add(Rendering.dominated());

        SurveyReport report = survey.report();
        assertThat(report.poles()).isEqualTo(1);
        assertThat(report.indicator("members-associations").orElseThrow()).isEqualTo(
                new SurveyReport.Indicator("members-associations", 1, 2));
        assertThat(report.indicator("members-commercial-non-ess").orElseThrow().numerator()).isEqualTo(1);
        assertThat(report.indicator("cooperation-premises").orElseThrow()).isEqualTo(
                new SurveyReport.Indicator("cooperation-premises", 1, 1));
        assertThat(report.indicator("territory-within-one-departement").orElseThrow().numerator()).isEqualTo(1);
        assertThat(report.sizes().median()).isEqualTo(2);
    }

    @Test
    void aCooperationEndedBeforeTheAsOfDateIsNotPractised() {
        Pole ended = Rendering.READER.read(Rendering.DOMINATED.replace("\"members\": [\"atelier\", \"imprimerie\"] }",
                "\"members\": [\"atelier\", \"imprimerie\"], \"since\": \"2015-01-01\", \"until\": \"2020-12-31\" }"));
        PoleSurvey survey = survey();
        survey.add(ended);

        assertThat(survey.report().indicator("cooperation-premises").orElseThrow().numerator()).isZero();
    }

    @Test
    void reportsOfAnotherDateAreRefused() {
        PoleSurvey survey = survey();
        Pole pole = Rendering.dominated();
        List<ComplianceReport> reports = Rendering.CHECKER.checkAll(pole,
                CheckOptions.builder().asOf(LocalDate.of(2020, 1, 1)).build());

        assertThatThrownBy(() -> survey.add(pole, reports)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParallelRunCountsWhatASequentialOneCounts() {
        PoleSurvey sequential = survey();
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        inputs.forEach(i -> sequential.add(i % 2 == 0 ? dominated(i) : Rendering.hostile()));

        SurveyReport parallel = survey().run(inputs.iterator(), i -> i % 2 == 0 ? dominated(i) : Rendering.hostile(), 2,
                new PoleSurvey.Listener<Integer>() { });

        assertThat(parallel).isEqualTo(sequential.report());
    }

    @Test
    void aBrokenInputIsListedAndTheRunGoesOn() {
        List<String> told = new ArrayList<>();
        SurveyReport report = survey().run(List.of("b.json", "a.json", "broken.json").iterator(), name -> {
            if (name.startsWith("broken")) {
                throw new PoleFormatException(name, List.of(fr.ptce.model.Problem.at("$", "broken")));
            }
            return Rendering.dominated();
        }, 2, new PoleSurvey.Listener<String>() {
            @Override
            public void broken(String input, Exception problem) {
                told.add(input);
            }
        });

        assertThat(report.poles()).isEqualTo(2);
        assertThat(report.brokenFiles()).containsExactly("broken.json");
        assertThat(told).containsExactly("broken.json");
    }

    @Test
    void theSurveyKeepsNoPole() throws InterruptedException {
        PoleSurvey survey = survey();
        List<WeakReference<Pole>> added = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Pole pole = dominated(i);
            added.add(new WeakReference<>(pole));
            survey.add(pole);
        }
        for (int attempt = 0; attempt < 20 && added.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }

        assertThat(added).allSatisfy(r -> assertThat(r.get()).isNull());
        assertThat(survey.report().poles()).isEqualTo(50);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyIndicatorHasALabel(Language language) {
        Texts labels = ReportLabels.of(language);

        assertThat(PoleSurvey.INDICATOR_IDS).allSatisfy(id ->
                assertThat(labels.has("survey.indicator." + id)).as(id).isTrue());
    }

    @Test
    void csvFieldsWithACommaOrAQuoteAreQuotedAndFormulasNeutralised() {
        assertThat(SurveyRenderers.csvField("a, b")).isEqualTo("\"a, b\"");
        assertThat(SurveyRenderers.csvField("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(SurveyRenderers.csvField("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void htmlEscapesBrokenFilePaths() {
        PoleSurvey survey = survey();
        survey.broken("<script>alert(1)</script>.json");
        StringWriter out = new StringWriter();

        SurveyFormat.HTML.write(survey.report(), new PrintWriter(out), Language.EN);

        assertThat(out.toString()).doesNotContain("<script").contains("&lt;script&gt;");
    }
}
