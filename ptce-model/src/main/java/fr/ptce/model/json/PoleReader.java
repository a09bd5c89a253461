package fr.ptce.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.internal.BindingProblems;
import fr.ptce.model.internal.KnownValidPoles;
import fr.ptce.model.internal.StructureCheck;
import fr.ptce.model.internal.LocatedTree;
import fr.ptce.model.text.Texts;
import fr.ptce.model.internal.Mappers;
import fr.ptce.model.validation.PoleValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads format-v1 pole documents: parses, binds and validates in one call, and reports every problem it can
 * find (unknown fields, wrong types, invalid codes, dangling references…) with its JSON path, line and
 * column, in a {@link PoleFormatException}. Thread-safe and reusable; create one and share it.
 *
 * <pre>{@code
 * Pole pole = PoleReader.create().read(Path.of("pole.json"));
 * }</pre>
 */
public final class PoleReader {
    private final ReadLimits limits;
    private final ObjectMapper mapper;
    private final ObjectReader poleReader;
    /** Binds straight from the bytes, refusing a duplicate key: the fast path's reader. */
    private final ObjectReader directReader;
    private final PoleValidator validator;
    private final Locale locale;
    private final Texts texts;

    private PoleReader(ReadLimits limits, Locale locale) {
        this.limits = limits;
        this.mapper = Mappers.strict(Mappers.factory(limits));
        this.poleReader = mapper.readerFor(Pole.class);
        this.directReader = poleReader.with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.locale = locale;
        this.validator = PoleValidator.create(locale);
        this.texts = BindingProblems.texts(locale);
    }

    /** A reader with the {@link ReadLimits#DEFAULT default limits}, whose problems are written in English. */
    public static PoleReader create() {
        return new PoleReader(ReadLimits.DEFAULT, Locale.ENGLISH);
    }

    /**
     * A reader with the {@link ReadLimits#DEFAULT default limits} whose problems (its own, and those of the
     * validation) are written in {@code locale}'s language: French or English (any other language gives English).
     */
    public static PoleReader create(Locale locale) {
        return new PoleReader(ReadLimits.DEFAULT, locale);
    }

    /** A reader with these limits, whose problems are written in English. */
    public static PoleReader withLimits(ReadLimits limits) {
        return new PoleReader(limits, Locale.ENGLISH);
    }

    /** This reader, its problems written in {@code locale}'s language. */
    public PoleReader withLocale(Locale locale) {
        return new PoleReader(limits, locale);
    }

    /** The language of this reader's problems. */
    public Locale locale() {
        return locale;
    }

