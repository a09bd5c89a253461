package fr.ptce.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 85 real SIRENE rows of {@code sirene-samples.csv}, by column name (the file has no quoted field). */
public final class SireneSamples {
    private static final String RESOURCE = "/fr/ptce/model/reference/sirene-samples.csv";

    private SireneSamples() {
    }

    /** Every row, as column name → value. */
    public static List<Map<String, String>> rows() {
        try (InputStream in = SireneSamples.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isEmpty()).toList();
            List<String> header = Arrays.asList(lines.get(0).split(",", -1));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", -1);
                assertThat(fields).as(line).hasSameSizeAs(header);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < fields.length; i++) {
                    row.put(header.get(i), fields[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
