package fr.ptce.model.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.model.text.Texts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a CSV list of members (one row per member, columns named as the member fields of format v1) into a pole,
 * replacing its members, and validates the result with {@link PoleReader}.
 *
 * <p>The file is UTF-8, with or without a byte-order mark, CRLF or LF line ends; the separator ({@code ;} as
 * French spreadsheets write it, or {@code ,}) is detected from the header line, which is required. Values may be
 * quoted ({@code "Dupont, Durand et fils"}, {@code ""} for a quote). Columns: {@code id}, {@code name} (both
 * required), {@code siren}, {@code siret}, {@code legalCategory}, {@code statute}, {@code essStatutes},
 * {@code esusApproval.grantedOn} and {@code esusApproval.expiresOn} (the ESUS approval, ISO dates), {@code sireneEss},
 * {@code roles} (several as {@code ENTERPRISE|OTHER}), {@code naf}, {@code naturalPerson}, {@code relation},
 * {@code enterpriseGrouping.members} and {@code enterpriseGrouping.nonEssMembers} (together), {@code commune},
 * {@code headcountBand}, {@code employees}, {@code joinedOn}, {@code leftOn}; header names are matched ignoring case;
 * an unknown column is an error (a typo must not lose a column). An empty cell is an absent value. Booleans are
 * {@code true}/{@code false} or {@code oui}/{@code non}; enumerations ignore case; spaces inside a SIREN or SIRET
 * are removed.
 *
 * <p>No row is ever dropped silently: each row is imported, or rejected with its line number and the reason (a value
 * that does not convert, or any problem the pole reader finds in that member). One rejected row rejects the whole
 * import: the caller writes nothing.
 *
 * <p>The reasons are in French or English ({@code fr/ptce/model/csv/messages_<language>.properties}); the problems
 * the pole reader finds are quoted as the reader gives them. An importer is immutable and may be shared.
 */
public final class MemberCsv {
    /** The member columns, in format order. */
    public static final List<String> COLUMNS = List.of("id", "name", "siren", "siret", "legalCategory", "statute",
            "essStatutes", "esusApproval.grantedOn", "esusApproval.expiresOn", "sireneEss", "roles", "naf",
            "naturalPerson", "relation", "enterpriseGrouping.members", "enterpriseGrouping.nonEssMembers", "commune",
            "headcountBand", "employees", "joinedOn", "leftOn");
    private static final List<String> BOOLEANS = List.of("essStatutes", "naturalPerson");
    private static final List<String> INTEGERS = List.of("employees", "enterpriseGrouping.members",
            "enterpriseGrouping.nonEssMembers");
    private static final List<String> ENUMS = List.of("statute", "sireneEss", "relation");
    private static final Pattern MEMBER_PATH = Pattern.compile("^\\$\\.members\\[(\\d+)](.*)$");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A row (or the header) that could not be imported: its 1-based line in the CSV file and why. */
    public record Rejection(int line, String memberId, String reason) {
    }

    /**
     * The outcome of an import.
     *
     * @param pole         the pole with the imported members, validated; {@code null} when anything was rejected
     * @param imported     the number of members imported
     * @param rejections   the rejected rows (and header problems), by line
     * @param poleProblems problems of the resulting pole that no row explains (e.g. a seat of a member the CSV no
     *                     longer lists)
     */
    public record Result(Pole pole, int imported, List<Rejection> rejections, List<Problem> poleProblems) {
        /** True when the import succeeded: nothing rejected, the pole valid. */
        public boolean ok() {
            return pole != null;
        }
    }

    private record Row(int line, Map<String, String> cells) {
    }

    private final Texts messages;
    private final PoleReader reader;

    /**
     * An importer that validates with {@code reader} and gives its reasons in {@code locale}'s language: French for
     * a French locale, English for any other.
     */
    public MemberCsv(PoleReader reader, Locale locale) {
        this.messages = Texts.load(locale, "messages", MemberCsv.class::getResourceAsStream);
        this.reader = reader;
    }

