package fr.ptce.rules;

import static fr.ptce.rules.support.TestPoles.IMPRIMERIE;
import static fr.ptce.rules.support.TestPoles.SCIC;
import static fr.ptce.rules.support.TestPoles.ZUTIQUE;
import static fr.ptce.rules.support.TestPoles.compliantPole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.ptce.model.CooperationType;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.rules.TimelineChange.Kind;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.TestPoles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The compliance timeline: change dates, one check per date, equal consecutive results merged into periods. */
class TimelineTest {
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Timeline timeline(Pole pole, LocalDate from, LocalDate to, Referential referential) {
        List<Timeline> timelines = Checks.checker().timeline(pole, from, to, referential);
        assertThat(timelines).hasSize(1);
        return timelines.get(0);
    }

    @Nested
    class ChangeDates {
        @Test
        void anEntryJoinsOnJoinedOnAndLeavesOnLeftOnItsFirstDayOutside() {
            Pole pole = compliantPole().with(TestPoles.sarl("menuiserie").joinedOn(d("2018-03-01"))
                    .leftOn(d("2021-06-30"))).build();

            assertThat(TimelineChange.of(pole)).filteredOn(c -> c.subjectId().equals("menuiserie"))
                    .extracting(TimelineChange::date, TimelineChange::kind)
                    .containsExactly(tuple(d("2018-03-01"), Kind.MEMBER_JOINED), tuple(d("2021-06-30"), Kind.MEMBER_LEFT));
        }

        @Test
        void aPartnerJoinsAndLeavesAsAPartner() {
            Pole pole = compliantPole().with(TestPoles.association("amis").partner().joinedOn(d("2019-01-01"))
                    .leftOn(d("2020-01-01"))).build();

            assertThat(TimelineChange.of(pole)).filteredOn(c -> c.subjectId().equals("amis"))
                    .extracting(TimelineChange::kind).containsExactly(Kind.PARTNER_JOINED, Kind.PARTNER_LEFT);
        }

        @Test
        void aCooperationEndsTheDayAfterItsInclusiveUntil() {
            Pole pole = compliantPole().withCooperations(TestPoles.cooperation("atelier", CooperationType.EQUIPMENT,
                    d("2017-01-01"), d("2020-06-30"), ZUTIQUE, SCIC)).build();

            assertThat(TimelineChange.of(pole)).filteredOn(c -> c.subjectId().equals("atelier"))
                    .extracting(TimelineChange::date, TimelineChange::kind)
                    .containsExactly(tuple(d("2017-01-01"), Kind.COOPERATION_STARTED),
                            tuple(d("2020-07-01"), Kind.COOPERATION_ENDED));
        }

        @Test
        void anEsusApprovalIsGrantedOnGrantedOnAndExpiresOnItsExclusiveExpiresOn() {
            Pole pole = compliantPole().with(TestPoles.sarl("recyclerie").esusApproval(d("2019-04-01"),
                    d("2024-04-01"))).build();

            assertThat(TimelineChange.of(pole)).filteredOn(c -> c.subjectId().equals("recyclerie"))
                    .extracting(TimelineChange::date, TimelineChange::kind)
                    .containsExactly(tuple(d("2019-04-01"), Kind.ESUS_GRANTED), tuple(d("2024-04-01"), Kind.ESUS_EXPIRED));
        }

        @Test
        void aStateSupportIsDatedByDecidedOnElseByTheFirstOfJanuaryOfItsYearElseNotAtAll() {
            Pole pole = compliantPole().withStateSupport("AAP-PTCE-2015", 2016, d("2016-01-14"))
                    .withStateSupport("AMI-PTCE-2021", 2022, null)
                    .withStateSupport("Fondation", null, null).build();

            assertThat(TimelineChange.of(pole)).filteredOn(c -> c.kind() == Kind.STATE_SUPPORT_DECIDED)
                    .extracting(TimelineChange::date, TimelineChange::subjectId)
                    .contains(tuple(d("2016-01-14"), "AAP-PTCE-2015"), tuple(d("2022-01-01"), "AMI-PTCE-2021"))
                    .doesNotContain(tuple(d("2016-01-01"), "AAP-PTCE-2015"));
            assertThat(TimelineChange.of(pole)).extracting(TimelineChange::subjectId).doesNotContain("Fondation");
        }

        @Test
        void changesComeSortedByDateAndNameTheEntry() {
            List<TimelineChange> changes = TimelineChange.of(compliantPole().build());

            assertThat(changes).extracting(TimelineChange::date).isSorted();
            assertThat(changes).filteredOn(c -> c.subjectId().equals(IMPRIMERIE))
                    .extracting(TimelineChange::name).containsExactly("Imprimerie bourguignonne");
        }

