package fr.ptce.examples.cli;

import fr.ptce.model.Pole;
import fr.ptce.rules.ComplianceReport;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The files of a {@code validate} run, read and checked in order: the first one on the calling thread, the others,
 * when there are several and more than one processor, on a few worker threads (as many as processors, at most 4) a
 * bounded number of files ahead, while the calling thread writes the reports of the files before. Results come back in the files' order, each with what
 * reading and checking it on the calling thread would have given: the pole and its reports, or the same exception
 * ({@code PoleFormatException} for an invalid file). At most {@link #AHEAD} files are in flight, so memory does not
 * grow with the number of files.
 */
final class CheckPipeline implements AutoCloseable {
    /** Reads and checks one file. */
    interface Work {
        Checked apply(Path file);
    }

    /** A file read and checked. */
    record Checked(Pole pole, List<ComplianceReport> reports) {
    }

    /** Files read and checked ahead of the one being written, at most. */
    static final int AHEAD = 64;

    private final Iterator<Path> files;
    private final Work work;
    private final ArrayDeque<Future<Checked>> inFlight = new ArrayDeque<>();
    private ExecutorService workers;
    private boolean first = true;

    private CheckPipeline(List<Path> files, Work work) {
        this.files = files.iterator();
        this.work = work;
    }

    /** A pipeline over {@code files}, in their order. */
    static CheckPipeline over(List<Path> files, Work work) {
        return new CheckPipeline(files, work);
    }

    /**
     * The next file's result, in order.
     *
     * @throws RuntimeException what reading or checking that file threw
     */
    Checked next() {
        if (first) {
            // The first file on this thread, and its reports written, before any worker starts: a one-file run
            // starts no thread, and the classes of reading, checking and writing are first loaded and initialised
            // by one thread (two threads initialising classes that refer to each other can deadlock).
            first = false;
            Path file = files.next();
            int threads = Math.min(Runtime.getRuntime().availableProcessors(), 4);
            if (files.hasNext() && threads > 1) {
                workers = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "ptce-check");
                    t.setDaemon(true);
                    return t;
                });
            }
            return work.apply(file);
        }
        if (workers == null) {
            return work.apply(files.next());
        }
        fill();
        Future<Checked> next = inFlight.poll();
        try {
            return next.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void fill() {
        if (workers == null) {
            return;
        }
        while (inFlight.size() < AHEAD && files.hasNext()) {
            Path file = files.next();
            inFlight.add(workers.submit(() -> work.apply(file)));
        }
    }

    /** Stops the workers (files not yet read are not read). */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
