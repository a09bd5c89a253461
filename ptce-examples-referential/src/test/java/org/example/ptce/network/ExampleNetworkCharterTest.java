package org.example.ptce.network;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Parameter;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Verdict;
import fr.ptce.rules.testing.ReferentialCoverage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example network's charter, tested as a host tests its own referential: the plug-in is on the class path,
 * {@link ComplianceChecker#create()} finds it, and each rule is checked on a compliant pole and on its example of
 * failure, with the assertion helpers of ptce-rules' test-jar.
 */
class ExampleNetworkCharterTest {
    /** Fails the class unless every rule of the referential is asserted in each of its outcomes. */
    @RegisterExtension
    static final ReferentialCoverage COVERAGE = ReferentialCoverage.of("EXAMPLE-NETWORK-CHARTER");

    private static final Referential CHARTER = Referential.of("EXAMPLE-NETWORK-CHARTER");
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final ComplianceChecker CHECKER = ComplianceChecker.create();
    private static final CheckOptions OPTIONS = CheckOptions.builder().asOf(AS_OF).build();

    private static Pole pole(String resource) {
        try (InputStream in = ExampleNetworkCharterTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return PoleReader.create().read(in, resource);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ComplianceReport check(String resource) {
        return CHECKER.check(pole(resource), CHARTER, OPTIONS);
    }

    private static final String COMPLIANT = "network-compliant.json";
    private static final String FAILURES = "org/example/ptce/network/failure-examples/";

    @Test
    void theCheckerFindsTheReferentialOnTheClassPath_afterTheBuiltInOnes() {
        List<Referential> referentials = CHECKER.catalogue().referentials();

        assertThat(referentials).endsWith(CHARTER).startsWith(Referential.LOI_2014_856_ART9);
        assertThat(CHECKER.catalogue().rulesOf(CHARTER)).extracting(r -> r.id()).startsWith("NET-ESUS-MEMBER",
                "NET-CITIZEN-SEAT", "NET-LASTING-COOPERATION");
    }

    @Test
    void aPoleMeetingTheCharter_isCompliant() {
        assertThat(check(COMPLIANT)).hasVerdict(Verdict.COMPLIANT).allRulesPassed();
    }

    @Test
    void checkAll_includesTheCharter() {
        List<ComplianceReport> reports = CHECKER.checkAll(pole(COMPLIANT), OPTIONS);

        assertThat(reports).extracting(ComplianceReport::referential).endsWith("EXAMPLE-NETWORK-CHARTER");
    }

    // ---- NET-ESUS-MEMBER

    @Test
    void NET_ESUS_MEMBER_passesWithTheApprovedScop() {
        assertThat(check(COMPLIANT)).rule("NET-ESUS-MEMBER").passed().withEvidence("scop")
                .withMessageContaining("SCOP Bâtir ensemble");
    }

    @Test
    void NET_ESUS_MEMBER_failsWithoutAnApprovedMember() {
        assertThat(check(FAILURES + "NET-ESUS-MEMBER.json")).hasVerdict(Verdict.NON_COMPLIANT)
                .rule("NET-ESUS-MEMBER").failed().withNoEvidence().withRemedyContaining("ESUS");
    }

    @Test
    void NET_ESUS_MEMBER_failsOnceTheApprovalExpired() {
        Pole pole = pole(COMPLIANT);
        ComplianceReport before = CHECKER.check(pole, CHARTER, CheckOptions.builder().asOf(LocalDate.of(2019, 3, 31)).build());

        assertThat(before).rule("NET-ESUS-MEMBER").failed();
    }

    // ---- NET-CITIZEN-SEAT

    @Test
    void NET_CITIZEN_SEAT_passesWithTheSeatedInhabitant() {
        assertThat(check(COMPLIANT)).rule("NET-CITIZEN-SEAT").passed().withEvidence("habitante");
    }

    @Test
    void NET_CITIZEN_SEAT_failsWhenTheCitizenIsAMemberWithoutASeat() {
        assertThat(check(FAILURES + "NET-CITIZEN-SEAT.json")).rule("NET-CITIZEN-SEAT").failed().withNoEvidence()
                .withMessageContaining("un citoyen membre");
    }

    @Test
    void NET_CITIZEN_SEAT_doesNotApplyWithoutADecisionMakingBody() {
        Pole pole = pole(COMPLIANT);
        Pole withoutBodies = new Pole(pole.formatVersion(), pole.id(), pole.name(), pole.legalCategory(),
                pole.legalEntity(), pole.carrier(), pole.foundedOn(), pole.territory(), pole.aims(), pole.members(), null,
                pole.cooperations(), pole.projects(), pole.stateSupport());

        assertThat(CHECKER.check(withoutBodies, CHARTER, OPTIONS)).rule("NET-CITIZEN-SEAT").notApplicable();
    }

    // ---- NET-LASTING-COOPERATION

    @Test
    void NET_LASTING_COOPERATION_passesTwoYearsAfterTheCooperationStarted() {
        ComplianceReport report = CHECKER.check(pole(COMPLIANT), CHARTER,
                CheckOptions.builder().asOf(LocalDate.of(2020, 1, 1)).build());

        assertThat(report).rule("NET-LASTING-COOPERATION").passed().withEvidence("locaux");
    }

    @Test
    void NET_LASTING_COOPERATION_failsTheDayBeforeTwoYears() {
        ComplianceReport report = CHECKER.check(pole(COMPLIANT), CHARTER,
                CheckOptions.builder().asOf(LocalDate.of(2019, 12, 31)).build());

        assertThat(report).hasVerdict(Verdict.COMPLIANT_WITH_WARNINGS).rule("NET-LASTING-COOPERATION").failed()
                .withMessageContaining("2 ans");
    }

    @Test
    void NET_LASTING_COOPERATION_failsWhenNoCooperationGivesItsStartDate() {
        assertThat(check(FAILURES + "NET-LASTING-COOPERATION.json")).rule("NET-LASTING-COOPERATION").failed();
    }

    @Test
    void NET_LASTING_COOPERATION_followsTheParameter() {
        CheckOptions tenYears = OPTIONS.toBuilder().parameter(Parameter.of("minCooperationYears"), 10).build();

        ComplianceReport report = CHECKER.check(pole(COMPLIANT), CHARTER, tenYears);

        assertThat(report).rule("NET-LASTING-COOPERATION").failed().withMessageContaining("10 ans");
        assertThat(report.parameters()).containsEntry("minCooperationYears", 10);
    }

    @Test
    void messagesAreInEnglishToo() {
        ComplianceReport report = CHECKER.check(pole(FAILURES + "NET-CITIZEN-SEAT.json"), CHARTER,
                OPTIONS.toBuilder().language(Language.EN).build());

        assertThat(report).rule("NET-CITIZEN-SEAT").failed().withMessageContaining("No citizen or user");
    }
}
