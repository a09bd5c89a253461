package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.internal.Mappers;
import fr.ptce.model.internal.StructureCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link StructureCheck}, the reader's plain-Java validity test, says exactly what Bean Validation says: valid when
 * Hibernate Validator finds no violation, invalid otherwise. Every value of every valid fixture is replaced in turn by
 * each value of a pool chosen to sit on both sides of every constraint (blank, too long, not a slug, bad check digit,
 * unknown code, out of range, a duplicate or dangling id…), every field is removed and every list element nulled; then
 * thousands of random combinations of these. A pole that binds is checked both ways.
 */
class StructureCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectReader BIND = Mappers.strict(Mappers.factory(ReadLimits.DEFAULT)).readerFor(Pole.class);
    /** Bean Validation itself: not PoleValidator, which asks StructureCheck first. */
    private static final jakarta.validation.Validator VALIDATOR = jakarta.validation.Validation
            .byProvider(org.hibernate.validator.HibernateValidator.class).configure().buildValidatorFactory().getValidator();

    /** Values on both sides of the constraints of format v1. */
    private static final List<JsonNode> POOL = pool();

    private static List<JsonNode> pool() {
        List<JsonNode> pool = new ArrayList<>();
        for (String s : new String[] {"", " ", "\t", "a", "A", "x y", "-", "a-b", "abc\n", "0", "1", "nobody",
            "21231", "2A004", "2a004", "99999", "75101", "75056", "13055", "69123", "97411", "98735",
            "242100410", "242100411", "200000172", "21", "2A", "2B", "20", "99", "971", "975", "27", "84", "00",
            "732829320", "732829321", "123456782", "73282932000074", "73282932000075", "35600000000048", "35600000012345",
            "35600000000049", "9220", "9999", "5710", "1000", "NN", "00", "53", "54", "72.19Z", "72.19z", "7219Z",
            "2020-01-01", "1999-12-31", "2030-06-30", "SCIC", "MEMBER", "PARTNER", "SOCIAL", "NETWORK",
            "a".repeat(200), "a".repeat(201), "b".repeat(500), "b".repeat(501), "AAP-PTCE-2015"}) {
            pool.add(NODES.textNode(s));
        }
        for (long n : new long[] {-1, 0, 1, 2, 3, 1899, 1900, 2015, 2200, 2201, Integer.MAX_VALUE}) {
            pool.add(NODES.numberNode(n));
        }
        pool.add(NODES.numberNode(new java.math.BigDecimal("-0.01")));
        pool.add(NODES.numberNode(new java.math.BigDecimal("0.00")));
        pool.add(NODES.numberNode(new java.math.BigDecimal("1500.50")));
        pool.add(NODES.booleanNode(true));
        pool.add(NODES.booleanNode(false));
        pool.add(NODES.nullNode());
        pool.add(NODES.arrayNode());
        return pool;
    }

    @Test
    void theValidFixturesAreValidBothWays() {
        for (Path file : Fixtures.valid()) {
            Pole pole = bind(tree(file));
            assertThat(pole).as(file.toString()).isNotNull();
            assertThat(VALIDATOR.validate(pole)).as(file.toString()).isEmpty();
            assertThat(StructureCheck.isValid(pole)).as(file.toString()).isTrue();
        }
    }

    @Test
    @Timeout(300)
    void everySingleChangeIsJudgedAlike() {
        int compared = 0;
        int invalid = 0;
        for (Path file : Fixtures.valid()) {
            JsonNode original = tree(file);
            List<String> pointers = new ArrayList<>();
            collectPointers(original, "", pointers);
            List<String> ids = memberIds(original);
            for (String pointer : pointers) {
                List<JsonNode> values = new ArrayList<>(POOL);
                ids.forEach(id -> values.add(NODES.textNode(id)));
                for (JsonNode value : values) {
                    JsonNode copy = original.deepCopy();
                    if (set(copy, pointer, value)) {
                        int r = compare(copy, file + " " + pointer + " = " + value);
                        compared += r >= 0 ? 1 : 0;
                        invalid += r == 0 ? 1 : 0;
                    }
                }
                JsonNode copy = original.deepCopy();
                if (remove(copy, pointer)) {
                    int r = compare(copy, file + " without " + pointer);
                    compared += r >= 0 ? 1 : 0;
                    invalid += r == 0 ? 1 : 0;
                }
            }
        }
        assertThat(compared).as("poles compared").isGreaterThan(5_000);
        assertThat(invalid).as("invalid poles among them").isGreaterThan(1_000);
    }

    @Test
    @Timeout(300)
    void randomCombinationsAreJudgedAlike() {
        Random random = new Random(20261126L);
        List<JsonNode> originals = Fixtures.valid().stream().map(StructureCheckTest::tree).toList();
        int compared = 0;
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            JsonNode copy = originals.get(random.nextInt(originals.size())).deepCopy();
            List<String> pointers = new ArrayList<>();
            collectPointers(copy, "", pointers);
            List<String> ids = memberIds(copy);
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                String pointer = pointers.get(random.nextInt(pointers.size()));
                int what = random.nextInt(10);
                if (what == 0) {
                    remove(copy, pointer);
                } else if (what <= 3 && !ids.isEmpty()) {
                    set(copy, pointer, NODES.textNode(ids.get(random.nextInt(ids.size()))));
                } else {
                    set(copy, pointer, POOL.get(random.nextInt(POOL.size())));
                }
            }
            int r = compare(copy, "combination " + i);
            compared += r >= 0 ? 1 : 0;
            valid += r == 1 ? 1 : 0;
        }
        assertThat(compared).as("poles compared").isGreaterThan(3_000);
        assertThat(valid).as("valid poles among them").isGreaterThan(100);
    }

    @Test
    void theReaderGivesBeanValidationsProblemsForAnInvalidPole() {
        // the broken fixtures of BrokenDocumentsTest keep their exact messages; here, one that binds but is invalid
        JsonNode tree = tree(Fixtures.canonical());
        set(tree, "/members/0/siren", NODES.textNode("123456789"));
        try {
            PoleReader.create().read(tree.toString());
            throw new AssertionError("read an invalid pole");
        } catch (PoleFormatException e) {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.path()).isEqualTo("$.members[0].siren");
                assertThat(p.message()).isEqualTo("must be a SIREN: 9 digits with a valid Luhn check digit, got \"123456789\"");
            });
        }
    }

    /** 1 valid both ways, 0 invalid both ways, -1 did not bind; fails when the two disagree. */
    private static int compare(JsonNode tree, String what) {
        Pole pole = bind(tree);
        if (pole == null) {
            return -1;
        }
        boolean beanValidation = VALIDATOR.validate(pole).isEmpty();
        boolean plain = StructureCheck.isValid(pole);
        assertThat(plain).as("StructureCheck vs Bean Validation (%s) for %s: %s", VALIDATOR.validate(pole), what, tree)
                .isEqualTo(beanValidation);
        return beanValidation ? 1 : 0;
    }

    private static Pole bind(JsonNode tree) {
        try {
            return BIND.readValue(tree);
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode tree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> memberIds(JsonNode tree) {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : tree.path("members")) {
            if (m.path("id").isTextual()) {
                ids.add(m.path("id").asText());
            }
        }
        return ids;
    }

    /** Every value's JSON pointer (objects and arrays included, not the root). */
    private static void collectPointers(JsonNode node, String at, List<String> pointers) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String child = at + "/" + f.getKey();
                pointers.add(child);
                collectPointers(f.getValue(), child, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = at + "/" + i;
                pointers.add(child);
                collectPointers(node.get(i), child, pointers);
            }
        }
    }

    private static boolean set(JsonNode root, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
            return true;
        }
        if (parent instanceof ArrayNode a && last.matches("\\d+") && Integer.parseInt(last) < a.size()) {
            a.set(Integer.parseInt(last), value);
            return true;
        }
        return false;
    }

    private static boolean remove(JsonNode root, String pointer) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode o && o.has(last)) {
            o.remove(last);
            return true;
        }
        if (parent instanceof ArrayNode a && last.matches("\\d+") && Integer.parseInt(last) < a.size()) {
            a.set(Integer.parseInt(last), NODES.nullNode());
            return true;
        }
        return false;
    }
}
