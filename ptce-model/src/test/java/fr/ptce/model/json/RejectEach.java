package fr.ptce.model.json;

import fr.ptce.model.PoleFormatException;
import java.nio.file.Path;

/**
 * Reads each file given and prints {@code REJECTED <ms> <file>} or {@code ACCEPTED}/{@code CRASHED}: run in a
 * separate JVM with a small heap by {@link RejectionBudgetTest}. It first reads one valid and one invalid document,
 * untimed, so that the one-time start-up of the reader and of Bean Validation (class loading, reference data) is not
 * charged to the first timed document: the budget is per rejection, not for starting a JVM.
 */
public final class RejectEach {
    private static final String WARM_UP_VALID = "{\"formatVersion\": 1, \"id\": \"chauffe\", \"name\": \"Chauffe\", "
            + "\"members\": [{\"id\": \"asso\", \"name\": \"Association\", \"legalCategory\": \"9220\", "
            + "\"commune\": \"21231\"}]}";
    private static final String WARM_UP_INVALID = "{\"formatVersion\": 1, \"id\": \"Chauffe!\", \"name\": \"Chauffe\", "
            + "\"members\": [{\"id\": \"asso\", \"name\": \"Association\", \"siren\": \"123\"}]}";

    private RejectEach() {
    }

    /** Entry point: the files to read. */
    public static void main(String[] args) {
        PoleReader reader = PoleReader.create();
        reader.read(WARM_UP_VALID);
        try {
            reader.read(WARM_UP_INVALID);
        } catch (PoleFormatException expected) {
            // the validation path is warm too
        }
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
