package fr.ptce.examples.cli.format;

import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.rules.ComplianceReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the reports of a {@code validate} run as they come, one file at a time: {@link #begin()}, then for each
 * file either {@link #report} or {@link #invalid}, then {@link #end()}. An implementation keeps nothing of a pole
 * once its reports are written (a run may cover thousands of files).
 */
public interface ReportFormatter {
    /** Before the first file. */
    default void begin() {
    }

    /** The reports of one valid pole, one per referential checked. */
    void report(Path file, Pole pole, List<ComplianceReport> reports);

    /** A file that could not be checked (already reported on standard error by the command). */
    default void invalid(Path file, List<Problem> problems) {
    }

    /** After the last file. */
    default void end() {
    }
}
