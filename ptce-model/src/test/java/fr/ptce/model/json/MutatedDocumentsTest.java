package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Property: a valid document mutated at random (a field deleted, an element duplicated, a value retyped, the
 * text truncated or doubled) either reads, or fails with the library's own exception carrying at least one
 * problem with a JSON path: never another exception, never a hang.
 */
class MutatedDocumentsTest {
    private static final PoleReader READER = PoleReader.create();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CANONICAL = Fixtures.text(Fixtures.canonical());

    @Test
    @Timeout(60)
    void aMutatedDocumentReadsOrFailsWithPositionedProblems() {
        qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
            String document = mutate(new Random(seed));
            try {
                READER.read(document);
            } catch (PoleFormatException e) {
                assertThat(e.problems()).as("problems of %s", document).isNotEmpty();
                for (Problem p : e.problems()) {
                    assertThat(p.path()).as("path").startsWith("$");
                    assertThat(p.message()).as("message").isNotBlank();
                }
            }
        });
    }

    private static String mutate(Random random) {
        try {
            JsonNode root = JSON.readTree(CANONICAL);
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                List<JsonNode> containers = new ArrayList<>();
                collect(root, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                switch (random.nextInt(4)) {
                    case 0 -> delete(target, random);
                    case 1 -> duplicate(target, random);
                    default -> retype(target, random);
                }
            }
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            return switch (random.nextInt(6)) {
                case 0 -> text.substring(0, random.nextInt(text.length()));
                case 1 -> renameAKey(text, random);
                default -> text;
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode() && node.size() > 0) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    private static void delete(JsonNode target, Random random) {
        if (target instanceof ObjectNode o) {
            o.remove(fieldName(o, random));
        } else if (target instanceof ArrayNode a) {
            a.remove(random.nextInt(a.size()));
        }
    }

    private static void duplicate(JsonNode target, Random random) {
        if (target instanceof ArrayNode a) {
            a.add(a.get(random.nextInt(a.size())).deepCopy());
        } else if (target instanceof ObjectNode o) {
            String name = fieldName(o, random);
            o.set(name + "Copy", o.get(name).deepCopy());
        }
    }

    private static void retype(JsonNode target, Random random) {
        JsonNode replacement = switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(random.nextInt(2_000_000) - 1_000_000);
            case 1 -> NODES.textNode("x" + random.nextInt(100));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.objectNode().put("k", 1);
            case 5 -> NODES.arrayNode().add(1).add("a");
            default -> NODES.numberNode(random.nextDouble() * 1e12);
        };
        if (target instanceof ObjectNode o) {
            o.set(fieldName(o, random), replacement);
        } else if (target instanceof ArrayNode a) {
            a.set(random.nextInt(a.size()), replacement);
        }
    }

    private static String fieldName(ObjectNode o, Random random) {
        Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
        int skip = random.nextInt(o.size());
        Map.Entry<String, JsonNode> field = fields.next();
        for (int i = 0; i < skip; i++) {
            field = fields.next();
        }
        return field.getKey();
    }

    private static String renameAKey(String text, Random random) {
        int at = text.indexOf("\"", random.nextInt(text.length()));
        return at < 0 ? text : text.substring(0, at + 1) + "zz" + text.substring(at + 1);
    }
}
