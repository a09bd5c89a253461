package fr.ptce.examples.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return. Shown only to a person
 * watching a terminal ({@link System#console()} present) and only for runs long enough to need one; otherwise
 * every method does nothing, so piped and redirected runs get no extra output.
 */
final class Progress {
    /** Runs with more files than this show a bar (when standard error is a terminal). */
    static final int THRESHOLD = 20;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private int drawnLength;

    /** A bar for {@code total} files, drawn when {@code terminal} (standard error is a terminal) and the run is long. */
    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.enabled = terminal && total > THRESHOLD;
    }

    boolean enabled() {
        return enabled;
    }

    /** One more file done: redraws the bar. */
    void step() {
        done++;
        if (!enabled) {
            return;
        }
        int filled = (int) ((long) done * WIDTH / total);
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
        err.print("\r" + line);
        err.flush();
        drawnLength = line.length();
    }

    /** Erases the bar, before other output goes to the terminal. */
    void clear() {
        if (enabled && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