        @Test
        void theTextsEnterIntoForceOnTheirOwnDates() {
            assertThat(TimelineChange.textsInForce(RuleCatalogue.standard(), RuleCatalogue.standard().referentials()))
                    .extracting(TimelineChange::date, TimelineChange::subjectId)
                    .containsExactly(tuple(d("2014-08-02"), "LOI-2014-856-ART9"),
                            tuple(d("2015-04-18"), "DECRET-2015-431-ART3"));
        }
    }

    @Nested
    class Periods {
        @Test
        void aMemberLeavingStartsAPeriodOnItsLeftOnWithTheRulesThatStartedFailing() {
            Pole pole = compliantPole().with(TestPoles.imprimerie().leftOn(d("2021-06-30"))).build();

            Timeline t = timeline(pole, d("2020-01-01"), END, Referential.DECRET_2015_431_ART3);

            assertThat(t.periods()).extracting(TimelinePeriod::from, TimelinePeriod::to, TimelinePeriod::verdict)
                    .containsExactly(tuple(d("2020-01-01"), d("2021-06-29"), Verdict.COMPLIANT),
                            tuple(d("2021-06-30"), null, Verdict.NON_COMPLIANT));
            TimelinePeriod after = t.periods().get(1);
            assertThat(after.startedFailing()).contains("D3-NON-ESS-ENTERPRISE").isEqualTo(after.failedRules());
            assertThat(after.stoppedFailing()).isEmpty();
            assertThat(after.changes()).extracting(TimelineChange::kind, TimelineChange::subjectId)
                    .containsExactly(tuple(Kind.MEMBER_LEFT, IMPRIMERIE));
        }

        @Test
        void changesThatLeaveTheResultAsItWasAreMergedIntoOnePeriod() {
            Pole pole = compliantPole().with(TestPoles.association("amis").joinedOn(d("2021-01-01")))
                    .with(TestPoles.association("voisins").joinedOn(d("2022-01-01"))).build();

            Timeline t = timeline(pole, d("2020-01-01"), END, Referential.LOI_2014_856_ART9);

            assertThat(t.periods()).singleElement().satisfies(p -> {
                assertThat(p.from()).isEqualTo(d("2020-01-01"));
                assertThat(p.to()).isNull();
                assertThat(p.verdict()).isEqualTo(Checks.checker().check(pole, Referential.LOI_2014_856_ART9,
                        CheckOptions.builder().asOf(END).build()).verdict());
            });
        }

