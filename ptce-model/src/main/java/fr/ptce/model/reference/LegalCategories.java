package fr.ptce.model.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The INSEE legal categories (catégories juridiques, niveau III): the 260 codes of the current list with
 * their official labels, plus the legacy codes 5498 (SARL unipersonnelle) and 5720 (SASU) still met in
 * older data. Source: INSEE nomenclature, 2023 revision ({@code categories-juridiques-niveau3.csv}).
 */
public final class LegalCategories {
    private static final String RESOURCE = "categories-juridiques-niveau3.csv";

    private LegalCategories() {
    }

    private static final class Holder {
        static final Map<String, String> LABELS = load();
    }

    private static Map<String, String> load() {
        Map<String, String> labels = new TreeMap<>();
        try (InputStream in = LegalCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: code;libelle
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int sep = line.indexOf(';');
                if (sep > 0) {
                    labels.put(line.substring(0, sep), line.substring(sep + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        labels.put("5498", "SARL unipersonnelle (code antérieur à 2008)");
        labels.put("5720", "Société par actions simplifiée à associé unique ou SAS unipersonnelle (code antérieur à 2008)");
        return Collections.unmodifiableMap(labels);
    }

    /** True when {@code code} is a known legal category (current list or legacy 5498/5720). */
    public static boolean exists(String code) {
        return code != null && Holder.LABELS.containsKey(code);
    }

    /** The official label of the code. */
    public static Optional<String> label(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Holder.LABELS.get(code));
    }

    /** Every known code with its label, in code order. */
    public static Map<String, String> all() {
        return Holder.LABELS;
    }
}
