package fr.ptce.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance of one pole against one referential through time, as computed by
 * {@link ComplianceChecker#timeline}: consecutive periods, each with one verdict and one set of failed rules. Two
 * consecutive dates whose results have the same verdict and the same set of failed rules belong to the same period
 * (messages, evidence and figures may differ inside a period).
 *
 * @param pole        the pole's id
 * @param referential the referential
 * @param from        the first day evaluated
 * @param to          the last day evaluated (inclusive)
 * @param periods     the periods, in order, without gaps: the first starts on {@code from}; each ends the day before
 *                    the next starts; the last ends on {@code to}, or is open ({@code to} {@code null}) when nothing
 *                    in the pole changes after {@code to}
 */
public record Timeline(String pole, Referential referential, LocalDate from, LocalDate to,
                       List<TimelinePeriod> periods) {

    /** Checks the values and copies the periods. */
    public Timeline {
        Objects.requireNonNull(pole, "pole");
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a timeline has at least one period");
        }
    }

    /**
     * The period containing {@code date}: none before {@link #from()}; after {@link #to()}, the last period when it
     * is open.
     */
    public Optional<TimelinePeriod> periodOn(LocalDate date) {
        return periods.stream().filter(p -> p.contains(date)).findFirst();
    }
}