        @Test
        void theSameVerdictWithOtherFailedRulesIsAnotherPeriod() {
            // From 2021 the SARL is gone (D3-NON-ESS-ENTERPRISE fails); from 2022 the ESS enterprises are gone too
            // (D3-ESS-ENTERPRISE fails as well): NON_COMPLIANT both times, not for the same rules.
            Pole pole = compliantPole().with(TestPoles.imprimerie().leftOn(d("2021-01-01")))
                    .with(TestPoles.scic().leftOn(d("2022-01-01"))).with(TestPoles.zutique().leftOn(d("2022-01-01")))
                    .with(TestPoles.coursive().leftOn(d("2022-01-01"))).build();

            Timeline t = timeline(pole, d("2020-01-01"), END, Referential.DECRET_2015_431_ART3);

            assertThat(t.periods()).extracting(TimelinePeriod::from).containsExactly(d("2020-01-01"),
                    d("2021-01-01"), d("2022-01-01"));
            assertThat(t.periods().get(1).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
            assertThat(t.periods().get(2).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
            assertThat(t.periods().get(2).failedRules()).isNotEqualTo(t.periods().get(1).failedRules());
            assertThat(t.periods().get(2).startedFailing()).contains("D3-ESS-ENTERPRISE");
        }

        @Test
        void theEntryIntoForceOfTheTextsSplitsPeriods() {
            Pole pole = compliantPole().build();

            List<Timeline> all = Checks.checker().timeline(pole, d("2014-01-01"), END);

            assertThat(all).extracting(Timeline::referential).containsExactlyElementsOf(RuleCatalogue.standard().referentials());
            assertThat(all.get(0).periods()).extracting(TimelinePeriod::from, TimelinePeriod::verdict)
                    .startsWith(tuple(d("2014-01-01"), Verdict.NOT_IN_FORCE), tuple(d("2014-08-02"), Verdict.COMPLIANT));
            assertThat(all.get(0).periods().get(1).changes()).extracting(TimelineChange::kind)
                    .containsExactly(Kind.TEXT_IN_FORCE);
            assertThat(all.get(1).periods()).extracting(TimelinePeriod::from, TimelinePeriod::verdict)
                    .startsWith(tuple(d("2014-01-01"), Verdict.NOT_IN_FORCE), tuple(d("2015-04-18"), Verdict.COMPLIANT));
            assertThat(all.get(2).periods()).extracting(TimelinePeriod::verdict).doesNotContain(Verdict.NOT_IN_FORCE);
            assertThat(all.get(2).periods()).flatExtracting(TimelinePeriod::changes)
                    .extracting(TimelineChange::kind).doesNotContain(Kind.TEXT_IN_FORCE);
        }

        @Test
        void thePeriodsCoverTheWindowWithoutGaps() {
            Pole pole = compliantPole().with(TestPoles.imprimerie().leftOn(d("2021-06-30"))).build();

            Timeline t = timeline(pole, null, d("2024-12-31"), Referential.DECRET_2015_431_ART3);

            assertThat(t.from()).isEqualTo(pole.foundedOn());
            assertThat(t.periods().get(0).from()).isEqualTo(t.from());
            for (int i = 1; i < t.periods().size(); i++) {
                assertThat(t.periods().get(i).from()).isEqualTo(t.periods().get(i - 1).to().plusDays(1));
            }
            assertThat(t.periodOn(d("2021-06-29"))).map(TimelinePeriod::verdict).contains(Verdict.COMPLIANT);
            assertThat(t.periodOn(d("2021-06-30"))).map(TimelinePeriod::verdict).contains(Verdict.NON_COMPLIANT);
            assertThat(t.periodOn(d("2000-01-01"))).isEmpty();
        }

        @Test
        void theLastPeriodEndsOnTheWindowsEndWhenTheInputsChangeLater() {
            Pole pole = compliantPole().with(TestPoles.imprimerie().leftOn(d("2030-01-01"))).build();

            Timeline t = timeline(pole, d("2024-01-01"), END, Referential.DECRET_2015_431_ART3);

            assertThat(t.periods()).singleElement().extracting(TimelinePeriod::to).isEqualTo(END);
        }
    }

    @Nested
    class Window {
        @Test
        void withoutFoundationTheTimelineStartsOnTheEarliestChangeElseOnTheFirstInForceDate() {
            Pole dated = compliantPole().build().toBuilder().foundedOn(null).build();
            Member undated = Member.builder("a", "A").legalCategory("9220").build();
            Pole bare = Pole.builder("nu", "Nu").member(undated).build();

            assertThat(timeline(dated, null, END, Referential.CHARTE_LABO_ESS).from())
                    .isEqualTo(TimelineChange.of(dated).get(0).date());
            assertThat(timeline(bare, null, END, Referential.CHARTE_LABO_ESS).from()).isEqualTo(d("2014-08-02"));
        }

        @Test
        void theDefaultEndIsTheOptionsAsOfDate() {
            CheckOptions options = CheckOptions.builder().asOf(d("2023-03-03")).build();

            List<Timeline> t = Checks.checker().timeline(compliantPole().build(), null, null,
                    java.util.Set.of(Referential.CHARTE_LABO_ESS), options);

            assertThat(t.get(0).to()).isEqualTo(d("2023-03-03"));
        }

        @Test
        void aWindowThatEndsBeforeItStartsIsRefused() {
            assertThatThrownBy(() -> Checks.checker().timeline(compliantPole().build(), END, END.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after it ends");
        }

        @Test
        void anInvalidPoleIsRefusedWithItsProblems() {
            Pole invalid = compliantPole().build().toBuilder().carrier("nobody").build();

            assertThatThrownBy(() -> Checks.checker().timeline(invalid, null, END))
                    .isInstanceOf(PoleFormatException.class);
        }
    }
    @Nested
    class SameResultsAsACheck {
        @Test
        void everyPeriodHasTheVerdictAndFailedRulesOfACheckOnItsFirstAndLastDay() {
            Pole pole = compliantPole().with(TestPoles.imprimerie().leftOn(d("2021-06-30")))
                    .with(TestPoles.sarl("recyclerie").esusApproval(d("2019-04-01"), d("2024-04-01")))
                    .withCooperations(TestPoles.cooperation("atelier", CooperationType.EQUIPMENT, d("2017-01-01"),
                            d("2020-06-30"), ZUTIQUE, SCIC))
                    .withStateSupport("AAP-PTCE-2015", 2016, d("2016-01-14")).build();
            CheckOptions options = CheckOptions.builder().severity("CH-ANIMATION", Severity.ERROR).build();

            List<Timeline> timelines = Checks.checker().timeline(pole, d("2014-01-01"), END,
                    new java.util.LinkedHashSet<>(RuleCatalogue.standard().referentials()), options);

            int checked = 0;
            for (Timeline t : timelines) {
                for (TimelinePeriod p : t.periods()) {
                    for (LocalDate day : List.of(p.from(), p.to() == null ? END : p.to())) {
                        ComplianceReport report = Checks.checker().check(pole, t.referential(),
                                options.toBuilder().asOf(day).build());
                        assertThat(p.verdict()).as(t.referential() + " on " + day).isEqualTo(report.verdict());
                        assertThat(p.failedRules()).as(t.referential() + " on " + day)
                                .isEqualTo(report.failures().stream().map(RuleResult::ruleId).toList());
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(6);
        }
    }
}
