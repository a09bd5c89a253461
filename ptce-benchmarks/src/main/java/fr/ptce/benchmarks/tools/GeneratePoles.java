package fr.ptce.benchmarks.tools;

import fr.ptce.benchmarks.PoleGenerator;
import fr.ptce.model.json.PoleWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated poles (calibrated, format v1) as {@code pole-00000.json}, {@code pole-00001.json}… into a folder,
 * for the batch run of {@code scripts/bench.sh}.
 * Usage: {@code java -cp benchmarks.jar fr.ptce.benchmarks.tools.GeneratePoles DIR COUNT [SEED [SIZE]]}
 * (SIZE: every pole with exactly that many members; default: the calibrated size distribution).
 */
public final class GeneratePoles {
    private GeneratePoles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GeneratePoles DIR COUNT [SEED [SIZE]]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2017;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Files.createDirectories(dir);
        PoleGenerator generator = new PoleGenerator(seed);
        PoleWriter writer = PoleWriter.create();
        long members = 0;
        for (int i = 0; i < count; i++) {
            var pole = size > 0 ? generator.pole(i, size) : generator.pole(i);
            members += pole.memberList().size();
            writer.write(pole, dir.resolve(String.format("pole-%05d.json", i)));
        }
        System.out.println("wrote " + count + " poles (" + members + " members) to " + dir);
    }
}
