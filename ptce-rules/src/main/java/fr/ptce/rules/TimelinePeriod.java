package fr.ptce.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A period of a {@link Timeline} during which the pole's result against one referential stays the same: the same
 * verdict and the same set of failed rules.
 *
 * @param from           the first day of the period
 * @param to             the last day of the period (inclusive), or {@code null} when the period is open: it lasts
 *                       up to the timeline's end and nothing in the pole changes after that end
 * @param verdict        the verdict throughout the period
 * @param failedRules    the ids of the rules that fail throughout the period, in catalogue order
 * @param startedFailing the rules that fail from {@code from} on but did not fail in the previous period, in
 *                       catalogue order (empty for the first period)
 * @param stoppedFailing the rules that failed in the previous period and no longer fail from {@code from} on
 * @param changes        the input changes on {@code from} that concern this referential (for the first period:
 *                       those on the timeline's start); changes that left the result as it was are inside periods
 *                       and not listed
 */
public record TimelinePeriod(LocalDate from, LocalDate to, Verdict verdict, List<String> failedRules,
                             List<String> startedFailing, List<String> stoppedFailing, List<TimelineChange> changes) {

    /** Checks the values and copies the lists. */
    public TimelinePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(verdict, "verdict");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
        failedRules = List.copyOf(failedRules);
        startedFailing = List.copyOf(startedFailing);
        stoppedFailing = List.copyOf(stoppedFailing);
        changes = List.copyOf(changes);
    }

    /** True when the period contains {@code date}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
