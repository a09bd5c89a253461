package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/format.md}, the users' description of format v1, and the JSON Schema
 * {@code fr/ptce/model/ptce-format-v1.schema.json} cannot drift apart.
 *
 * <p>The document's convention, read here: an input field is documented by a row of a Markdown table whose header's
 * first cell is {@code input field}; the row's first cell is the field's path in backquotes, with {@code []} after an
 * array of objects ({@code `members[].esusApproval.grantedOn`}), and its other cells give the type, the constraints,
 * the default and an example. JSON blocks preceded by {@code <!-- checked: a valid pole -->} are read with
 * {@link PoleReader}. The read limits are a table whose header's first cell is {@code read limit}.
 */
class FormatDocumentationTest {
    /** The document, from this module's directory (the tests' working directory). */
    static final Path FORMAT_MD = Path.of("..", "docs", "format.md");

    /** The JSON Schema of format v1, in this module's resources. */
    private static final String SCHEMA_RESOURCE = "/fr/ptce/model/ptce-format-v1.schema.json";
    private static final String INPUT_TABLE = "input field";
    private static final String LIMITS_TABLE = "read limit";
    private static final String CHECKED_POLE = "<!-- checked: a valid pole -->";

    private static String document;
    private static JsonNode schema;
    private static Map<String, JsonNode> schemaFields;
    private static Map<String, List<String>> inputRows;

    @BeforeAll
    static void read() throws IOException {
        document = Files.readString(FORMAT_MD, StandardCharsets.UTF_8);
        try (InputStream in = FormatDocumentationTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("the schema resource").isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
        schemaFields = new LinkedHashMap<>();
        collectFields(schema, "", schemaFields);
        inputRows = rowsByPath(document, INPUT_TABLE);
    }

    @Test
    void everyPropertyOfTheSchemaIsDocumentedInAnInputFieldTable() {
        assertThat(schemaFields).as("the schema's properties").isNotEmpty();
        assertThat(inputRows.keySet()).as("input fields documented in %s", FORMAT_MD)
                .containsAll(schemaFields.keySet());
    }

    @Test
    void everyDocumentedInputFieldIsAPropertyOfTheSchema() {
        assertThat(schemaFields.keySet()).as("properties of the schema").containsAll(inputRows.keySet());
    }

    @Test
    void everyInputFieldIsDocumentedByOneRowOnly() {
        List<String> paths = new ArrayList<>();
        for (Table table : Table.all(document)) {
            if (table.named(INPUT_TABLE)) {
                table.rows().forEach(row -> paths.add(path(row)));
            }
        }
        assertThat(paths).doesNotHaveDuplicates();
    }

    @Test
    void everyDocumentedInputFieldGivesTypeConstraintsDefaultAndExample() {
        inputRows.forEach((path, cells) -> assertThat(cells).as(path).hasSize(5).allSatisfy(cell -> assertThat(cell).isNotBlank()));
    }

    @Test
    void everyValueAnEnumeratedFieldAcceptsIsListedInItsRow() {
        Map<String, Set<String>> enums = new LinkedHashMap<>();
        schemaFields.forEach((path, node) -> {
            Set<String> values = enumValues(node);
            if (!values.isEmpty()) {
                enums.put(path, values);
            }
        });
        assertThat(enums).as("enumerated fields of the schema").containsKeys("members[].statute", "members[].roles",
                "cooperations[].type", "projects[].innovation");
        enums.forEach((path, values) -> {
            String row = String.join(" | ", inputRows.getOrDefault(path, List.of()));
            for (String value : values) {
                assertThat(row).as("the row of %s lists %s", path, value).contains("`" + value + "`");
            }
        });
    }

    @Test
    void everyPoleExampleMarkedCheckedIsAValidPole() {
        List<String> examples = jsonBlocksAfter(document, CHECKED_POLE);
        assertThat(examples).as("examples marked %s", CHECKED_POLE).isNotEmpty();
        PoleReader reader = PoleReader.create();
        for (String example : examples) {
            assertThatCode(() -> reader.read(example)).as(example).doesNotThrowAnyException();
        }
    }

    @Test
    void theReadLimitsTableGivesTheReadersDefaults() throws ReflectiveOperationException {
        Map<String, List<String>> rows = rowsByPath(document, LIMITS_TABLE);
        Map<String, String> documented = new LinkedHashMap<>();
        rows.forEach((name, cells) -> documented.put(name, cells.get(1).replace(",", "").strip()));
        Map<String, String> defaults = new LinkedHashMap<>();
        for (RecordComponent component : ReadLimits.class.getRecordComponents()) {
            defaults.put(component.getName(), String.valueOf(component.getAccessor().invoke(ReadLimits.DEFAULT)));
        }
        assertThat(documented).isEqualTo(defaults);
    }

    // ---- the schema ----

    /** Every property path of {@code node}, {@code []} marking the items of an array. */
    private static void collectFields(JsonNode node, String prefix, Map<String, JsonNode> fields) {
        for (JsonNode part : resolved(node)) {
            part.path("properties").properties().forEach(e -> {
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                fields.putIfAbsent(path, e.getValue());
                collectFields(e.getValue(), path, fields);
            });
            if (part.has("items")) {
                collectFields(part.get("items"), prefix + "[]", fields);
            }
            for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
                part.path(keyword).forEach(sub -> collectFields(sub, prefix, fields));
            }
            for (String keyword : List.of("then", "else")) {
                if (part.has(keyword)) {
                    collectFields(part.get(keyword), prefix, fields);
                }
            }
        }
    }

