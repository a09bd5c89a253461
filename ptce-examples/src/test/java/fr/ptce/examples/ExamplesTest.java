package fr.ptce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.SireneEss;
import fr.ptce.model.csv.MemberCsv;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.sirene.SireneEnrichment;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each numbered example runs, through its result method and through its main. */
class ExamplesTest {
    /** Runs a main and returns what it printed on standard output. */
    interface Main {
        void run() throws Exception;
    }

    static String stdout(Main main) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void example01ChecksAJsonFile() throws Exception {
        List<ComplianceReport> reports = Example01CheckJsonFile.check(Path.of("src/main/resources/poles/figeacteurs.json"));
        assertThat(reports).extracting(ComplianceReport::verdict)
                .containsExactly(Verdict.NON_COMPLIANT, Verdict.COMPLIANT, Verdict.COMPLIANT);
        assertThat(Example01CheckJsonFile.checkBundled("coursive-boutaric")).extracting(ComplianceReport::verdict)
                .containsExactly(Verdict.COMPLIANT_WITH_WARNINGS, Verdict.NON_COMPLIANT, Verdict.NON_COMPLIANT);
        String out = stdout(() -> Example01CheckJsonFile.main(new String[0]));
        assertThat(out).contains("coursive-boutaric / LOI-2014-856-ART9: COMPLIANT_WITH_WARNINGS",
                "ERROR D3-NO-PRIOR-STATE-SUPPORT", "ERROR CH-MULTI-ACTOR");
        assertThat(stdout(() -> Example01CheckJsonFile.main(new String[] {"src/main/resources/poles/phares.json"})))
                .contains("phares / CHARTE-LABO-ESS: COMPLIANT");
    }

    @Test
    void example02BuildsAPoleInCode() throws Exception {
        Pole pole = Example02BuildPoleInCode.pole();
        assertThat(PoleValidator.create().validate(pole)).isEmpty();
        ComplianceReport report = Example02BuildPoleInCode.check();
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(report.results()).extracting(r -> r.outcome()).containsOnly(Outcome.PASSED);
        String out = stdout(() -> Example02BuildPoleInCode.main(new String[0]));
        assertThat(out).contains("atelier-partage / LOI-2014-856-ART9 as of 2024-12-31: COMPLIANT",
                "PASSED ART9-LINKED-PARTNER", "\"formatVersion\": 1");
        // The printed JSON reads back as the same pole.
        assertThat(PoleReader.create().read(out.substring(out.indexOf('{')))).isEqualTo(pole);
    }

    @Test
    void example03SharesOneCheckerAcrossThreads() throws Exception {
        Example03SharedCheckerAcrossThreads.Result result = Example03SharedCheckerAcrossThreads.run(4, 20);
        assertThat(result.checks()).isEqualTo(7 * 20);
        assertThat(result.verdictsByPole()).hasSize(7);
        assertThat(result.verdictsByPole().get("figeacteurs"))
                .containsExactly(Verdict.NON_COMPLIANT, Verdict.COMPLIANT, Verdict.COMPLIANT);
        assertThat(result.verdictsByPole().get("phares"))
                .containsExactly(Verdict.COMPLIANT_WITH_WARNINGS, Verdict.NON_COMPLIANT, Verdict.COMPLIANT);
        assertThat(stdout(() -> Example03SharedCheckerAcrossThreads.main(new String[] {"2", "3"})))
                .contains("21 checks on 2 thread(s)", "every thread agreeing", "resto-passerelle: [COMPLIANT_WITH_WARNINGS");
    }

