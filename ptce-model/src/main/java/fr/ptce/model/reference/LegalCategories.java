package fr.ptce.model.reference;

import fr.ptce.model.Role;
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
import java.util.TreeMap;

/**
 * The INSEE legal categories (catégories juridiques, niveau III) with their legal facts: the 260 codes of the
 * current list and the legacy codes 5498 (SARL unipersonnelle) and 5720 (SASU) still met in older data.
 *
 * <p>Read from the shipped table {@code legal-categories-v2.csv} ({@code ;}-separated, UTF-8): INSEE's code and
 * label, then whether the category designates a legal person, a public-law person, what it says of the ESS
 * status (loi n° 2014-856, art. 1), its family, the default role of its entries and the justification of the
 * row. The table's provenance is in {@code LEGAL-CATEGORIES.md} beside it. A code is accepted by the format
 * exactly when it has a row.
 */
public final class LegalCategories {
    private static final String RESOURCE = "legal-categories-v2.csv";

    private LegalCategories() {
    }

    private static final class Holder {
        static final Map<String, LegalCategoryFacts> FACTS = load(LegalCategories.class.getResourceAsStream(RESOURCE));
        static final Map<String, String> LABELS = labels(FACTS);
        /** The same facts for lookups (every member of every check looks its category up). */
        static final Map<String, LegalCategoryFacts> BY_CODE = Map.copyOf(FACTS);
    }

    /** The header line of the table: its columns, in this order. */
    private static final String HEADER = "code;label;legalPerson;publicLaw;essBase;family;defaultRole;justification";
    private static final int COLUMNS = 8;

    /*
     * Read line by line, like the other shipped tables: the file has no quoted field (a quote is rejected), and a
     * general CSV mapper would cost several hundred milliseconds of start-up on the first validated document.
     * Package-private, and given the opened table, so that tests can read broken tables.
     */
    static Map<String, LegalCategoryFacts> load(InputStream table) {
        Map<String, LegalCategoryFacts> facts = new TreeMap<>();
        try (InputStream in = table) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.equals(HEADER)) {
                throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] row = line.split(";", -1);
                if (row.length != COLUMNS || line.indexOf('"') >= 0) {
                    throw new IllegalStateException(RESOURCE + ", line " + lineNumber + ": expected " + COLUMNS
                            + " unquoted fields separated by ';'");
                }
                LegalCategoryFacts f = new LegalCategoryFacts(row[0], row[1], personality(row[2], row[0]),
                        yesNo(row[3], row[0]), EssBase.valueOf(row[4]), LegalFamily.valueOf(row[5]),
                        Role.valueOf(row[6]), row[7]);
                if (facts.put(f.code(), f) != null) {
                    throw new IllegalStateException(RESOURCE + ": code " + f.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(facts);
    }

    private static LegalPersonality personality(String value, String code) {
        return switch (value) {
            case "yes" -> LegalPersonality.YES;
            case "no" -> LegalPersonality.NO;
            case "state" -> LegalPersonality.STATE;
            default -> throw new IllegalStateException(RESOURCE + ": code " + code + ": legalPerson " + value);
        };
    }

    private static boolean yesNo(String value, String code) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException(RESOURCE + ": code " + code + ": publicLaw " + value);
        };
    }

    static Map<String, String> labels(Map<String, LegalCategoryFacts> facts) {
        Map<String, String> labels = new LinkedHashMap<>();
        facts.forEach((code, f) -> labels.put(code, f.label()));
        return Collections.unmodifiableMap(labels);
    }

    /** True when {@code code} is a known legal category (current list or legacy 5498/5720). */
    public static boolean exists(String code) {
        return code != null && Holder.BY_CODE.containsKey(code);
    }

    /** The INSEE label of the code. */
    public static Optional<String> label(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Holder.LABELS.get(code));
    }

    /** The legal facts of the code. */
    public static Optional<LegalCategoryFacts> facts(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Holder.BY_CODE.get(code));
    }

    /**
     * The legal facts of the code, or {@code null} when the code is {@code null} or unknown: {@link #facts} without the
     * {@code Optional}, for the classification of every member of every check.
     */
    public static LegalCategoryFacts factsOrNull(String code) {
        return code == null ? null : Holder.BY_CODE.get(code);
    }

    /** Every known code with its label, in code order. */
    public static Map<String, String> all() {
        return Holder.LABELS;
    }

    /** Every known code with its legal facts, in code order. */
    public static Map<String, LegalCategoryFacts> allFacts() {
        return Holder.FACTS;
    }
}
