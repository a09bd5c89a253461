package fr.ptce.rules;

import fr.ptce.model.Pole;
import fr.ptce.rules.internal.CheckFacts;
import fr.ptce.rules.internal.Engine;
import fr.ptce.rules.facts.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import fr.ptce.rules.internal.RuleBase;

/**
 * Computes timelines for {@link ComplianceChecker#timeline}: change dates, one rule session per date (outcomes only),
 * merged periods.
 */
final class TimelineBuilder {
    /** The default start when a pole gives no date: the first day the loi n° 2014-856 applies. */
    private static final LocalDate FIRST_IN_FORCE = LocalDate.of(2014, 8, 2);

    private TimelineBuilder() {
    }

    /** One evaluated date: the verdict and the failed rules, in catalogue order. */
    private record Point(LocalDate date, Verdict verdict, List<String> failed) {
        boolean sameResult(Point other) {
            return verdict == other.verdict && Set.copyOf(failed).equals(Set.copyOf(other.failed));
        }
    }

    /**
     * The default start of a timeline: the pole's {@code foundedOn}, else the earliest date of its changes, else the
     * first day a text of the catalogue applies (2014-08-02).
     */
    static LocalDate defaultFrom(Pole pole, List<TimelineChange> poleChanges) {
        if (pole.foundedOn() != null) {
            return pole.foundedOn();
        }
        return poleChanges.isEmpty() ? FIRST_IN_FORCE : poleChanges.get(0).date();
    }

    static List<Timeline> build(RuleBase rules, RuleCatalogue catalogue, Pole pole, LocalDate from, LocalDate to,
                                Set<Referential> referentials, CheckOptions options) {
        List<TimelineChange> poleChanges = TimelineChange.of(pole);
        LocalDate start = from != null ? from : defaultFrom(pole, poleChanges);
        LocalDate end = to != null ? to : options.asOfOrToday();
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("the timeline starts (" + start + ") after it ends (" + end + ")");
        }
        List<TimelineChange> changes = new ArrayList<>(poleChanges);
        changes.addAll(TimelineChange.textsInForce(catalogue, referentials));
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(start);
        boolean changesAfterEnd = false;
        for (TimelineChange c : changes) {
            if (c.date().isAfter(start) && !c.date().isAfter(end)) {
                dates.add(c.date());
            }
            changesAfterEnd |= c.date().isAfter(end) && c.kind() != TimelineChange.Kind.TEXT_IN_FORCE;
        }
        Map<Referential, List<Point>> points = new LinkedHashMap<>();
        for (LocalDate date : dates) {
            evaluate(rules, catalogue, pole, date, referentials, options, points);
        }
        List<Timeline> timelines = new ArrayList<>();
        for (Map.Entry<Referential, List<Point>> e : points.entrySet()) {
            Referential r = e.getKey();
            boolean textAfterEnd = catalogue.definition(r).inForce().map(d -> d.isAfter(end)).orElse(false);
            timelines.add(new Timeline(pole.id(), r, start, end,
                    merge(e.getValue(), changesOf(r, changes), end, changesAfterEnd || textAfterEnd)));
        }
        return timelines;
    }

    /**
     * Checks {@code pole} as of {@code date} and adds, per referential, its verdict and failed rules to
     * {@code points}: the same facts, session and verdicts as {@link ComplianceChecker#check}, without building the
     * explained reports (messages, evidence, remedies) that a timeline does not show.
     */
    private static void evaluate(RuleBase rules, RuleCatalogue catalogue, Pole pole, LocalDate date,
                                 Set<Referential> referentials, CheckOptions options,
                                 Map<Referential, List<Point>> points) {
        Set<Referential> inForce = Engine.inForce(catalogue, referentials, date);
        Map<String, Finding> findings = inForce.isEmpty() ? Map.of()
                : Engine.fire(rules, catalogue, inForce, options, date, new CheckFacts(pole, date));
        for (Referential r : catalogue.referentials()) {
            if (!referentials.contains(r)) {
                continue;
            }
            Point point;
            if (!inForce.contains(r)) {
                point = new Point(date, Verdict.NOT_IN_FORCE, List.of());
            } else {
                List<String> failed = new ArrayList<>();
                List<Severity> severities = new ArrayList<>();
                for (RuleDefinition rule : catalogue.rulesOf(r)) {
                    Finding finding = Engine.findingOf(findings, rule);
                    if (finding.outcome() == Outcome.FAILED) {
                        failed.add(rule.id());
                        severities.add(options.severities().getOrDefault(rule.id(), rule.severity()));
                    }
                }
                point = new Point(date, Verdict.ofFailures(severities), failed);
            }
            points.computeIfAbsent(r, k -> new ArrayList<>()).add(point);
        }
    }

    /** The changes that concern {@code r}: every change of the pole, and the entry into force of r's own text. */
    private static List<TimelineChange> changesOf(Referential r, List<TimelineChange> changes) {
        List<TimelineChange> result = new ArrayList<>();
        for (TimelineChange c : changes) {
            if (c.kind() != TimelineChange.Kind.TEXT_IN_FORCE || c.subjectId().equals(r.id())) {
                result.add(c);
            }
        }
        return result;
    }

    /** Merges consecutive points with the same verdict and the same set of failed rules into periods. */
    static List<TimelinePeriod> merge(List<Point> points, List<TimelineChange> changes, LocalDate end,
                                      boolean changesAfterEnd) {
        List<TimelinePeriod> periods = new ArrayList<>();
        Point first = null;
        Point previous = null;
        List<Point> starts = new ArrayList<>();
        for (Point p : points) {
            if (first == null || !p.sameResult(first)) {
                starts.add(p);
                first = p;
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            Point p = starts.get(i);
            LocalDate periodEnd = i + 1 < starts.size() ? starts.get(i + 1).date().minusDays(1)
                    : changesAfterEnd ? end : null;
            List<String> started = new ArrayList<>();
            List<String> stopped = new ArrayList<>();
            if (previous != null) {
                Set<String> before = new HashSet<>(previous.failed());
                Set<String> now = new HashSet<>(p.failed());
                p.failed().stream().filter(id -> !before.contains(id)).forEach(started::add);
                previous.failed().stream().filter(id -> !now.contains(id)).forEach(stopped::add);
            }
            List<TimelineChange> on = changes.stream().filter(c -> c.date().equals(p.date())).toList();
            periods.add(new TimelinePeriod(p.date(), periodEnd, p.verdict(), p.failed(), started, stopped, on));
            previous = p;
        }
        return periods;
    }
}