    /**
     * Replaces the members of {@code pole} with the rows of {@code csv}.
     *
     * @param csv    the CSV file's bytes
     * @param source a name for the CSV file, used in messages
     */
    public Result importInto(Pole pole, byte[] csv, String source) {
        List<Rejection> rejections = new ArrayList<>();
        String text;
        try {
            text = decode(csv);
        } catch (CharacterCodingException e) {
            return rejected(new Rejection(lineOfFirstBadByte(csv), null, messages.format("import.encoding", source,
                    lineOfFirstBadByte(csv))));
        }
        if (text.isBlank()) {
            return rejected(new Rejection(1, null, messages.format("import.header.missing", source)));
        }
        char separator = detectSeparator(text);
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        CsvMapper mapper = new CsvMapper();
        // Blank (or blank-looking) lines are not rows: they are skipped, as is the final line end.
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        try (CsvParser parser = (CsvParser) mapper.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"'));
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                // A row starts on the line of its first value (a quoted value may span several lines).
                int line = -1;
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                if (header == null) {
                    header = cells;
                    rejections.addAll(checkHeader(header, line, source));
                    if (!rejections.isEmpty()) {
                        return rejected(rejections);
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    rejections.add(new Rejection(line, null, messages.format("import.row", source, line, "?",
                            messages.format("import.row.columns", cells.size(), header.size()))));
                    continue;
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                boolean empty = true;
                for (int i = 0; i < header.size(); i++) {
                    String value = cells.get(i).strip();
                    byColumn.put(canonical(header.get(i)), value.isEmpty() ? null : value);
                    empty &= value.isEmpty();
                }
                if (empty) {
                    rejections.add(new Rejection(line, null, messages.format("import.row", source, line, "?",
                            messages.get("import.row.empty"))));
                    continue;
                }
                rows.add(new Row(line, byColumn));
            }
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : 0;
            rejections.add(new Rejection(line, null, messages.format("import.csvSyntax", source, line,
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException j2 ? j2.getOriginalMessage() : e.getMessage())));
            return rejected(rejections);
        }
        if (header == null) {
            return rejected(new Rejection(1, null, messages.format("import.header.missing", source)));
        }

        // Convert each row. A row with a value that does not convert is rejected, but still goes into the document
        // (without that value) so that the references to it resolve and the reader reports its other problems.
        ArrayNode members = JSON.createArrayNode();
        for (Row row : rows) {
            List<String> errors = new ArrayList<>();
            members.add(toJson(row.cells(), errors));
            for (String error : errors) {
                rejections.add(new Rejection(row.line(), row.cells().get("id"),
                        messages.format("import.row", source, row.line(), idOf(row), error)));
            }
        }

        // Validate the whole pole with the reader; problems under $.members[i] belong to the i-th kept row.
        ObjectNode document;
        try {
            document = (ObjectNode) JSON.readTree(PoleWriter.create().write(pole));
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-read a written pole", e);
        }
        document.set("members", members);
        List<Problem> poleProblems = new ArrayList<>();
        Pole result = null;
        try {
            result = reader.read(document.toString());
        } catch (PoleFormatException e) {
            for (Problem p : e.problems()) {
                Matcher m = MEMBER_PATH.matcher(p.path());
                if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                    Row row = rows.get(Integer.parseInt(m.group(1)));
                    String field = m.group(2).startsWith(".") ? m.group(2).substring(1) : m.group(2);
                    rejections.add(new Rejection(row.line(), row.cells().get("id"), messages.format("import.row", source,
                            row.line(), idOf(row), (field.isEmpty() ? "" : field + messages.colon()) + p.message())));
                } else {
                    // Name the offending value: "no entry of members has this id" is only useful with the id.
                    JsonNode value = document.at(pointer(p.path()));
                    String path = value.isValueNode() ? p.path() + " (" + value + ")" : p.path();
                    poleProblems.add(Problem.at(path, p.message()));
                }
            }
        }
        rejections.sort(java.util.Comparator.comparingInt(Rejection::line));
        if (!rejections.isEmpty() || result == null) {
            return new Result(null, 0, List.copyOf(rejections), List.copyOf(poleProblems));
        }
        return new Result(result, rows.size(), List.of(), List.of());
    }

