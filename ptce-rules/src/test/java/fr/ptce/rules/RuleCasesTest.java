package fr.ptce.rules;

import static fr.ptce.rules.testing.ReportAssert.assertThat;
import static fr.ptce.rules.support.TestPoles.BEFORE;
import static fr.ptce.rules.support.TestPoles.CHALON;
import static fr.ptce.rules.support.TestPoles.COURSIVE;
import static fr.ptce.rules.support.TestPoles.DIJON;
import static fr.ptce.rules.support.TestPoles.ESS_MEMBERS;
import static fr.ptce.rules.support.TestPoles.GRETA;
import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.LYON;
import static fr.ptce.rules.support.TestPoles.PARIS;
import static fr.ptce.rules.support.TestPoles.SCIC;
import static fr.ptce.rules.support.TestPoles.UNIVERSITE;
import static fr.ptce.rules.support.TestPoles.VILLE;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.association;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static fr.ptce.rules.support.TestPoles.cooperation;
import static fr.ptce.rules.support.TestPoles.coursive;
import static fr.ptce.rules.support.TestPoles.greta;
import static fr.ptce.rules.support.TestPoles.imprimerie;
import static fr.ptce.rules.support.TestPoles.project;
import static fr.ptce.rules.support.TestPoles.sarl;
import static fr.ptce.rules.support.TestPoles.seat;
import static fr.ptce.rules.support.TestPoles.universite;
import static fr.ptce.rules.support.TestPoles.villeDijon;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.CooperationType;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.testing.RuleCoverage;
import fr.ptce.rules.support.TestPoles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of (pole, rule, expected outcome) cases across referentials, each on a small variation of the compliant
 * test pole. Whether every rule is exercised every way is checked per referential, from its definitions, by each
 * referential's own tests ({@code ReferentialCoverage}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleCasesTest {
    private static final ComplianceChecker CHECKER = Checks.checker();
    private static final AtomicInteger CASES_RUN = new AtomicInteger();


    /** One case: a pole, a rule, the outcome the catalogue gives. */
    record Case(String name, Supplier<TestPoles.Draft> pole, String ruleId, Outcome expected) {
        @Override
        public String toString() {
            return ruleId + " " + expected + ": " + name;
        }
    }

    private static Case passes(String name, Supplier<TestPoles.Draft> pole, String ruleId) {
        return new Case(name, pole, ruleId, Outcome.PASSED);
    }

    private static Case fails(String name, Supplier<TestPoles.Draft> pole, String ruleId) {
        return new Case(name, pole, ruleId, Outcome.FAILED);
    }

    private static Case notApplicable(String name, Supplier<TestPoles.Draft> pole, String ruleId) {
        return new Case(name, pole, ruleId, Outcome.NOT_APPLICABLE);
    }

    private static TestPoles.Draft withoutEss() {
        return compliantPole().without(ESS_MEMBERS.toArray(String[]::new));
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            cases.add(passes("the compliant baseline", TestPoles::compliantPole, rule.id()));
        }
        Member scicSas = Member.builder("scic-sas", "SCIC SAS").legalCategory("5710").statute(Statute.SCIC)
                .commune(DIJON).build();
        Member sarlFlagged = Member.builder("sarl-o", "SARL").legalCategory("5499").sireneEss(SireneEss.O)
                .commune(DIJON).build();
        Member informal = Member.builder("collectif", "Collectif").legalCategory("9210").commune(DIJON).build();
        Member club = association("club").enterpriseGrouping(10, 6).build();
        Member gie = Member.builder("gie", "GIE").legalCategory("6220").commune(DIJON).build();
        Member congregation = Member.builder("congregation", "Congrégation").legalCategory("9240").commune(DIJON)
                .build();
        Member metropole = Member.builder("metropole", "Dijon Métropole").legalCategory("7344").partner()
                .commune(DIJON).build();
        cases.addAll(List.of(
                // LOI-2014-856-ART9
                fails("no ESS member", RuleCasesTest::withoutEss, "ART9-ESS-ENTERPRISE"),
                passes("a SCIC in SAS form", () -> withoutEss().with(scicSas), "ART9-ESS-ENTERPRISE"),
                passes("a SARL, statutes unknown, SIRENE O", () -> withoutEss().with(sarlFlagged), "ART9-ESS-ENTERPRISE"),
                fails("only an ESS partner", () -> withoutEss().with(association("p").partner()), "ART9-ESS-ENTERPRISE"),
                fails("no non-ESS enterprise", () -> compliantPole().without(IMPRIMERIE), "ART9-ASSOCIATED-ENTERPRISE"),
                passes("a non-ESS partner", () -> compliantPole().without(IMPRIMERIE).with(sarl("p").partner()),
                        "ART9-ASSOCIATED-ENTERPRISE"),
                fails("an ESS and a non-ESS enterprise only", () -> compliantPole()
                        .without(ZUTIQUE, SCIC, VILLE, UNIVERSITE, GRETA), "ART9-LINKED-PARTNER"),
                fails("no local authority", () -> compliantPole().without(VILLE), "ART9-LOCAL-AUTHORITY-LINK"),
                passes("a partner métropole", () -> compliantPole().without(VILLE).with(metropole),
                        "ART9-LOCAL-AUTHORITY-LINK"),
                fails("no territory", () -> compliantPole().withoutTerritory(), "ART9-SAME-TERRITORY"),
                fails("a member in Paris", () -> compliantPole().with(sarl("p").commune(PARIS)), "ART9-MEMBERS-ON-TERRITORY"),
                passes("a partner in Paris", () -> compliantPole().with(sarl("p").commune(PARIS).partner()),
                        "ART9-MEMBERS-ON-TERRITORY"),
                notApplicable("no territory", () -> compliantPole().withoutTerritory(), "ART9-MEMBERS-ON-TERRITORY"),
                fails("no cooperation", () -> compliantPole().withCooperations(), "ART9-CONTINUING-STRATEGY"),
                fails("a cooperation ended before the as-of date", () -> compliantPole().withCooperations(
                        cooperation("c", CooperationType.PREMISES, null, BEFORE, COURSIVE, ZUTIQUE)),
                        "ART9-CONTINUING-STRATEGY"),
                fails("an ORGANISATIONAL-only project", () -> compliantPole().withProjects(
                        project("p", Innovation.ORGANISATIONAL)), "ART9-INNOVATIVE-PROJECT"),
                fails("no sustainable development", () -> compliantPole().withSustainableLocalDevelopment(false),
                        "ART9-SUSTAINABLE-DEVELOPMENT"),
                // DECRET-2015-431-ART3
                fails("an informal grouping", () -> compliantPole().withLegalCategory(null), "D3-PRIVATE-LEGAL-PERSON"),
                fails("two legal persons and an association non déclarée", () -> compliantPole()
                        .without(ZUTIQUE, SCIC, VILLE, UNIVERSITE, GRETA).with(informal), "D3-THREE-LEGAL-PERSONS"),
                fails("no ESS member", RuleCasesTest::withoutEss, "D3-ESS-ENTERPRISE"),
                fails("no non-ESS enterprise", () -> compliantPole().without(IMPRIMERIE), "D3-NON-ESS-ENTERPRISE"),
                passes("a business club 6/10 non-ESS", () -> compliantPole().without(IMPRIMERIE).with(club),
                        "D3-NON-ESS-ENTERPRISE"),
                fails("a cooperation with a partner only", () -> compliantPole().with(association("p").partner())
                        .withCooperations(cooperation("c", CooperationType.PREMISES, COURSIVE, "p")), "D3-MEMBER-STRATEGY"),
                fails("an ORGANISATIONAL-only project", () -> compliantPole().withProjects(
                        project("p", Innovation.ORGANISATIONAL)), "D3-INNOVATIVE-PROJECT"),
                fails("no territory", () -> compliantPole().withoutTerritory(), "D3-DELIMITED-TERRITORY"),
                fails("AAP-PTCE-2013 support", () -> compliantPole().withStateSupport("AAP-PTCE-2013"),
                        "D3-NO-PRIOR-STATE-SUPPORT"),
                passes("AMI-PTCE-2021 support", () -> compliantPole().withStateSupport("AMI-PTCE-2021"),
                        "D3-NO-PRIOR-STATE-SUPPORT"),
                // CHARTE-LABO-ESS
                fails("ESS votes 3 of 7, below 50 %", () -> compliantPole().withBoardSeats(seat(COURSIVE, 1),
                        seat(ZUTIQUE, 1), seat(SCIC, 1), seat(IMPRIMERIE, 2), seat(VILLE, 1), seat(UNIVERSITE, 1)),
                        "CH-ESS-LED-GOVERNANCE"),
                passes("ESS votes at exactly 50 %", () -> compliantPole().withBoardSeats(seat(COURSIVE, 1),
                        seat(ZUTIQUE, 1), seat(SCIC, 1), seat(IMPRIMERIE, 1), seat(VILLE, 1), seat(UNIVERSITE, 1)),
                        "CH-ESS-LED-GOVERNANCE"),
                fails("coursive holds 4 votes of 7", () -> compliantPole().withBoardSeats(seat(COURSIVE, 4),
                        seat(ZUTIQUE, 1), seat(SCIC, 1), seat(IMPRIMERIE, 1)), "CH-NO-DOMINANT-MEMBER"),
                notApplicable("no decision-making body", () -> compliantPole().withoutBodies(), "CH-NO-DOMINANT-MEMBER"),
                fails("public bodies hold 4 votes of 7", () -> compliantPole().withBoardSeats(seat(COURSIVE, 1),
                        seat(ZUTIQUE, 1), seat(SCIC, 1), seat(VILLE, 2), seat(UNIVERSITE, 1), seat(GRETA, 1)),
                        "CH-PUBLIC-NOT-DOMINANT"),
                notApplicable("no decision-making body", () -> compliantPole().withoutBodies(), "CH-PUBLIC-NOT-DOMINANT"),
                fails("a non-ESS carrier", () -> compliantPole().withCarrier(IMPRIMERIE), "CH-ESS-CARRIER"),
                notApplicable("the carrier left before the as-of date", () -> compliantPole()
                        .with(coursive().leftOn(BEFORE)), "CH-ESS-CARRIER"),
                notApplicable("no carrier", () -> compliantPole().withCarrier(null), "CH-ESS-CARRIER"),
                fails("a non-ESS animator", () -> compliantPole().withAnimator(UNIVERSITE), "CH-ANIMATION"),
                fails("two families", () -> compliantPole().without(VILLE, UNIVERSITE, GRETA), "CH-MULTI-ACTOR"),
                fails("5 of 7 members anchored", () -> compliantPole().with(universite().commune(PARIS))
                        .with(greta().commune(LYON)), "CH-TERRITORIAL-ANCHORING"),
                passes("3 of 4 members anchored (75 %, inclusive)", () -> compliantPole().without(VILLE, UNIVERSITE, GRETA)
                        .with(imprimerie().commune(PARIS)), "CH-TERRITORIAL-ANCHORING"),
                fails("two départements", () -> compliantPole().withTerritoryOfCommunes(DIJON, CHALON),
                        "CH-TERRITORY-SCALE"),
                notApplicable("no territory", () -> compliantPole().withoutTerritory(), "CH-TERRITORY-SCALE"),
                fails("only know-how sharing", () -> compliantPole().withCooperations(
                        cooperation("c", CooperationType.KNOWLEDGE, COURSIVE, IMPRIMERIE)), "CH-REAL-POOLING"),
                fails("a technological project only", () -> compliantPole().withProjects(
                        project("p", Innovation.TECHNOLOGICAL)), "CH-SOCIAL-INNOVATION"),
                // data rules
                fails("a congrégation", () -> compliantPole().with(congregation), "DATA-ESS-STATUS-UNKNOWN"),
                passes("a GIE (not an ESS form: NOT_ESS)", () -> compliantPole().with(gie), "DATA-ESS-STATUS-UNKNOWN"),
                fails("an ASSOCIATION statute on a SARL", () -> compliantPole()
                        .with(imprimerie().statute(Statute.ASSOCIATION)), "DATA-STATUTE-CATEGORY-CONFLICT"),
                fails("an ESUS approval on statutes declared not ESS", () -> compliantPole()
                        .with(imprimerie().esusApproval(BEFORE, null)), "DATA-ESUS-WITHOUT-ESS-STATUTES"),
                fails("a public body flagged O", () -> compliantPole().with(villeDijon().sireneEss(SireneEss.O)),
                        "DATA-SIRENE-ESS-MISMATCH")));
        return cases;
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(Case c) {
        RuleDefinition rule = RuleCatalogue.standard().rule(c.ruleId()).orElseThrow();
        Referential referential = rule.isDataRule() ? Referential.LOI_2014_856_ART9
                : RuleCatalogue.standard().referential(rule.referential()).orElseThrow();

        ComplianceReport report = CHECKER.check(c.pole().get().build(), referential, Checks.OPTIONS);

        assertThat(report).rule(c.ruleId()).hasOutcome(c.expected());
        CASES_RUN.incrementAndGet();
    }
}