    @Test
    void example04ChangesThresholdsAndSeverities() throws Exception {
        Example04CustomThresholdsAndSeverities.Result result = Example04CustomThresholdsAndSeverities.run();
        assertThat(result.standard().get(0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(result.standard().get(0).result("CH-ESS-LED-GOVERNANCE").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.lowerThreshold().result("CH-ESS-LED-GOVERNANCE").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(result.lowerThreshold().verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.standard().get(1).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result.stricter().result("CH-TERRITORY-SCALE").orElseThrow().severity()).isEqualTo(Severity.WARNING);
        assertThat(result.stricter().result("CH-TERRITORY-SCALE").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.stricter().verdict()).isEqualTo(Verdict.COMPLIANT_WITH_WARNINGS);
        assertThat(stdout(() -> Example04CustomThresholdsAndSeverities.main(new String[0])))
                .contains("CHARTE-LABO-ESS with essVoteShareMin = 0.2: COMPLIANT",
                        "CHARTE-LABO-ESS with essVoteShareMin = 0.2 and the charter's INFO rules as WARNING: COMPLIANT_WITH_WARNINGS");
    }

    @Test
    void example05ValidatesAnApplicationRecord() throws Exception {
        assertThat(Example05BeanValidationConstraint.validate(Example05BeanValidationConstraint.application("figeacteurs")))
                .isEmpty();
        assertThat(Example05BeanValidationConstraint.validate(Example05BeanValidationConstraint.application("coursive-boutaric")))
                .singleElement().asString().startsWith("D3-NO-PRIOR-STATE-SUPPORT: ");
        var noApplicant = new Example05BeanValidationConstraint.CallApplication(" ",
                Example05BeanValidationConstraint.application("figeacteurs").pole());
        assertThat(Example05BeanValidationConstraint.validate(noApplicant)).singleElement().asString().startsWith("applicant: ");
        assertThat(stdout(() -> Example05BeanValidationConstraint.main(new String[0])))
                .contains("figeacteurs: eligible, no violation", "coursive-boutaric: 1 violation(s)");
    }

    @Test
    void example06ImportsTheSampleCsv() throws Exception {
        MemberCsv.Result result = Example06ImportMembersFromCsv.importSample();
        assertThat(result.ok()).isTrue();
        assertThat(result.imported()).isEqualTo(10);
        Pole original = BundledPoles.read(PoleReader.create(), "bio-pour-tous");
        assertThat(result.pole()).isEqualTo(original);
        MemberCsv.Result bad = Example06ImportMembersFromCsv.importMembers(
                "id;name;legalCategory\ngab65;GAB65;92200\n".getBytes(StandardCharsets.UTF_8), "bad.csv");
        assertThat(bad.ok()).isFalse();
        assertThat(bad.rejections()).extracting(MemberCsv.Rejection::line).containsExactly(2);
        assertThat(stdout(() -> Example06ImportMembersFromCsv.main(new String[0])))
                .contains("10 member(s) imported:", "villages-accueillants — Villages Accueillants (atelier chantier d'insertion, maraîchage bio)",
                        "LOI-2014-856-ART9: COMPLIANT");
    }

    @Test
    void example07EnrichesMembersFromSirene() throws Exception {
        SireneEnrichment.Result result = Example07EnrichFromSirene.enrichSample();
        assertThat(result.changesOf("cap-de-tout")).containsExactly(
                new SireneEnrichment.Change("cap-de-tout", "legalCategory", "9220", "9230"),
                new SireneEnrichment.Change("cap-de-tout", "sireneEss", null, "O"),
                new SireneEnrichment.Change("cap-de-tout", "headcountBand", null, "11"),
                new SireneEnrichment.Change("cap-de-tout", "commune", null, "64373"));
        Member agglo = result.pole().member("agglo-pau").orElseThrow();
        assertThat(agglo.commune()).isEqualTo("64445");
        assertThat(agglo.headcountBand()).isEqualTo("42");
        assertThat(agglo.sireneEss()).isEqualTo(SireneEss.N);
        assertThat(result.notesOf("red-needles")).extracting(SireneEnrichment.Note::message)
                .anyMatch(m -> m.contains("ceased")).anyMatch(m -> m.contains("closed"));
        assertThat(result.notesOf("lycee-jean-jaures")).singleElement().extracting(SireneEnrichment.Note::message)
                .asString().contains("not in the SIRENE extract");
        assertThat(result.changesOf("lycee-jean-jaures")).isEmpty();
        assertThat(result.notesOf("habitante")).singleElement().extracting(SireneEnrichment.Note::message).asString()
                .contains("no SIREN");
        assertThat(PoleValidator.create().validate(result.pole())).isEmpty();
        String out = stdout(() -> Example07EnrichFromSirene.main(new String[0]));
        assertThat(out).contains("cap-de-tout (Centre social Cap de Tout, SIREN 338365059)", "  legalCategory: 9220 -> 9230",
                "  commune: (absent) -> 64373", "LOI-2014-856-ART9 before: NON_COMPLIANT, after: COMPLIANT_WITH_WARNINGS");
    }

    @Test
    void bundledPolesAreAllReadable() {
        PoleReader reader = PoleReader.create();
        Map<String, Pole> poles = new java.util.LinkedHashMap<>();
        BundledPoles.IDS.forEach(id -> poles.put(id, BundledPoles.read(reader, id)));
        assertThat(poles).hasSize(7);
        poles.forEach((id, pole) -> assertThat(pole.id()).isEqualTo(id));
    }
}
