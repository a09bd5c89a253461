package fr.ptce.model.internal;

import fr.ptce.model.text.Texts;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ptce.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree read in one streaming pass that remembers where each value starts (line, column) by JSON
 * path, and reports duplicate keys instead of silently keeping the last one.
 */
public final class LocatedTree {
    private final JsonNode root;
    private final Map<String, int[]> positions;
    private final Map<String, int[]> keyPositions;
    private final Map<String, int[]> ends;
    private final List<Problem> problems;

    private LocatedTree(JsonNode root, Map<String, int[]> positions, Map<String, int[]> keyPositions,
                        Map<String, int[]> ends, List<Problem> problems) {
        this.root = root;
        this.positions = positions;
        this.keyPositions = keyPositions;
        this.ends = ends;
        this.problems = problems;
    }

    /** Where a value is in the text: its first character, and the character just after its last (1-based). */
    public record Span(int startLine, int startColumn, int endLine, int endColumn) {
    }

    /** The span of the value at {@code path} ({@code $}, {@code $.members[2]}), when the document has one there. */
    public java.util.Optional<Span> span(String path) {
        int[] start = positions.get(path);
        int[] end = ends.get(path);
        return start == null || end == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Span(start[0], start[1], end[0], end[1]));
    }

    /** The tree (duplicate keys keep their first value). */
    public JsonNode root() {
        return root;
    }

    /** Duplicate-key problems found while reading. */
    public List<Problem> problems() {
        return problems;
    }

    /** A problem at {@code path}, positioned at the value or, when absent, at its nearest enclosing value. */
    public Problem problemAt(String path, String message) {
        String p = path;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) {
                return new Problem(path, pos[0], pos[1], message);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return new Problem(path, 1, 1, message);
            }
            p = p.substring(0, cut);
        }
    }

    /** A problem about the key at {@code path} (an unknown field): positioned at the key itself when known. */
    public Problem problemAtKey(String path, String message) {
        int[] pos = keyPositions.get(path);
        return pos == null ? problemAt(path, message) : new Problem(path, pos[0], pos[1], message);
    }

    /**
     * Reads one JSON value from {@code parser} and checks that nothing follows it.
     *
     * @throws IOException on a syntax error, a limit exceeded or an I/O failure (with the parser's location)
     */
    public static LocatedTree read(JsonParser parser) throws IOException {
        return read(parser, BindingProblems.texts(java.util.Locale.ENGLISH));
    }

    /**
     * Reads one JSON value from {@code parser} and checks that nothing follows it; messages in the language of
     * {@code texts} (the reader's messages, {@link BindingProblems#texts}).
     *
     * @throws IOException on a syntax error, a limit exceeded or an I/O failure (with the parser's location)
     */
    public static LocatedTree read(JsonParser parser, Texts texts) throws IOException {
        Builder b = new Builder(parser, texts);
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, texts.get("reader.empty"));
        }
        JsonNode root = b.value(first, "$");
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser,
                    texts.format("reader.trailing", trailing.asString()));
        }
        return new LocatedTree(root, b.positions, b.keyPositions, b.ends, b.problems);
    }

    private static final class Builder {
        private final JsonParser parser;
        private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        private final Map<String, int[]> positions = new HashMap<>();
        private final Map<String, int[]> keyPositions = new HashMap<>();
        private final Map<String, int[]> ends = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        private final Texts texts;

        Builder(JsonParser parser, Texts texts) {
            this.parser = parser;
            this.texts = texts;
        }

        JsonNode value(JsonToken token, String path) throws IOException {
            JsonLocation loc = parser.currentTokenLocation();
            positions.put(path, new int[] {loc.getLineNr(), loc.getColumnNr()});
            JsonNode node = node(token, path);
            JsonLocation end = parser.currentLocation();
            ends.put(path, new int[] {end.getLineNr(), end.getColumnNr()});
            return node;
        }

        private JsonNode node(JsonToken token, String path) throws IOException {
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = nodes.objectNode();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                        String name = parser.currentName();
                        JsonLocation keyLoc = parser.currentTokenLocation();
                        String childPath = path + "." + name;
                        keyPositions.putIfAbsent(childPath, new int[] {keyLoc.getLineNr(), keyLoc.getColumnNr()});
                        JsonNode child = value(parser.nextToken(), childPath);
                        if (object.has(name)) {
                            problems.add(new Problem(childPath, keyLoc.getLineNr(), keyLoc.getColumnNr(),
                                    texts.format("reader.duplicateKey", name)));
                        } else {
                            object.set(name, child);
                        }
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = nodes.arrayNode();
                    int i = 0;
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        array.add(value(t, path + "[" + i++ + "]"));
                    }
                    return array;
                }
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? nodes.numberNode(parser.getBigIntegerValue())
                            : parser.getNumberType() == JsonParser.NumberType.LONG
                            ? nodes.numberNode(parser.getLongValue()) : nodes.numberNode(parser.getIntValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected token " + token);
            }
        }
    }
}
