package fr.ptce.benchmarks.jmh;

import fr.ptce.benchmarks.PoleGenerator;
import fr.ptce.model.Pole;
import fr.ptce.model.validation.PoleValidator;
import java.time.LocalDate;

/** The poles the benchmarks check: calibrated, valid, a fixed date and seed. */
final class Fixtures {
    /** The as-of date of every benchmark check. */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** Distinct poles a benchmark cycles through (so that it does not measure one pole's caches only). */
    static final int RING = 16;
    static final long SEED = 2017;

    private Fixtures() {
    }

    /** {@code count} distinct valid poles of exactly {@code members} entries. */
    static Pole[] poles(int count, int members) {
        PoleGenerator generator = new PoleGenerator(SEED);
        PoleValidator validator = PoleValidator.create();
        Pole[] poles = new Pole[count];
        for (int i = 0; i < count; i++) {
            poles[i] = validator.requireValid(generator.pole(i, members));
        }
        return poles;
    }
}
