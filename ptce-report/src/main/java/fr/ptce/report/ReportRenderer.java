package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the reports of a run as they come, one file at a time: {@link #begin()}, then for each file either
 * {@link #report} or {@link #invalid}, then {@link #end()}. A renderer keeps nothing of a pole once its reports are
 * written (a run may cover thousands of files); what it must say at the end (a summary, SARIF notifications) is a
 * short line per file. A renderer serves one run, on one thread; get one from {@link ReportFormat#renderer}.
 *
 * <p>It writes to the {@link java.io.PrintWriter} it was given; the caller flushes and closes that writer after
 * {@link #end()}, and may check {@link java.io.PrintWriter#checkError()} between files to stop a run whose output
 * has gone.
 */
public interface ReportRenderer {
    /** Before the first file. */
    default void begin() {
    }

    /**
     * The reports of one valid pole, one per referential checked, in the order they should appear.
     *
     * @param file    the pole's file, as the reports should name it (a relative path stays relative)
     * @param pole    the pole the reports are about (its names and members are shown with the reports)
     * @param reports at least one report of {@code pole}, as {@link fr.ptce.rules.ComplianceChecker} makes them
     */
    void report(Path file, Pole pole, List<ComplianceReport> reports);

    /**
     * A file that could not be checked, with its problems. The text and JSON formats write nothing for it (a
     * command line reports it elsewhere, e.g. on standard error); HTML shows it, SARIF makes it a notification.
     */
    default void invalid(Path file, List<Problem> problems) {
    }

    /** After the last file. */
    default void end() {
    }
}
