package fr.ptce.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.benchmarks.ReferenceChecker.Check;
import fr.ptce.benchmarks.ReferenceChecker.EntryFacts;
import fr.ptce.benchmarks.ReferenceChecker.ReferentialCheck;
import fr.ptce.benchmarks.ReferenceChecker.RuleCheck;
import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleBuilder;
import fr.ptce.model.Role;
import fr.ptce.model.Seat;
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import fr.ptce.model.classification.EssReason;
import fr.ptce.model.classification.EssStatus;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The oracle on hand-made poles at the boundaries rules-v2 settles, so that it is checked against the catalogue itself
 * and not only against Drools.
 */
class ReferenceCheckerTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final String SIREN_X = PoleGenerator.withLuhnDigit("12345678");
    private static final String SIREN_Y = PoleGenerator.withLuhnDigit("87654321");
    private final ReferenceChecker oracle = new ReferenceChecker();

    /**
     * Dijon (21231) in Dijon Métropole (242100410): an association, a SCOP, a SARL, the commune; every rule passes.
     */
    private static PoleBuilder base() {
        return Pole.builder("base", "Base").legalCategory("9220").carrier("asso")
                .territory(new Territory(null, null, List.of("242100410"), null, null))
                .sustainableLocalDevelopment(true)
                .member(Member.builder("asso", "Asso").legalCategory("9220").commune("21231"))
                .member(Member.builder("scop", "SCOP").legalCategory("5458").commune("21231"))
                .member(Member.builder("sarl", "SARL").legalCategory("5499").commune("21231"))
                .member(Member.builder("ville", "Ville").legalCategory("7210").commune("21231"))
                .animator("asso")
                .body(new DecisionBody("CA", true, List.of(new Seat("asso", 1), new Seat("scop", 1), new Seat("sarl", 1))))
                .cooperation("locaux", CooperationType.PREMISES, "asso", "sarl")
                .project("p", List.of(Innovation.SOCIAL), "asso");
    }

    /** A pole with just these members (no governance, cooperation or project), to look at the member rules. */
    private static PoleBuilder bare() {
        return Pole.builder("bare", "Bare").legalCategory("9220").territoryOfCommunes("21231")
                .sustainableLocalDevelopment(true);
    }

    private Map<String, Outcome> check(Pole pole) {
        return evaluate(pole, AS_OF).outcomes();
    }

    private Check evaluate(Pole pole, LocalDate asOf) {
        assertThat(PoleValidator.create().validate(pole)).as("valid input").isEmpty();
        return oracle.evaluate(pole, asOf);
    }

    private static RuleCheck result(Check check, String ruleId) {
        for (ReferentialCheck r : check.referentials()) {
            for (RuleCheck c : r.results()) {
                if (c.ruleId().equals(ruleId) && r.verdict() != Verdict.NOT_IN_FORCE) {
                    return c;
                }
            }
        }
        throw new AssertionError(ruleId + " not evaluated");
    }

    private static EntryFacts entry(Check check, String id) {
        return check.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theBasePolePassesEveryRule() {
        Check check = evaluate(base().build(), AS_OF);
        assertThat(check.outcomes().keySet()).containsExactlyElementsOf(ReferenceChecker.RULE_IDS);
        assertThat(check.outcomes()).allSatisfy((rule, outcome) -> assertThat(outcome).as(rule).isEqualTo(Outcome.PASSED));
        assertThat(check.referentials()).extracting(ReferentialCheck::verdict).containsOnly(Verdict.COMPLIANT);
        // lowest A (asso), then lowest B (sarl), then lowest C of a third person (scop, before ville)
        assertThat(result(check, "ART9-LINKED-PARTNER").evidence()).containsExactly("asso", "sarl", "scop");
        assertThat(result(check, "D3-THREE-LEGAL-PERSONS").evidence()).containsExactly("asso", "sarl", "scop");
        EntryFacts ville = entry(check, "ville");
        assertThat(ville.essReason()).isEqualTo(EssReason.PUBLIC_LAW);
        assertThat(ville.familyNames()).containsExactly("LOCAL_AUTHORITY");
        assertThat(ville.onTerritory()).isTrue();
    }

    @Test
    void beforeTheTextsApplyEveryRuleOfTheirReferentialsIsNotApplicable() {
        // no ESS member, no territory: every rule of the loi and the décret would fail if they applied
        Pole pole = Pole.builder("early", "Early")
                .member(Member.builder("sarl", "SARL").legalCategory("5499").essStatutes(false).sireneEss(SireneEss.O))
                .member(Member.builder("ville", "Ville").legalCategory("7210")).build();
        Map<LocalDate, List<Verdict>> expected = Map.of(
                LocalDate.of(2014, 8, 1), List.of(Verdict.NOT_IN_FORCE, Verdict.NOT_IN_FORCE, Verdict.NON_COMPLIANT),
                LocalDate.of(2014, 8, 2), List.of(Verdict.NON_COMPLIANT, Verdict.NOT_IN_FORCE, Verdict.NON_COMPLIANT),
                LocalDate.of(2015, 4, 17), List.of(Verdict.NON_COMPLIANT, Verdict.NOT_IN_FORCE, Verdict.NON_COMPLIANT),
                LocalDate.of(2015, 4, 18), List.of(Verdict.NON_COMPLIANT, Verdict.NON_COMPLIANT, Verdict.NON_COMPLIANT));
        expected.forEach((date, verdicts) -> {
            Check check = evaluate(pole, date);
            assertThat(check.referentials()).extracting(ReferentialCheck::verdict).as("as of %s", date)
                    .containsExactlyElementsOf(verdicts);
            for (ReferentialCheck r : check.referentials()) {
                assertThat(r.results()).hasSize(r.referential().equals(ReferenceChecker.CHARTE) ? 14
                        : r.referential().equals(ReferenceChecker.ART9) ? 13 : 12);
                if (r.verdict() == Verdict.NOT_IN_FORCE) {
                    // data rules included: nothing is evaluated, no evidence
                    assertThat(r.results()).allSatisfy(c -> {
                        assertThat(c.outcome()).as(c.ruleId()).isEqualTo(Outcome.NOT_APPLICABLE);
                        assertThat(c.evidence()).isEmpty();
                    });
                } else {
                    assertThat(r.result("DATA-SIRENE-ESS-MISMATCH").outcome()).isEqualTo(Outcome.FAILED);
                }
            }
            // the flattened view: the data rules as the charter (always in force) evaluates them
            assertThat(check.outcomes()).containsEntry("DATA-SIRENE-ESS-MISMATCH", Outcome.FAILED);
        });
        assertThat(evaluate(pole, LocalDate.of(2014, 8, 1)).outcomes()).containsEntry("ART9-ESS-ENTERPRISE",
                Outcome.NOT_APPLICABLE);
    }

    @Test
    void theLegalEntityIsNeverAConstituentButItsSeatsCarrierRoleAndDataCount() {
        Pole pole = base().legalEntity("asso")
                .replaceMember(Member.builder("asso", "Asso").legalCategory("9220").commune("21231")
                        .sireneEss(SireneEss.N).build()).build();
        Check check = evaluate(pole, AS_OF);
        assertThat(entry(check, "asso").constituent()).isFalse();
        assertThat(entry(check, "scop").constituent()).isTrue();
        Map<String, Outcome> out = check.outcomes();
        assertThat(result(check, "ART9-ESS-ENTERPRISE").evidence()).containsExactly("scop");
        // the only cooperation joins the legal entity and the SARL: one participant counts
        assertThat(out).containsEntry("ART9-CONTINUING-STRATEGY", Outcome.FAILED)
                .containsEntry("D3-MEMBER-STRATEGY", Outcome.FAILED)
                .containsEntry("CH-REAL-POOLING", Outcome.FAILED)
                // seats, carrier and animator consider every active entry, the legal entity included
                .containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.PASSED)
                .containsEntry("CH-ESS-CARRIER", Outcome.PASSED)
                .containsEntry("CH-ANIMATION", Outcome.PASSED)
                // so do the data rules: an ESS association flagged N
                .containsEntry("DATA-SIRENE-ESS-MISMATCH", Outcome.FAILED);
        assertThat(result(check, "DATA-SIRENE-ESS-MISMATCH").evidence()).containsExactly("asso");
        assertThat(result(check, "ART9-LINKED-PARTNER").evidence()).containsExactly("scop", "sarl", "ville");
        assertThat(result(check, "CH-MULTI-ACTOR").evidence()).containsExactly("sarl", "scop", "ville");
        assertThat(result(check, "CH-ESS-LED-GOVERNANCE").evidence()).containsExactly("asso", "scop");

        // the pole's category: its own, else its legal entity's
        Pole informal = base().legalCategory(null).build();
        assertThat(check(informal)).containsEntry("D3-PRIVATE-LEGAL-PERSON", Outcome.FAILED);
        Pole byEntity = base().legalCategory(null).legalEntity("asso").build();
        assertThat(check(byEntity)).containsEntry("D3-PRIVATE-LEGAL-PERSON", Outcome.PASSED);
        Pole byPublicEntity = base().legalCategory(null).legalEntity("ville").build();
        assertThat(check(byPublicEntity)).containsEntry("D3-PRIVATE-LEGAL-PERSON", Outcome.FAILED)
                .containsEntry("ART9-LOCAL-AUTHORITY-LINK", Outcome.FAILED); // the commune no longer counts
        Pole state = base().legalCategory("7172").build();
        assertThat(check(state)).containsEntry("D3-PRIVATE-LEGAL-PERSON", Outcome.FAILED); // "state", not "yes"
    }

    @Test
    void distinctPersonsTheStateOnceOneSirenOnceNaturalPersonsAlwaysApart() {
        // a DDETS entered as an enterprise, and a DREETS: the State twice is one person, so no third person
        PoleBuilder state = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("ddets", "DDETS").legalCategory("7172").roles(Role.ENTERPRISE))
                .member(Member.builder("dreets", "DREETS").legalCategory("7171"));
        Check twice = evaluate(state.build(), AS_OF);
        assertThat(entry(twice, "ddets").person()).isEqualTo(entry(twice, "dreets").person());
        assertThat(twice.outcomes()).containsEntry("D3-THREE-LEGAL-PERSONS", Outcome.FAILED)
                .containsEntry("ART9-LINKED-PARTNER", Outcome.FAILED)
                .containsEntry("D3-NON-ESS-ENTERPRISE", Outcome.PASSED);
        Check withCommune = evaluate(state.member(Member.builder("ville", "Ville").legalCategory("7210")).build(), AS_OF);
        assertThat(result(withCommune, "D3-THREE-LEGAL-PERSONS").evidence()).containsExactly("asso", "ddets", "ville");

        // two establishments of one company are one person
        PoleBuilder siren = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("sarl-a", "SARL Dijon").legalCategory("5499").siren(SIREN_X))
                .member(Member.builder("sarl-b", "SARL Beaune").legalCategory("5499").siren(SIREN_X));
        assertThat(check(siren.build())).containsEntry("D3-THREE-LEGAL-PERSONS", Outcome.FAILED)
                .containsEntry("ART9-LINKED-PARTNER", Outcome.FAILED);
        // a citizen is a third person for the loi (any person), not for the décret (legal persons)
        Check citizen = evaluate(siren.member(Member.builder("cit", "Habitante").naturalPerson(true)).build(), AS_OF);
        assertThat(result(citizen, "ART9-LINKED-PARTNER").evidence()).containsExactly("asso", "sarl-a", "cit");
        assertThat(citizen.outcomes()).containsEntry("D3-THREE-LEGAL-PERSONS", Outcome.FAILED);

        // a natural person carrying a company's SIREN is still a person of its own
        Pole natural = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("sarl", "SARL").legalCategory("5499").siren(SIREN_X))
                .member(Member.builder("gerante", "Gérante").naturalPerson(true).siren(SIREN_X)).build();
        assertThat(result(evaluate(natural, AS_OF), "ART9-LINKED-PARTNER").evidence())
                .containsExactly("asso", "sarl", "gerante");

        // a State service carrying another entry's SIREN: both clauses of 2.1 hold, so one person
        Pole both = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220").siren(SIREN_Y))
                .member(Member.builder("sarl", "SARL").legalCategory("5499"))
                .member(Member.builder("prefecture", "Préfecture").legalCategory("7179").siren(SIREN_Y)).build();
        Check union = evaluate(both, AS_OF);
        assertThat(entry(union, "prefecture").person()).isEqualTo(entry(union, "asso").person());
        assertThat(union.outcomes()).containsEntry("ART9-LINKED-PARTNER", Outcome.FAILED);
    }

    @Test
    void noPersonDominatesABodyTheStateCountingOnce() {
        Pole state = base().member(Member.builder("ddets", "DDETS").legalCategory("7172").partner())
                .member(Member.builder("dreets", "DREETS").legalCategory("7171").partner())
                .clearBodies().body(new DecisionBody("Comité des financeurs", true,
                        List.of(new Seat("ddets", 1), new Seat("dreets", 1), new Seat("asso", 1)))).build();
        Check check = evaluate(state, AS_OF);
        assertThat(result(check, "CH-NO-DOMINANT-MEMBER").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result(check, "CH-NO-DOMINANT-MEMBER").evidence()).containsExactly("ddets", "dreets");
        assertThat(result(check, "CH-PUBLIC-NOT-DOMINANT").evidence()).containsExactly("ddets", "dreets");

        PoleBuilder siren = base().replaceMember(Member.builder("sarl", "SARL").legalCategory("5499").siren(SIREN_X)
                        .commune("21231").build())
                .member(Member.builder("sarl-b", "SARL 2").legalCategory("5499").siren(SIREN_X).commune("21231"))
                .clearBodies();
        Pole half = siren.body(new DecisionBody("CA", true, List.of(new Seat("sarl", 1), new Seat("sarl-b", 1),
                new Seat("asso", 1), new Seat("scop", 1)))).build();
        assertThat(check(half)).containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.PASSED); // 2 of 4: not more than half
        Pole over = siren.clearBodies().body(new DecisionBody("CA", true, List.of(new Seat("sarl", 1),
                new Seat("sarl-b", 2), new Seat("asso", 1), new Seat("scop", 1)))).build();
        assertThat(result(evaluate(over, AS_OF), "CH-NO-DOMINANT-MEMBER").evidence()).containsExactly("sarl", "sarl-b");
    }

    @Test
    void essLedGovernanceNeedsAtLeastTheShareComparedExactly() {
        Pole half = base().clearBodies().body(new DecisionBody("CA", true, List.of(new Seat("asso", 1), new Seat("sarl", 1))))
                .build();
        assertThat(check(half)).containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.PASSED) // ≥ 0.5, a SCIC's collèges
                .containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.PASSED);
        Pole seventy = base().clearBodies().body(new DecisionBody("CA", true,
                List.of(new Seat("asso", 7), new Seat("sarl", 3)))).build();
        assertThat(oracle.check(seventy, AS_OF, new Thresholds(0.7, 3, 0.75)))
                .containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.PASSED);
        RuleCheck failed = oracle.evaluate(seventy, AS_OF, new Thresholds(0.71, 3, 0.75)).referential(ReferenceChecker.CHARTE)
                .result("CH-ESS-LED-GOVERNANCE");
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.remedyFigure()).isEqualTo(1L); // 8 / 11 ≥ 0.71
        // the least-ESS failing body gets the remedy: 1 of 4 needs 2 more ESS votes (3 of 6)
        Pole two = base().clearBodies()
                .body(new DecisionBody("CA", true, List.of(new Seat("asso", 2), new Seat("sarl", 3))))
                .body(new DecisionBody("AG", true, List.of(new Seat("asso", 1), new Seat("sarl", 3)))).build();
        assertThat(result(evaluate(two, AS_OF), "CH-ESS-LED-GOVERNANCE").remedyFigure()).isEqualTo(2L);
        // a body whose only seat is inactive fails, with no figure; it passes the dominance rules
        Pole empty = base().clearBodies().body(new DecisionBody("CA", true, List.of(new Seat("asso", 1))))
                .replaceMember(Member.builder("asso", "Asso").legalCategory("9220").commune("21231")
                        .leftOn(AS_OF).build()).build();
        Check noSeat = evaluate(empty, AS_OF);
        assertThat(result(noSeat, "CH-ESS-LED-GOVERNANCE").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result(noSeat, "CH-ESS-LED-GOVERNANCE").remedyFigure()).isNull();
        assertThat(noSeat.outcomes()).containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.PASSED)
                .containsEntry("CH-PUBLIC-NOT-DOMINANT", Outcome.PASSED);
        Pole noBody = base().clearBodies().body(new DecisionBody("Comité", false, List.of(new Seat("sarl", 1)))).build();
        assertThat(check(noBody)).containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.FAILED)
                .containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-PUBLIC-NOT-DOMINANT", Outcome.NOT_APPLICABLE);
        Pole publicHalf = base().clearBodies().body(new DecisionBody("CA", true,
                List.of(new Seat("asso", 3), new Seat("ville", 3)))).build();
        assertThat(check(publicHalf)).containsEntry("CH-PUBLIC-NOT-DOMINANT", Outcome.PASSED)
                .containsEntry("CH-ESS-LED-GOVERNANCE", Outcome.PASSED);
    }

    @Test
    void anchoringCountsDistinctLegalPersonsAmongMembers() {
        // the SARL has two establishments, one in Paris: the person is anchored by the other (4 of 4 persons);
        // counted by entries it would be 4 of 5
        PoleBuilder b = base().replaceMember(Member.builder("sarl", "SARL").legalCategory("5499").siren(SIREN_X)
                        .commune("75056").build())
                .member(Member.builder("sarl-dijon", "SARL Dijon").legalCategory("5499").siren(SIREN_X).commune("21231"));
        assertThat(oracle.check(b.build(), AS_OF, new Thresholds(0.5, 3, 1.0)))
                .containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.PASSED);
        // natural persons and partners are not counted: 4 of 6 legal persons against 0.75, 1 more to locate
        b.member(Member.builder("cit", "Habitant").naturalPerson(true).commune("75056"))
                .member(Member.builder("region", "Région").legalCategory("7230").commune("75056").partner())
                .member(Member.builder("far", "Loin").legalCategory("9220").commune("75056"))
                .member(Member.builder("far2", "Loin 2").legalCategory("9220").commune("75056"));
        Check check = evaluate(b.build(), AS_OF);
        RuleCheck anchoring = result(check, "CH-TERRITORIAL-ANCHORING");
        assertThat(anchoring.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(anchoring.evidence()).containsExactly("far", "far2");
        assertThat(anchoring.remedyFigure()).isEqualTo(1L); // ⌈0.75 × 6⌉ − 4
        assertThat(result(check, "ART9-MEMBERS-ON-TERRITORY").evidence())
                .containsExactly("cit", "far", "far2", "sarl"); // members with a commune outside (not partners)
    }

    @Test
    void callsForProjectsCountWhenDecidedExpressionsOfInterestNever() {
        LocalDate d = LocalDate.of(2016, 1, 20);
        Pole ami = base().stateSupport(new StateSupport("AMI-PTCE-2021", 2021, null, LocalDate.of(2021, 9, 1))).build();
        Check amiCheck = evaluate(ami, AS_OF);
        assertThat(result(amiCheck, "D3-NO-PRIOR-STATE-SUPPORT").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(result(amiCheck, "D3-NO-PRIOR-STATE-SUPPORT").evidence()).containsExactly("AMI-PTCE-2021");
        assertThat(result(evaluate(ami, LocalDate.of(2021, 8, 31)), "D3-NO-PRIOR-STATE-SUPPORT").evidence()).isEmpty();

        Pole decided = base().stateSupport(new StateSupport("AAP-PTCE-2015", 2016, null, d)).build();
        assertThat(oracle.check(decided, d.minusDays(1))).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.PASSED);
        assertThat(oracle.check(decided, d)).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.FAILED);
        Pole yearOnly = base().stateSupport(new StateSupport("AAP-PTCE-2015", 2016, null)).build();
        assertThat(oracle.check(yearOnly, LocalDate.of(2015, 12, 31))).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.PASSED);
        assertThat(oracle.check(yearOnly, LocalDate.of(2016, 1, 1))).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.FAILED);
        Pole neither = base().stateSupport(new StateSupport("AAP-PTCE-2025", null, null)).build();
        assertThat(oracle.check(neither, LocalDate.of(2015, 4, 18))).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.FAILED);
        // the decision date wins over the year
        Pole early = base().stateSupport(new StateSupport("AAP-PTCE-2013", 2016, null, LocalDate.of(2014, 12, 20))).build();
        assertThat(oracle.check(early, LocalDate.of(2015, 6, 1))).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.FAILED);
        Pole notACall = base().stateSupport(new StateSupport("aap-ptce-2013", 2014, null)).build();
        assertThat(check(notACall)).containsEntry("D3-NO-PRIOR-STATE-SUPPORT", Outcome.PASSED);
    }

    @Test
    void theEssStatusFollowsTheFirstLineThatApplies() {
        LocalDate lastYear = AS_OF.minusYears(1);
        Pole pole = bare()
                .member(Member.builder("cit", "Habitante").naturalPerson(true).roles(Role.ENTERPRISE)
                        .statute(Statute.ASSOCIATION).naf("85.59A"))
                .member(Member.builder("ei", "Entrepreneur").legalCategory("1000"))
                .member(Member.builder("aarpi", "AARPI").legalCategory("9224"))
                .member(Member.builder("ville", "Ville").legalCategory("7210").sireneEss(SireneEss.O))
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("scic", "SCIC SAS").legalCategory("5710").statute(Statute.SCIC))
                .member(Member.builder("gie", "GIE").legalCategory("6220").statute(Statute.GEIQ).sireneEss(SireneEss.O)
                        .essStatutes(true))
                .member(Member.builder("esus", "SARL ESUS").legalCategory("5499").essStatutes(false)
                        .esusApproval(lastYear, null))
                .member(Member.builder("lapsed", "SARL").legalCategory("5499").essStatutes(true)
                        .esusApproval(lastYear, AS_OF))
                .member(Member.builder("no", "SARL").legalCategory("5499").essStatutes(false).sireneEss(SireneEss.O))
                .member(Member.builder("foreign", "Ltd").legalCategory("3120").sireneEss(SireneEss.O))
                .member(Member.builder("sas", "SAS").legalCategory("5710"))
                .member(Member.builder("congr", "Congrégation").legalCategory("9240").statute(Statute.ASSOCIATION))
                .member(Member.builder("labo", "EPIC de recherche").legalCategory("4110").naf("72.19Z"))
                .member(Member.builder("iut", "Établissement").legalCategory("7384").naf("85.41Z"))
                .member(Member.builder("sica", "SICA").legalCategory("5432"))
                .member(Member.builder("ddets", "DDETS").legalCategory("7172"))
                .build();
        Check check = evaluate(pole, AS_OF);
        Object[][] expected = {
                {"cit", EssReason.NATURAL_PERSON, List.of("OTHER"), List.of("CITIZEN")},
                {"ei", EssReason.NO_LEGAL_PERSONALITY, List.of("ENTERPRISE"), List.of("NON_ESS_ENTERPRISE")},
                {"aarpi", EssReason.NO_LEGAL_PERSONALITY, List.of("OTHER"), List.of()},
                {"ville", EssReason.PUBLIC_LAW, List.of("LOCAL_AUTHORITY"), List.of("LOCAL_AUTHORITY")},
                {"asso", EssReason.ESS_FORM, List.of("ENTERPRISE"), List.of("ESS_ENTERPRISE")},
                {"scic", EssReason.ESS_STATUTE, List.of("ENTERPRISE"), List.of("ESS_ENTERPRISE")},
                {"gie", EssReason.NON_ESS_FORM, List.of("ENTERPRISE"), List.of("NON_ESS_ENTERPRISE")},
                {"esus", EssReason.ESUS_APPROVAL, List.of("ENTERPRISE"), List.of("ESS_ENTERPRISE")},
                {"lapsed", EssReason.ESS_STATUTES, List.of("ENTERPRISE"), List.of("ESS_ENTERPRISE")},
                {"no", EssReason.STATUTES_NOT_ESS, List.of("ENTERPRISE"), List.of("NON_ESS_ENTERPRISE")},
                {"foreign", EssReason.SIRENE_FLAG, List.of("ENTERPRISE"), List.of("ESS_ENTERPRISE")},
                {"sas", EssReason.NO_ESS_EVIDENCE, List.of("ENTERPRISE"), List.of("NON_ESS_ENTERPRISE")},
                {"congr", EssReason.NEEDS_REVIEW, List.of("OTHER"), List.of()},
                {"labo", EssReason.PUBLIC_LAW, List.of("RESEARCH_CENTRE"), List.of("RESEARCH_OR_HIGHER_EDUCATION")},
                {"iut", EssReason.PUBLIC_LAW, List.of("TRAINING_BODY"), List.of("TRAINING_BODY")},
                {"sica", EssReason.ESS_FORM, List.of("ENTERPRISE"), List.of("ESS_ENTERPRISE")},
                {"ddets", EssReason.PUBLIC_LAW, List.of("OTHER"), List.of()},
        };
        for (Object[] row : expected) {
            EntryFacts f = entry(check, (String) row[0]);
            assertThat(f.essReason()).as("%s", row[0]).isEqualTo(row[1]);
            assertThat(f.roleNames()).as("%s roles", row[0]).isEqualTo(row[2]);
            assertThat(f.familyNames()).as("%s families", row[0]).isEqualTo(row[3]);
        }
        assertThat(entry(check, "congr").essStatus()).isEqualTo(EssStatus.UNKNOWN);
        assertThat(entry(check, "aarpi").legalPerson()).isFalse();
        assertThat(entry(check, "ddets").legalPerson()).isTrue();
        assertThat(result(check, "DATA-ESS-STATUS-UNKNOWN").evidence()).containsExactly("congr");
        assertThat(result(check, "DATA-STATUTE-CATEGORY-CONFLICT").evidence()).containsExactly("cit", "congr", "gie");
        assertThat(result(check, "DATA-SIRENE-ESS-MISMATCH").evidence()).containsExactly("gie", "no", "ville");
        // ESUS beats essStatutes false, and the contradiction is reported; an approval ending today is over
        assertThat(result(check, "DATA-ESUS-WITHOUT-ESS-STATUTES").evidence()).containsExactly("esus");
        // a research EPIC by its activity is not an enterprise
        assertThat(result(check, "ART9-ASSOCIATED-ENTERPRISE").evidence()).containsExactly("ei", "gie", "no", "sas");
    }

    @Test
    void readingsSettledOnReview() {
        // a pole whose only link to enterprises is a business club: the décret's grouping, not the loi's enterprise
        Pole club = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("club", "Club d'entreprises").legalCategory("9220").enterpriseGrouping(30, 20))
                .member(Member.builder("ville", "Ville").legalCategory("7210")).build();
        assertThat(check(club)).containsEntry("D3-THREE-LEGAL-PERSONS", Outcome.PASSED)
                .containsEntry("D3-NON-ESS-ENTERPRISE", Outcome.PASSED)
                .containsEntry("ART9-ASSOCIATED-ENTERPRISE", Outcome.FAILED)
                .containsEntry("ART9-LINKED-PARTNER", Outcome.FAILED);
        Pole halfClub = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("club", "Club").legalCategory("9220").enterpriseGrouping(10, 5))
                .member(Member.builder("ville", "Ville").legalCategory("7210")).build();
        assertThat(check(halfClub)).containsEntry("D3-NON-ESS-ENTERPRISE", Outcome.FAILED);
        // a sole trader is a non-ESS enterprise, not a legal person
        Pole soleTrader = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("ei", "EI").legalCategory("1000"))
                .member(Member.builder("ville", "Ville").legalCategory("7210")).build();
        assertThat(check(soleTrader)).containsEntry("ART9-ASSOCIATED-ENTERPRISE", Outcome.PASSED)
                .containsEntry("ART9-LINKED-PARTNER", Outcome.PASSED)
                .containsEntry("D3-NON-ESS-ENTERPRISE", Outcome.FAILED)
                .containsEntry("D3-THREE-LEGAL-PERSONS", Outcome.FAILED);
        // the décret's strategy is "entre ses membres": a member and a partner are not enough
        Pole withPartner = bare()
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("ville", "Ville").legalCategory("7210").partner())
                .cooperation("c", CooperationType.KNOWLEDGE, "asso", "ville").build();
        assertThat(check(withPartner)).containsEntry("ART9-CONTINUING-STRATEGY", Outcome.PASSED)
                .containsEntry("D3-MEMBER-STRATEGY", Outcome.FAILED);
        // the triple in members[] order: C may come before A and B
        Pole order = bare()
                .member(Member.builder("cit", "Habitant").naturalPerson(true))
                .member(Member.builder("sarl", "SARL").legalCategory("5499"))
                .member(Member.builder("asso", "Asso").legalCategory("9220"))
                .member(Member.builder("asso2", "Asso 2").legalCategory("9220")).build();
        Check ordered = evaluate(order, AS_OF);
        assertThat(result(ordered, "ART9-LINKED-PARTNER").evidence()).containsExactly("asso", "sarl", "cit");
        assertThat(result(ordered, "D3-THREE-LEGAL-PERSONS").evidence()).containsExactly("asso", "sarl", "asso2");
    }

    @Test
    void seatsOfInactiveMembersAreDropped() {
        Pole pole = base().clearBodies().body(new DecisionBody("CA", true, List.of(new Seat("asso", 1), new Seat("sarl", 1))))
                .replaceMember(Member.builder("sarl", "SARL").legalCategory("5499").commune("21231")
                        .leftOn(AS_OF).build()).build(); // left on the as-of date: inactive
        assertThat(check(pole)).containsEntry("CH-NO-DOMINANT-MEMBER", Outcome.FAILED) // asso alone holds every vote
                .containsEntry("CH-REAL-POOLING", Outcome.FAILED)
                .containsEntry("ART9-CONTINUING-STRATEGY", Outcome.FAILED)
                .containsEntry("ART9-ASSOCIATED-ENTERPRISE", Outcome.FAILED);
    }

    @Test
    void aCooperationEndingOnTheAsOfDateIsActive() {
        Pole pole = base().cooperation(new Cooperation("fin", CooperationType.FINANCIAL, List.of("asso", "scop"),
                null, AS_OF, null)).build();
        Pole lapsed = base().cooperation(new Cooperation("fin", CooperationType.FINANCIAL, List.of("asso", "scop"),
                null, AS_OF.minusDays(1), null)).build();
        assertThat(oracle.check(withoutPremises(lapsed), AS_OF)).containsEntry("CH-REAL-POOLING", Outcome.FAILED);
        assertThat(oracle.check(withoutPremises(pole), AS_OF)).containsEntry("CH-REAL-POOLING", Outcome.PASSED);
    }

    private static Pole withoutPremises(Pole p) {
        return new Pole(1, p.id(), p.name(), p.legalCategory(), p.legalEntity(), p.carrier(), p.foundedOn(),
                p.territory(), p.aims(), p.members(), p.governance(),
                p.cooperations().stream().filter(c -> !c.id().equals("locaux")).toList(), p.projects(), p.stateSupport());
    }

    @Test
    void carrierAnimatorAndTerritory() {
        Pole inactiveCarrier = base().replaceMember(Member.builder("asso", "Asso").legalCategory("9220").commune("21231")
                .joinedOn(AS_OF.plusDays(1)).build()).build();
        assertThat(oracle.check(inactiveCarrier, AS_OF)).containsEntry("CH-ESS-CARRIER", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-ANIMATION", Outcome.FAILED);
        Pole noTerritory = base().territory(null).build();
        assertThat(check(noTerritory)).containsEntry("ART9-MEMBERS-ON-TERRITORY", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-TERRITORY-SCALE", Outcome.NOT_APPLICABLE)
                .containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.FAILED)
                .containsEntry("ART9-SAME-TERRITORY", Outcome.FAILED)
                .containsEntry("D3-DELIMITED-TERRITORY", Outcome.FAILED);
        Pole region = base().territory(new Territory(null, null, null, null, List.of("27"))).build();
        assertThat(check(region)).containsEntry("CH-TERRITORY-SCALE", Outcome.FAILED)
                .containsEntry("CH-TERRITORIAL-ANCHORING", Outcome.PASSED);
        // two arrondissements of one commune are not each other's territory; the commune covers them
        Pole paris4 = base().territoryOfCommunes("75104")
                .replaceMember(Member.builder("asso", "Asso").legalCategory("9220").commune("75108").build()).build();
        assertThat(entry(evaluate(paris4, AS_OF), "asso").onTerritory()).isFalse();
        Pole paris = base().territoryOfCommunes("75056")
                .replaceMember(Member.builder("asso", "Asso").legalCategory("9220").commune("75108").build()).build();
        assertThat(entry(evaluate(paris, AS_OF), "asso").onTerritory()).isTrue();
        Pole atParis = base().territoryOfCommunes("75104")
                .replaceMember(Member.builder("asso", "Asso").legalCategory("9220").commune("75056").build()).build();
        assertThat(entry(evaluate(atParis, AS_OF), "asso").onTerritory()).isTrue();
    }
}