    /** {@code $.a[1].b} as the JSON pointer {@code /a/1/b}. */
    private static String pointer(String path) {
        String p = path.startsWith("$") ? path.substring(1) : path;
        return p.replace("[", ".").replace("]", "").replace('.', '/');
    }

    private Result rejected(Rejection rejection) {
        return rejected(List.of(rejection));
    }

    private static Result rejected(List<Rejection> rejections) {
        return new Result(null, 0, List.copyOf(rejections), List.of());
    }

    private static String idOf(Row row) {
        String id = row.cells().get("id");
        return id == null ? "?" : id;
    }

    /** UTF-8, strictly (a Latin-1 export must not be read as garbage), without the byte-order mark. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : -1;
            if (length < 0 || i + length > bytes.length) {
                return line;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return line;
    }

    /** {@code ;} when the header line has more semicolons than commas (outside quotes), otherwise {@code ,}. */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<Rejection> checkHeader(List<String> header, int line, String source) {
        List<Rejection> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String name : header) {
            String column = canonical(name);
            if (!COLUMNS.contains(column)) {
                problems.add(new Rejection(line, null, messages.format("import.header.unknown", source, line, name.strip(),
                        String.join(", ", COLUMNS))));
            } else if (seen.contains(column)) {
                problems.add(new Rejection(line, null, messages.format("import.header.duplicate", source, line, column)));
            }
            seen.add(column);
        }
        for (String required : List.of("id", "name")) {
            if (!seen.contains(required)) {
                problems.add(new Rejection(line, null, messages.format("import.header.required", source, line, required)));
            }
        }
        return problems;
    }

    /** The column a header name stands for (case ignored), or the name itself when it is not a column. */
    private static String canonical(String headerName) {
        String name = headerName.strip();
        for (String column : COLUMNS) {
            if (column.equalsIgnoreCase(name)) {
                return column;
            }
        }
        return name;
    }

    private ObjectNode toJson(Map<String, String> cells, List<String> errors) {
        ObjectNode member = JSON.createObjectNode();
        ObjectNode grouping = null;
        ObjectNode esus = null;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = cell.getKey();
            String value = cell.getValue();
            if (value == null) {
                continue;
            }
            if (BOOLEANS.contains(column)) {
                Boolean b = parseBoolean(value);
                if (b == null) {
                    errors.add(column + messages.colon() + messages.format("import.row.boolean", value));
                } else {
                    member.put(column, b);
                }
            } else if (INTEGERS.contains(column)) {
                Integer n = parseCount(value);
                if (n == null) {
                    errors.add(column + messages.colon() + messages.format("import.row.integer", value));
                } else if (column.startsWith("enterpriseGrouping.")) {
                    if (grouping == null) {
                        grouping = member.putObject("enterpriseGrouping");
                    }
                    grouping.put(column.substring("enterpriseGrouping.".length()), n);
                } else {
                    member.put(column, n);
                }
            } else if (ENUMS.contains(column)) {
                member.put(column, value.toUpperCase(Locale.ROOT));
            } else if (column.equals("roles")) {
                ArrayNode roles = member.putArray("roles");
                for (String role : value.split("\\|")) {
                    if (!role.isBlank()) {
                        roles.add(role.strip().toUpperCase(Locale.ROOT));
                    }
                }
            } else if (column.startsWith("esusApproval.")) {
                if (esus == null) {
                    esus = member.putObject("esusApproval");
                }
                esus.put(column.substring("esusApproval.".length()), value);
            } else if (column.equals("siren") || column.equals("siret")) {
                member.put(column, value.replaceAll("[\\s\\u00a0\\u202f]", ""));
            } else {
                member.put(column, value);
            }
        }
        if (grouping != null && grouping.size() != 2) {
            errors.add(messages.format("import.row.pair", "enterpriseGrouping.members", "enterpriseGrouping.nonEssMembers"));
        }
        return member;
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "vrai", "yes" -> Boolean.TRUE;
            case "false", "non", "faux", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Integer parseCount(String value) {
        try {
            int n = Integer.parseInt(value.replaceAll("[\\s\\u00a0\\u202f]", ""));
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
