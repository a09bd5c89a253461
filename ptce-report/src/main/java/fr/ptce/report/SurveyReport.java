package fr.ptce.report;

import fr.ptce.rules.Verdict;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The survey indicators over a set of poles, as a network looks at them (what {@link PoleSurvey} produces): how
 * many poles were read and how many files were broken, the verdicts per referential, the most failed rules, the
 * indicators (each a share with its numerator and denominator, ids documented in {@code docs/survey.md}) and the
 * distribution of the poles' sizes.
 *
 * @param asOf        the date every pole was checked and counted as of
 * @param poles       the number of poles read and checked
 * @param brokenFiles the inputs that could not be read or checked, sorted
 * @param verdicts    referential id → verdict → number of poles, every verdict listed
 * @param failedRules rule id → number of reports in which it failed, most failed first (ties by id)
 * @param indicators  the indicators, in the documented order
 * @param sizes       the distribution of the number of active members of a pole
 */
public record SurveyReport(LocalDate asOf, long poles, List<String> brokenFiles,
                           Map<String, Map<Verdict, Long>> verdicts, Map<String, Long> failedRules,
                           List<Indicator> indicators, Sizes sizes) {

    /** Copies the collections. */
    public SurveyReport {
        Objects.requireNonNull(asOf, "asOf");
        brokenFiles = List.copyOf(brokenFiles);
        Map<String, Map<Verdict, Long>> v = new LinkedHashMap<>();
        verdicts.forEach((k, m) -> v.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        verdicts = Collections.unmodifiableMap(v);
        failedRules = Collections.unmodifiableMap(new LinkedHashMap<>(failedRules));
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(sizes, "sizes");
    }

    /** The indicator with this id, if the survey has it. */
    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The {@code limit} most failed rules, most failed first. */
    public Map<String, Long> mostFailedRules(int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        failedRules.entrySet().stream().limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /**
     * One indicator: {@code numerator} of {@code denominator} counted things.
     *
     * @param id          stable id (documented in {@code docs/survey.md})
     * @param numerator   how many counted things have the property
     * @param denominator how many things were counted
     */
    public record Indicator(String id, long numerator, long denominator) {
        /** Checks the counts. */
        public Indicator {
            Objects.requireNonNull(id, "id");
            if (numerator < 0 || denominator < numerator) {
                throw new IllegalArgumentException(id + ": " + numerator + " of " + denominator);
            }
        }

        /** The share {@code numerator / denominator}, or empty when nothing was counted. */
        public Optional<Double> share() {
            return denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator);
        }
    }

    /**
     * The distribution of the poles' sizes (a pole's size: its active members, the report's {@code activeMembers}).
     * Quartiles are the nearest-rank ones (the smallest size with at least p % of the poles at or below it).
     *
     * @param poles     how many poles were measured
     * @param min       smallest size (0 when no pole)
     * @param q1        first quartile
     * @param median    median
     * @param q3        third quartile
     * @param max       largest size
     * @param histogram size class → number of poles, in order (classes named {@code "0-4"}, {@code "5-9"} … and
     *                  {@code "100+"})
     */
    public record Sizes(long poles, int min, int q1, int median, int q3, int max, Map<String, Long> histogram) {
        /** Copies the histogram. */
        public Sizes {
            histogram = Collections.unmodifiableMap(new LinkedHashMap<>(histogram));
        }
    }
}
