package fr.ptce.rules.internal;

import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The results of a report, each explained (message and remedy written) the first time it is read: a caller that
 * reads only verdicts, outcomes or evidence never pays for the sentences. Unmodifiable and safe to read from several
 * threads; an element read twice gives equal explanations (rendering is deterministic; two threads reading it at
 * once may each make one, and either is kept).
 */
public final class ResultsOnRead extends AbstractList<RuleResult> implements RandomAccess {
    private final Cell[] cells;

    /** The results of {@code cells}, in that order. */
    public ResultsOnRead(List<Cell> cells) {
        this.cells = cells.toArray(new Cell[0]);
    }

    @Override
    public RuleResult get(int index) {
        return cells[index].result();
    }

    @Override
    public int size() {
        return cells.length;
    }

    /** How many results have {@code outcome}, without explaining any. */
    public int count(Outcome outcome) {
        int n = 0;
        for (Cell c : cells) {
            if (c.outcome == outcome) {
                n++;
            }
        }
        return n;
    }

    /** The results that have {@code outcome}, in order: only those are explained. */
    public List<RuleResult> withOutcome(Outcome outcome) {
        List<RuleResult> matching = new ArrayList<>();
        for (Cell c : cells) {
            if (c.outcome == outcome) {
                matching.add(c.result());
            }
        }
        return Collections.unmodifiableList(matching);
    }

    /** The severities of the failed results, without explaining any (what the verdict needs). */
    public static Collection<Severity> failedSeverities(List<Cell> cells) {
        List<Severity> failed = new ArrayList<>();
        for (Cell c : cells) {
            if (c.outcome == Outcome.FAILED) {
                failed.add(c.severity);
            }
        }
        return failed;
    }

    /**
     * One result: its outcome and severity known from the check, its explanation made on first read. The inputs of the
     * explanation are dropped once it is made.
     */
    public static final class Cell {
        private final Outcome outcome;
        private final Severity severity;
        private volatile RuleResult result;
        private volatile Supplier<RuleResult> explanation;

        /** A result to explain on first read; it must have {@code outcome} and {@code severity}. */
        public Cell(Outcome outcome, Severity severity, Supplier<RuleResult> explanation) {
            this.outcome = outcome;
            this.severity = severity;
            this.explanation = explanation;
        }

        /** A result already explained. */
        public Cell(RuleResult result) {
            this.outcome = result.outcome();
            this.severity = result.severity();
            this.result = result;
        }

        RuleResult result() {
            RuleResult r = result;
            if (r != null) {
                return r;
            }
            Supplier<RuleResult> pending = explanation;
            if (pending == null) { // explained meanwhile by another thread: result was written before this was cleared
                return result;
            }
            r = pending.get();
            if (r.outcome() != outcome || r.severity() != severity) {
                throw new IllegalStateException("the explanation of " + r.ruleId() + " changed its outcome or severity");
            }
            result = r;
            explanation = null;
            return r;
        }
    }
}