    /** The limits this reader applies. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a pole from a file.
     *
     * @throws PoleFormatException when the file cannot be read or is not a valid pole
     */
    public Pole read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw new PoleFormatException(source, List.of(new Problem("$", 1, 1, texts.format("reader.tooLarge",
                        size, limits.maxDocumentBytes()))));
            }
            byte[] bytes = readAll(file);
            if (bytes != null) {
                Pole pole = quickRead(bytes);
                return pole != null ? pole : read(new ByteArrayInputStream(bytes), source);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException e) {
            throw new PoleFormatException(source, List.of(Problem.at("$", texts.get("reader.notFound"))));
        } catch (IOException e) {
            throw new PoleFormatException(source, List.of(Problem.at("$", texts.format("reader.cannotReadFile", e.getMessage()))));
        }
    }

    /** Reads a pole from a JSON string. */
    public Pole read(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Pole pole = quickRead(bytes);
        return pole != null ? pole : read(new ByteArrayInputStream(bytes), "<string>");
    }

    /** The file's bytes, or null when reading them fails (the streaming read then says why, as it always has). */
    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The pole of a valid document, or null: the fast path for the usual case. The pole is bound straight from the
     * bytes, with no tree and no positions (paths, lines and columns are only needed to report problems), and its
     * structure checked in plain Java; any problem (syntax, a limit, a duplicate key, trailing content, binding,
     * validation) gives null, and the caller reads the document again through {@link #read(InputStream, String)},
     * which finds and positions every problem as before.
     */
    private Pole quickRead(byte[] bytes) {
        try {
            Pole pole = directReader.readValue(bytes);
            if (pole == null || !StructureCheck.isValid(pole)) {
                return null;
            }
            KnownValidPoles.add(pole);
            return pole;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads a pole from a stream of UTF-8 JSON (a byte-order mark is accepted), which is not closed.
     *
     * @param source a name for the input, used in messages
     */
    public Pole read(InputStream in, String source) {
        LocatedTree tree;
        JsonParser current = null;
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            current = parser;
            tree = LocatedTree.read(parser, texts);
        } catch (StreamConstraintsException e) {
            JsonLocation where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                    : current == null ? null : current.currentLocation();
            throw new PoleFormatException(source, List.of(problemAt(where,
                    texts.format("reader.limit", e.getOriginalMessage()))));
        } catch (JsonProcessingException e) {
            throw new PoleFormatException(source, List.of(problemAt(e.getLocation(),
                    syntaxMessage(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new PoleFormatException(source, List.of(Problem.at("$", texts.format("reader.cannotRead", e.getMessage()))));
        }
        return bind(tree, source);
    }

    private Pole bind(LocatedTree tree, String source) {
        List<Problem> problems = new ArrayList<>(tree.problems());
        JsonNode root = tree.root();
        if (!root.isObject()) {
            problems.add(tree.problemAt("$", texts.format("reader.notObject", BindingProblems.describe(root, texts))));
            throw failure(source, problems);
        }
        List<String> badPaths = new ArrayList<>();
        Pole pole = null;
        while (pole == null) {
            try {
                pole = poleReader.readValue(root);
            } catch (JsonMappingException e) {
                String path = BindingProblems.path(e);
                JsonNode offending = nodeAt(root, path);
                if (e instanceof PropertyBindingException u && !path.endsWith("." + u.getPropertyName())) {
                    path = path + "." + u.getPropertyName();
                    offending = nodeAt(root, path);
                }
                String message = BindingProblems.message(e, offending, texts);
                problems.add(e instanceof PropertyBindingException
                        ? tree.problemAtKey(path, message) : tree.problemAt(path, message));
                badPaths.add(path);
                if (problems.size() >= limits.maxProblems() || !remove(root, path)) {
                    throw failure(source, problems);
                }
            } catch (IOException e) {
                problems.add(tree.problemAt("$", texts.format("reader.cannotBind", e.getMessage())));
                throw failure(source, problems);
            }
        }
        for (Problem p : validator.validate(pole)) {
            if (badPaths.stream().noneMatch(bad -> p.path().equals(bad) || p.path().startsWith(bad + ".")
                    || p.path().startsWith(bad + "["))) {
                problems.add(tree.problemAt(p.path(), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw failure(source, problems);
        }
        return pole;
    }

    private static PoleFormatException failure(String source, List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::path));
        return new PoleFormatException(source, sorted);
    }

    private static Problem problemAt(JsonLocation location, String message) {
        if (location == null) {
            return Problem.at("$", message);
        }
        return new Problem("$", Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), message);
    }

    /** Jackson's own wordings, told in the reader's language when its messages have a {@code jackson.N} text. */
    private static final java.util.regex.Pattern[] JACKSON = {
        java.util.regex.Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)"),
        java.util.regex.Pattern.compile("Unexpected end-of-input"),
        java.util.regex.Pattern.compile("Unrecognized token '(.+?)'"),
        java.util.regex.Pattern.compile("was expecting double-quote to start field name"),
        java.util.regex.Pattern.compile("was expecting comma to separate (Array|Object) entries"),
        java.util.regex.Pattern.compile("was expecting a colon to separate field name and value"),
        java.util.regex.Pattern.compile("expected close marker for (Array|Object)"),
        java.util.regex.Pattern.compile("was expecting (\\('true', 'false' or 'null'\\)|JSON String, Number, Array, Object "
                + "or token 'null', 'true' or 'false')"),
        java.util.regex.Pattern.compile("expected '(.)'"),
        java.util.regex.Pattern.compile("within/between (Array|Object) entries"),
        java.util.regex.Pattern.compile("Unexpected close marker '(.)'"),
    };

    private static final java.util.regex.Pattern STARTING = java.util.regex.Pattern.compile(
            "\\(for (Array|Object) starting at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");

    /**
     * Jackson's syntax message as a whole sentence: without its source excerpt, and with "(for Array starting at
     * [Source…; line: 3, column: 14])" told as "in the array that starts on line 3, column 14".
     */
    private String syntaxMessage(String message) {
        if (message == null || message.isBlank()) {
            return texts.get("reader.syntaxUnknown");
        }
        String m = message.replace("\r", "").replace("\n", " ");
        java.util.regex.Matcher starting = STARTING.matcher(m);
        if (starting.find()) {
            m = m.substring(0, starting.start()) + texts.format("syntax.in",
                    texts.get(starting.group(1).equals("Array") ? "syntax.array" : "syntax.object"),
                    starting.group(2), starting.group(3)) + m.substring(starting.end());
        }
        int cut = m.indexOf(" at [Source");
        m = (cut > 0 ? m.substring(0, cut) : m).strip();
        for (int i = 0; i < JACKSON.length; i++) {
            String key = "jackson." + i;
            if (texts.has(key)) {
                m = JACKSON[i].matcher(m).replaceAll(texts.get(key));
            }
        }
        if (!texts.colon().equals(": ")) {
            m = m.replaceAll("(\\S): ", "$1" + texts.colon());
        }
        while (m.endsWith(".") || m.endsWith(":")) {
            m = m.substring(0, m.length() - 1);
        }
        return texts.format("reader.syntax", m);
    }

    /** The node at a JSON path produced by {@link BindingProblems#path}, or {@code null}. */
    private static JsonNode nodeAt(JsonNode root, String path) {
        JsonNode node = root;
        for (Object step : steps(path)) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    /** Removes the value at {@code path} (an array element becomes {@code null}); false if it cannot. */
    private static boolean remove(JsonNode root, String path) {
        List<Object> steps = steps(path);
        if (steps.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
            if (parent == null) {
                return false;
            }
        }
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode o && last instanceof String name && o.has(name)) {
            o.remove(name);
            return true;
        }
        if (parent instanceof ArrayNode a && last instanceof Integer i && i < a.size() && !a.get(i).isNull()) {
            a.set(i, NullNode.getInstance());
            return true;
        }
        return false;
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        int i = 1; // skip '$'
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                steps.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                steps.add(Integer.parseInt(path.substring(i + 1, end)));
                i = end + 1;
            } else {
                i++;
            }
        }
        return steps;
    }
}
