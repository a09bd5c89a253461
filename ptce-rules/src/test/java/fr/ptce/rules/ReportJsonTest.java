package fr.ptce.rules;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.SCIC;
import static fr.ptce.rules.support.TestPoles.UNIVERSITE;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.seat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportJson} and the report's shape: format v1 "Output" with the rules-v2 additions, languages. */
class ReportJsonTest {
    private static final ComplianceChecker CHECKER = Checks.checker();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A pole with every outcome: failures with remedies, NOT_APPLICABLE, evidence. */
    private static Pole mixedPole() {
        return compliantPole().withCarrier(null).withAnimator(IMPRIMERIE).withStateSupport("AAP-PTCE-2013")
                .withBoardSeats(seat(COURSIVE, 1), seat(ZUTIQUE, 1), seat(SCIC, 1), seat(IMPRIMERIE, 2), seat(VILLE, 1),
                        seat(UNIVERSITE, 1))
                .build();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void report_roundTripsToAnEqualReport() {
        for (ComplianceReport report : CHECKER.checkAll(mixedPole(), Checks.OPTIONS)) {
            String json = ReportJson.write(report);

            assertThat(ReportJson.read(json)).isEqualTo(report);
            assertThat(ReportJson.write(ReportJson.read(json))).isEqualTo(json);
        }
    }

    @Test
    void reportList_roundTripsToEqualReports() {
        List<ComplianceReport> reports = new ArrayList<>(CHECKER.checkAll(mixedPole(), Checks.OPTIONS));
        reports.addAll(CHECKER.checkAll(compliantPole().build(), Checks.OPTIONS));

        String json = ReportJson.write(reports);

        assertThat(json).startsWith("[").endsWith("]\n");
        assertThat(ReportJson.readList(json)).isEqualTo(reports);
    }

    @Test
    void report_hasTheFieldNamesOfFormatV1() throws Exception {
        ComplianceReport report = Checks.check(mixedPole(), Referential.CHARTE_LABO_ESS);

        JsonNode root = JSON.readTree(ReportJson.write(report));

        assertThat(fieldNames(root)).containsExactly("pole", "referential", "rulesVersion", "asOf", "verdict",
                "parameters", "results", "metrics", "members");
        assertThat(root.get("rulesVersion").asText()).isEqualTo("2");
        assertThat(root.get("parameters").toString())
                .isEqualTo("{\"essVoteShareMin\":0.5,\"minActorFamilies\":3,\"anchoredShareMin\":0.75}");
        assertThat(root.get("pole").asText()).isEqualTo("poles-gresilles");
        assertThat(root.get("referential").asText()).isEqualTo("CHARTE-LABO-ESS");
        assertThat(root.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(root.get("verdict").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(root.get("results").size()).isEqualTo(14);
        for (JsonNode result : root.get("results")) {
            assertThat(fieldNames(result))
                    .containsExactly("ruleId", "outcome", "severity", "message", "evidence", "source", "remedy");
            assertThat(fieldNames(result.get("source"))).containsExactly("label", "url");
            assertThat(result.get("evidence").isArray()).isTrue();
            assertThat(result.get("source").get("url").asText()).matches("https?://.+");
        }
        assertThat(root.get("metrics").isObject()).isTrue();
        assertThat(root.get("metrics").get("activeMembers").asInt()).isEqualTo(7);
        assertThat(root.get("metrics").get("essVoteShare").asDouble()).isEqualTo(0.4286);
        assertThat(root.get("members").size()).isEqualTo(7);
        for (JsonNode member : root.get("members")) {
            assertThat(fieldNames(member)).containsExactly("id", "active", "constituent", "legalPerson", "publicLaw",
                    "essStatus", "essReason", "roles", "families", "onTerritory");
        }
    }

    @Test
    void report_membersGiveTheDerivedFactsOfEveryEntryInInputOrder() throws Exception {
        Pole pole = compliantPole().with(TestPoles.sarl("ancienne").leftOn(TestPoles.BEFORE)).withLegalEntity(COURSIVE)
                .build();

        JsonNode members = JSON.readTree(ReportJson.write(Checks.check(pole, Referential.CHARTE_LABO_ESS)))
                .get("members");

        assertThat(members).extracting(m -> m.get("id").asText()).containsExactly(COURSIVE, ZUTIQUE, SCIC,
                IMPRIMERIE, VILLE, UNIVERSITE, TestPoles.GRETA, "ancienne");
        assertThat(members.get(0).toString()).isEqualTo("{\"id\":\"coursive\",\"active\":true,\"constituent\":false,"
                + "\"legalPerson\":true,\"publicLaw\":false,\"essStatus\":\"ESS_BY_STATUS\",\"essReason\":\"ESS_FORM\","
                + "\"roles\":[\"ENTERPRISE\"],\"families\":[\"ESS_ENTERPRISE\"],\"onTerritory\":true}");
        assertThat(members.get(3).get("essReason").asText()).isEqualTo("STATUTES_NOT_ESS");
        assertThat(members.get(4).toString()).contains("\"publicLaw\":true", "\"essReason\":\"PUBLIC_LAW\"",
                "\"roles\":[\"LOCAL_AUTHORITY\"]");
        assertThat(members.get(7).get("active").asBoolean()).isFalse();
        assertThat(members.get(7).get("onTerritory").asBoolean()).isTrue();
    }

    @Test
    void report_writesEveryOutcomeWithItsRemedyOrNull() throws Exception {
        JsonNode results = JSON.readTree(ReportJson.write(Checks.check(mixedPole(), Referential.CHARTE_LABO_ESS)))
                .get("results");

        JsonNode governance = results.get(0);
        assertThat(governance.get("ruleId").asText()).isEqualTo("CH-ESS-LED-GOVERNANCE");
        assertThat(governance.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(governance.get("severity").asText()).isEqualTo("ERROR");
        assertThat(governance.get("remedy").asText()).contains("Ajouter 1 voix ESS");
        assertThat(governance.get("evidence")).extracting(JsonNode::asText).containsExactly(COURSIVE, SCIC, ZUTIQUE);

        JsonNode carrier = results.get(3);
        assertThat(carrier.get("ruleId").asText()).isEqualTo("CH-ESS-CARRIER");
        assertThat(carrier.get("outcome").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(carrier.has("remedy")).isTrue();
        assertThat(carrier.get("remedy").isNull()).isTrue();
    }

    @Test
    void write_isDeterministic() {
        Pole pole = mixedPole();

        assertThat(ReportJson.write(CHECKER.checkAll(pole, Checks.OPTIONS)))
                .isEqualTo(ReportJson.write(CHECKER.checkAll(pole, Checks.OPTIONS)));
    }

    @Test
    void read_rejectsTextThatIsNotAReport() {
        assertThatThrownBy(() -> ReportJson.read("{\"pole\": \"x\", \"unexpected\": 1}"))
                .isInstanceOf(PoleFormatException.class).hasMessageContaining("not a compliance report");
        assertThatThrownBy(() -> ReportJson.readList("{}")).isInstanceOf(PoleFormatException.class);
        assertThatThrownBy(() -> ReportJson.read("[")).isInstanceOf(PoleFormatException.class);
    }

    @Test
    void read_takesTheAsOfDateOnlyAsYearMonthDay() {
        ComplianceReport report = CHECKER.check(mixedPole(), Referential.CHARTE_LABO_ESS, Checks.OPTIONS);
        String json = ReportJson.write(report);
        String day = "\"asOf\": \"" + report.asOf() + "\"";
        assertThat(json).contains(day);

        for (String notADay : List.of("\"asOf\": \"" + report.asOf() + "T10:00:00\"", "\"asOf\": [2025, 6, 30]",
                "\"asOf\": 20000", "\"asOf\": \"\"", "\"asOf\": \"2025-02-30\"")) {
            assertThatThrownBy(() -> ReportJson.read(json.replace(day, notADay))).as(notADay)
                    .isInstanceOf(PoleFormatException.class);
        }
    }

    @Test
    void messages_areFrenchByDefault() {
        ComplianceReport report = Checks.check(mixedPole(), Referential.CHARTE_LABO_ESS);

        assertThat(report).rule("CH-ESS-LED-GOVERNANCE").failed()
                .withMessageContaining("3 voix ESS sur 7 (42,9 %) dans « Conseil d'administration » : il en faut au moins 50 %")
                .withRemedyContaining("Ajouter 1 voix ESS");
        // French typography: a no-break space before the percent sign
        assertThat(report.result("CH-ESS-LED-GOVERNANCE").orElseThrow().message()).contains("50\u00a0%");
    }

    @Test
    void messages_areEnglishWithLanguageEn() {
        CheckOptions english = Checks.OPTIONS.toBuilder().language(Language.EN).build();

        ComplianceReport report = CHECKER.check(mixedPole(), Referential.CHARTE_LABO_ESS, english);

        assertThat(report.result("CH-ESS-LED-GOVERNANCE").orElseThrow().message()).contains("50%")
                .doesNotContain("voix").doesNotContain("\u00a0");
        assertThat(report.results()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
        assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.FAILED)
                .allSatisfy(r -> assertThat(r.remedy()).isNotBlank());
    }

    @Test
    void languages_changeOnlyTheTexts() {
        Pole pole = mixedPole();
        CheckOptions english = Checks.OPTIONS.toBuilder().language(Language.EN).build();

        List<ComplianceReport> fr = CHECKER.checkAll(pole, Checks.OPTIONS);
        List<ComplianceReport> en = CHECKER.checkAll(pole, english);

        for (int i = 0; i < fr.size(); i++) {
            assertThat(en.get(i).verdict()).isEqualTo(fr.get(i).verdict());
            assertThat(en.get(i).metrics()).isEqualTo(fr.get(i).metrics());
            for (int r = 0; r < fr.get(i).results().size(); r++) {
                RuleResult f = fr.get(i).results().get(r);
                RuleResult e = en.get(i).results().get(r);
                assertThat(e.ruleId()).isEqualTo(f.ruleId());
                assertThat(e.outcome()).isEqualTo(f.outcome());
                assertThat(e.severity()).isEqualTo(f.severity());
                assertThat(e.evidence()).isEqualTo(f.evidence());
                assertThat(e.source()).isEqualTo(f.source());
                assertThat(e.remedy() == null).isEqualTo(f.remedy() == null);
                assertThat(e.message()).as(f.ruleId()).isNotEqualTo(f.message());
            }
        }
    }
}