    /** The node and, through {@code $ref}, the definitions it refers to. */
    private static List<JsonNode> resolved(JsonNode node) {
        List<JsonNode> parts = new ArrayList<>();
        JsonNode current = node;
        while (current != null && !current.isMissingNode()) {
            parts.add(current);
            String ref = current.path("$ref").asText(null);
            current = ref == null ? null : schema.at(ref.substring(1));
        }
        return parts;
    }

    /** The non-null values an enumerated field (or the items of an enumerated array) accepts. */
    private static Set<String> enumValues(JsonNode field) {
        Set<String> values = new TreeSet<>();
        for (JsonNode part : resolved(field)) {
            part.path("enum").forEach(v -> addText(v, values));
            for (JsonNode item : part.has("items") ? resolved(part.get("items")) : List.<JsonNode>of()) {
                item.path("enum").forEach(v -> addText(v, values));
            }
        }
        return values;
    }

    private static void addText(JsonNode value, Set<String> values) {
        if (value.isTextual()) {
            values.add(value.asText());
        }
    }

    // ---- the document ----

    /** The rows of the tables named {@code name}, by the path in their first cell. */
    static Map<String, List<String>> rowsByPath(String markdown, String name) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Table table : Table.all(markdown)) {
            if (table.named(name)) {
                table.rows().forEach(row -> rows.putIfAbsent(path(row), row));
            }
        }
        assertThat(rows).as("rows of the tables '%s' in %s", name, FORMAT_MD).isNotEmpty();
        return rows;
    }

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static String path(List<String> row) {
        Matcher m = CODE.matcher(row.get(0));
        assertThat(m.find()).as("first cell in backquotes: %s", row).isTrue();
        return m.group(1);
    }

    /** The fenced JSON blocks that follow a line equal to {@code marker}. */
    static List<String> jsonBlocksAfter(String markdown, String marker) {
        List<String> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].strip().equals(marker) && lines[i + 1].strip().startsWith("```")) {
                StringBuilder block = new StringBuilder();
                int j = i + 2;
                while (j < lines.length && !lines[j].strip().startsWith("```")) {
                    block.append(lines[j]).append('\n');
                    j++;
                }
                blocks.add(block.toString());
                i = j;
            }
        }
        return blocks;
    }

    /** A Markdown table: its header cells and its rows' cells ({@code \|} is a pipe inside a cell). */
    record Table(List<String> header, List<List<String>> rows) {
        boolean named(String name) {
            return header.get(0).equalsIgnoreCase(name);
        }

        static List<Table> all(String markdown) {
            List<Table> tables = new ArrayList<>();
            List<String> block = new ArrayList<>();
            boolean fenced = false;
            for (String line : (markdown + "\n").split("\n", -1)) {
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                }
                if (!fenced && line.strip().startsWith("|")) {
                    block.add(line.strip());
                } else if (!block.isEmpty()) {
                    if (block.size() >= 2) {
                        List<List<String>> rows = new ArrayList<>();
                        block.subList(2, block.size()).forEach(l -> rows.add(cells(l)));
                        tables.add(new Table(cells(block.get(0)), rows));
                    }
                    block.clear();
                }
            }
            return tables;
        }

        private static List<String> cells(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            String inner = line.substring(1, line.endsWith("|") && !line.endsWith("\\|") ? line.length() - 1 : line.length());
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                    cell.append('|');
                    i++;
                } else if (c == '|') {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            return cells;
        }
    }
}
