package fr.ptce.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Where a run's time goes, printed on standard error when the JVM is started with {@code -Dptce.trace=true}:
 * <pre>
 * ptce trace: jvm 41 ms, arguments 38 ms, rules 151 ms, reader 22 ms, read 48 ms, check 61 ms, report 17 ms, other 9 ms; total 387 ms (1 file), 2431 classes loaded
 * </pre>
 * <ul>
 *   <li>{@code jvm}: from the start of the JVM to {@code main} (loading the JVM, opening the jar);</li>
 *   <li>{@code arguments}: reading the command line (picocli), up to the command's own work;</li>
 *   <li>{@code rules}: loading the compiled rules (the {@code ComplianceChecker});</li>
 *   <li>{@code reader}: setting up the JSON reader and its structural validation;</li>
 *   <li>{@code read}: reading and validating the files (reference data included, as far as the files need them);</li>
 *   <li>{@code check}: checking the poles; {@code report}: writing the reports;</li>
 *   <li>{@code other}: the rest (listing the files, output set-up, exit).</li>
 * </ul>
 * Without the property every method returns at once; the timing costs nothing then.
 */
final class Trace {
    /** Whether {@code -Dptce.trace=true} was given. */
    static final boolean ENABLED = Boolean.getBoolean("ptce.trace");

    /** The phases, in the order they are printed. */
    enum Phase {
        ARGUMENTS("arguments"), RULES("rules"), READER("reader"), READ("read"), CHECK("check"), REPORT("report");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private static final long[] NANOS = new long[Phase.values().length];
    private static long mainStart;
    private static int files;

    private Trace() {
    }

    /** The time now when tracing, else 0. */
    static long start() {
        return ENABLED ? System.nanoTime() : 0L;
    }

    /** Entering {@code main}: the end of the JVM's own start and the start of {@link Phase#ARGUMENTS}. */
    static void main() {
        if (ENABLED) {
            mainStart = System.nanoTime();
        }
    }

    /** The command starts its own work: the end of {@link Phase#ARGUMENTS}. */
    static void commandStarts() {
        if (ENABLED && mainStart != 0 && NANOS[Phase.ARGUMENTS.ordinal()] == 0) {
            NANOS[Phase.ARGUMENTS.ordinal()] = System.nanoTime() - mainStart;
        }
    }

    /** Adds the time since {@code since} to {@code phase}; returns the time now (the start of the next phase). */
    static long end(Phase phase, long since) {
        if (!ENABLED) {
            return 0L;
        }
        long now = System.nanoTime();
        synchronized (NANOS) { // files may be read and checked on several threads (summed: more than the wall time)
            NANOS[phase.ordinal()] += now - since;
        }
        return now;
    }

    /** One more file read. */
    static void file() {
        if (ENABLED) {
            synchronized (NANOS) {
                files++;
            }
        }
    }

    /** Prints the line on {@code err} (when tracing and {@code main} was entered). */
    static void print(PrintStream err) {
        if (!ENABLED || mainStart == 0) {
            return;
        }
        long now = System.nanoTime();
        // java.management only now, so that the phases above do not pay for it
        long uptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long inMainMs = (now - mainStart) / 1_000_000;
        long jvmMs = Math.max(0, uptimeMs - inMainMs);
        // the reader's set-up happens within the first read: counted once, in "reader"
        NANOS[Phase.READ.ordinal()] = Math.max(0, NANOS[Phase.READ.ordinal()] - NANOS[Phase.READER.ordinal()]);
        StringBuilder line = new StringBuilder("ptce trace: jvm ").append(jvmMs).append(" ms");
        long counted = 0;
        for (Phase p : Phase.values()) {
            long ms = NANOS[p.ordinal()] / 1_000_000;
            counted += NANOS[p.ordinal()];
            line.append(", ").append(p.label).append(' ').append(ms).append(" ms");
        }
        line.append(", other ").append(Math.max(0, (now - mainStart - counted) / 1_000_000)).append(" ms; total ")
                .append(jvmMs + inMainMs).append(" ms (").append(files).append(files == 1 ? " file" : " files")
                .append("), ").append(String.format(Locale.ROOT, "%d", classes)).append(" classes loaded");
        err.println(line);
        err.flush();
    }
}
