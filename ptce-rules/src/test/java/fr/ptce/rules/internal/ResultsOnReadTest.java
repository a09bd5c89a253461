package fr.ptce.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Results explained on first read: what the check knew is there before, the sentences after, once. */
class ResultsOnReadTest {
    private static final Source SOURCE = new Source("Loi n° 2014-856, art. 9", "https://www.legifrance.gouv.fr/");

    private static RuleResult result(String id, Outcome outcome, Severity severity) {
        return new RuleResult(id, outcome, severity, "message of " + id, List.of("a"), SOURCE, null);
    }

    private static ResultsOnRead.Cell counting(RuleResult r, AtomicInteger explained) {
        Supplier<RuleResult> explanation = () -> {
            explained.incrementAndGet();
            return r;
        };
        return new ResultsOnRead.Cell(r.outcome(), r.severity(), explanation);
    }

    @Test
    void theSeveritiesOfFailuresAreKnownWithoutExplainingAnyResult() {
        AtomicInteger explained = new AtomicInteger();
        List<ResultsOnRead.Cell> cells = List.of(counting(result("A", Outcome.PASSED, Severity.ERROR), explained),
                counting(result("B", Outcome.FAILED, Severity.WARNING), explained),
                counting(result("C", Outcome.FAILED, Severity.INFO), explained));

        assertThat(ResultsOnRead.failedSeverities(cells)).containsExactly(Severity.WARNING, Severity.INFO);
        assertThat(new ResultsOnRead(cells)).hasSize(3);
        assertThat(explained).hasValue(0);
    }

    @Test
    void countingTheResultsOfAnOutcomeExplainsNone() {
        AtomicInteger explained = new AtomicInteger();
        ResultsOnRead results = new ResultsOnRead(List.of(counting(result("A", Outcome.PASSED, Severity.ERROR), explained),
                counting(result("B", Outcome.FAILED, Severity.WARNING), explained),
                counting(result("C", Outcome.PASSED, Severity.ERROR), explained)));

        assertThat(results.count(Outcome.PASSED)).isEqualTo(2);
        assertThat(results.count(Outcome.FAILED)).isEqualTo(1);
        assertThat(results.count(Outcome.NOT_APPLICABLE)).isZero();
        assertThat(explained).hasValue(0);
    }

    @Test
    void theResultsOfOneOutcomeAreTheOnlyOnesExplained() {
        AtomicInteger explained = new AtomicInteger();
        RuleResult b = result("B", Outcome.FAILED, Severity.WARNING);
        RuleResult d = result("D", Outcome.FAILED, Severity.ERROR);
        ResultsOnRead results = new ResultsOnRead(List.of(counting(result("A", Outcome.PASSED, Severity.ERROR), explained),
                counting(b, explained), counting(result("C", Outcome.NOT_APPLICABLE, Severity.ERROR), explained),
                counting(d, explained)));

        assertThat(results.withOutcome(Outcome.FAILED)).containsExactly(b, d);
        assertThat(explained).hasValue(2);
    }

    @Test
    void aResultIsExplainedOnItsFirstReadOnly() {
        AtomicInteger explained = new AtomicInteger();
        RuleResult b = result("B", Outcome.FAILED, Severity.WARNING);
        ResultsOnRead results = new ResultsOnRead(List.of(counting(result("A", Outcome.PASSED, Severity.ERROR), explained),
                counting(b, explained)));

        assertThat(results.get(1)).isEqualTo(b);
        assertThat(results.get(1)).isSameAs(results.get(1));
        assertThat(explained).hasValue(1);
    }

    @Test
    void theResultsCannotBeChanged() {
        ResultsOnRead results = new ResultsOnRead(List.of(new ResultsOnRead.Cell(result("A", Outcome.PASSED, Severity.ERROR))));

        assertThatThrownBy(() -> results.add(result("B", Outcome.PASSED, Severity.ERROR)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> results.set(0, result("B", Outcome.PASSED, Severity.ERROR)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anExplanationThatContradictsTheOutcomeTheCheckFoundIsADefect() {
        ResultsOnRead results = new ResultsOnRead(List.of(new ResultsOnRead.Cell(Outcome.FAILED, Severity.ERROR,
                () -> result("A", Outcome.PASSED, Severity.ERROR))));

        assertThatThrownBy(() -> results.get(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("A");
    }

    @Test
    void eightThreadsReadingTheSameResultsSeeEqualExplanations() throws Exception {
        AtomicInteger explained = new AtomicInteger();
        List<ResultsOnRead.Cell> cells = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cells.add(counting(result("R" + i, i % 3 == 0 ? Outcome.FAILED : Outcome.PASSED, Severity.ERROR), explained));
        }
        ResultsOnRead results = new ResultsOnRead(cells);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<RuleResult>>> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                readers.add(() -> new ArrayList<>(results));
            }
            for (Future<List<RuleResult>> read : pool.invokeAll(readers)) {
                assertThat(read.get()).hasSize(50).isEqualTo(results);
            }
        } finally {
            pool.shutdownNow();
        }
        // two threads may both explain a result before either keeps it; never more than one per thread
        assertThat(explained.get()).isBetween(50, 50 * 8);
    }
}
