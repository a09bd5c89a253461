package fr.ptce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.ptce.model.Pole;
import fr.ptce.rules.support.Checks;
import fr.ptce.rules.support.RandomPoles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One shared checker gives, under contention, exactly the reports a sequential run gives; the same input always
 * gives a byte-identical JSON report.
 */
class ConcurrencyAndDeterminismTest {
    private static final int DISTINCT_POLES = 1_000;
    private static final int THREADS = 8;
    private static final int CHECKS_PER_THREAD = 10_000;
    private static final List<Pole> POLES = new ArrayList<>();
    private static final List<List<ComplianceReport>> SEQUENTIAL = new ArrayList<>();

    @BeforeAll
    static void generatePolesAndCheckThemSequentially() {
        qt().withFixedSeed(20261126L).withExamples(DISTINCT_POLES).forAll(RandomPoles.poles()).checkAssert(POLES::add);
        for (Pole pole : POLES) {
            SEQUENTIAL.add(Checks.checker().checkAll(pole, Checks.OPTIONS));
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void eightThreadsSharingOneCheckerGiveTheSequentialResults() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 137;
                futures.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < CHECKS_PER_THREAD; i++) {
                        int index = (offset + i * 7) % POLES.size();
                        List<ComplianceReport> reports = Checks.checker().checkAll(POLES.get(index), Checks.OPTIONS);
                        if (!reports.equals(SEQUENTIAL.get(index))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            int mismatches = 0;
            for (Future<Integer> f : futures) {
                mismatches += f.get();
            }
            assertThat(mismatches).as("reports differing from the sequential run, of %d", THREADS * CHECKS_PER_THREAD)
                    .isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameInputGivesAByteIdenticalJsonReportFromAnotherChecker() {
        ComplianceChecker other = ComplianceChecker.create();
        for (int i = 0; i < 200; i++) {
            Pole pole = POLES.get(i);
            String first = ReportJson.write(SEQUENTIAL.get(i));
            String again = ReportJson.write(other.checkAll(pole, Checks.OPTIONS));
            assertThat(again).as("report of pole %d", i).isEqualTo(first);
        }
    }

    @Test
    void generatedPolesCoverEveryVerdictOfTextsInForce() {
        List<Verdict> seen = SEQUENTIAL.stream().flatMap(List::stream).map(ComplianceReport::verdict).distinct().toList();
        // as of 2025-06-30 every referential is in force: NOT_IN_FORCE cannot occur
        assertThat(seen).containsExactlyInAnyOrder(Verdict.COMPLIANT, Verdict.COMPLIANT_WITH_WARNINGS,
                Verdict.NON_COMPLIANT);
    }
}
