package fr.ptce.model.json;

import fr.ptce.model.PoleFormatException;
import java.nio.file.Path;

/**
 * Reads each file given and prints {@code REJECTED <ms> <file>} or {@code ACCEPTED}/{@code CRASHED}: run in a
 * separate JVM with a small heap by {@link RejectionBudgetTest}.
 */
public final class RejectEach {
    private RejectEach() {
    }

    /** Entry point: the files to read. */
    public static void main(String[] args) {
        PoleReader reader = PoleReader.create();
        for (String arg : args) {
            long start = System.nanoTime();
            String outcome;
            try {
                reader.read(Path.of(arg));
                outcome = "ACCEPTED";
            } catch (PoleFormatException e) {
                outcome = "REJECTED";
            } catch (Throwable t) {
                outcome = "CRASHED " + t;
            }
            System.out.println(outcome + " " + (System.nanoTime() - start) / 1_000_000 + " " + arg);
        }
    }
}
