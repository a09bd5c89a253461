package fr.ptce.model.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The INSEE headcount bands (tranches d'effectif salarié): {@code NN}, {@code 00}, {@code 01} … {@code 53}.
 */
public final class HeadcountBands {
    private static final String RESOURCE = "tranches-effectifs.csv";

    /**
     * One band.
     *
     * @param code  the INSEE code
     * @param label the official label
     * @param min   smallest headcount, {@code null} for a non-employer unit
     * @param max   largest headcount, {@code null} when open-ended or non-employer
     */
    public record Band(String code, String label, Integer min, Integer max) {
    }

    private HeadcountBands() {
    }

    private static final class Holder {
        static final Map<String, Band> BANDS = load(HeadcountBands.class.getResourceAsStream(RESOURCE));
    }

    /** Reads the opened table ({@code null}: missing); package-private so that tests can read other tables. */
    static Map<String, Band> load(InputStream table) {
        Map<String, Band> bands = new LinkedHashMap<>();
        try (InputStream in = table) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: code;libelle;min;max
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(";", -1);
                if (f.length == 4) {
                    bands.put(f[0], new Band(f[0], f[1], parse(f[2]), parse(f[3])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(bands);
    }

    private static Integer parse(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    /** True when {@code code} is a known band. */
    public static boolean exists(String code) {
        return code != null && Holder.BANDS.containsKey(code);
    }

    /** The band with this code. */
    public static Optional<Band> band(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Holder.BANDS.get(code));
    }

    /** The band containing this number of employees. */
    public static Optional<Band> ofEmployees(int employees) {
        return Holder.BANDS.values().stream()
                .filter(b -> b.min() != null && b.min() <= employees && (b.max() == null || employees <= b.max()))
                .filter(b -> !b.code().equals("00") || employees == 0)
                .findFirst();
    }
}
