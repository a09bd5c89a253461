package fr.ptce.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import fr.ptce.rules.ParameterDefinition;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a referential's definitions ({@code referential.json}) with Jackson's streaming parser. The file is small and
 * read once per process, at the start of every command: binding it to records through an {@code ObjectMapper} cost
 * more than the rest of the catalogue (the mapper's set-up and the introspection of four record types), so the
 * fields are read here one by one. Strict: an unknown field, a field given twice, a missing required field or a
 * value of the wrong type fails with a {@link JsonParseException} at the offending token (its line and column).
 */
final class DescriptorReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private DescriptorReader() {
    }

    /** What a {@code referential.json} holds. */
    record Descriptor(String id, String inForceFrom, boolean partOfEveryReferential, String rulePackage,
                      String compiledRules, String messages, List<RuleDescriptor> rules) {
    }

    /** One rule of a {@code referential.json}. */
    record RuleDescriptor(String id, Severity severity, Source source, List<ParameterDefinition> parameters,
                          String failureExample, String concerns) {
    }

    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");

    /** Reads the definitions from {@code in} (not closed). */
    static Descriptor read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "an object");
            String id = null;
            String inForceFrom = null;
            Boolean everyReferential = null;
            String rulePackage = null;
            String compiledRules = null;
            String messages = null;
            List<RuleDescriptor> rules = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = text(p, value, true);
                    case "inForceFrom" -> inForceFrom = text(p, value, false);
                    case "partOfEveryReferential" -> everyReferential = bool(p, value);
                    case "rulePackage" -> rulePackage = text(p, value, true);
                    case "compiledRules" -> compiledRules = text(p, value, true);
                    case "messages" -> messages = text(p, value, true);
                    case "rules" -> rules = array(p, value, "rules", DescriptorReader::rule);
                    default -> throw unknown(p, field, "id, inForceFrom, partOfEveryReferential, rulePackage, "
                            + "compiledRules, messages, rules");
                }
            }
            required(p, id, "id");
            required(p, rulePackage, "rulePackage");
            required(p, compiledRules, "compiledRules");
            required(p, messages, "messages");
            required(p, rules, "rules");
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "content after the end of the definitions");
            }
            return new Descriptor(id, inForceFrom, Boolean.TRUE.equals(everyReferential), rulePackage, compiledRules,
                    messages, rules);
        }
    }

    /** Reads one element of an array, from its first token. */
    private interface Element<T> {
        T read(JsonParser p, JsonToken start) throws IOException;
    }

    /** An array of {@code what}, each element read by {@code element}. */
    private static <T> List<T> array(JsonParser p, JsonToken start, String what, Element<T> element)
            throws IOException {
        expect(p, start, JsonToken.START_ARRAY, "an array of " + what);
        List<T> elements = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            elements.add(element.read(p, t));
        }
        return List.copyOf(elements);
    }

    private static RuleDescriptor rule(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_OBJECT, "a rule (an object)");
        String id = null;
        Severity severity = null;
        Source source = null;
        List<ParameterDefinition> parameters = null;
        String failureExample = null;
        String concerns = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = text(p, value, true);
                case "severity" -> severity = severity(p, value);
                case "source" -> source = source(p, value);
                case "parameters" -> parameters = value == JsonToken.VALUE_NULL ? null
                        : array(p, value, "parameters", DescriptorReader::parameter);
                case "failureExample" -> failureExample = text(p, value, false);
                case "concerns" -> concerns = text(p, value, false);
                default -> throw unknown(p, field, "id, severity, source, parameters, failureExample, concerns");
            }
        }
        required(p, id, "id");
        required(p, severity, "severity");
        required(p, source, "source");
        return new RuleDescriptor(id, severity, source, parameters, failureExample, concerns);
    }

    private static Severity severity(JsonParser p, JsonToken value) throws IOException {
        String name = text(p, value, true);
        if (!SEVERITIES.contains(name)) {
            throw new JsonParseException(p, "severity is ERROR, WARNING or INFO, not \"" + name + "\"");
        }
        return Severity.valueOf(name);
    }

    private static Source source(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_OBJECT, "a source (an object with a label and a url)");
        String label = null;
        String url = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "label" -> label = text(p, value, false);
                case "url" -> url = text(p, value, false);
                default -> throw unknown(p, field, "label, url");
            }
        }
        return new Source(label, url);
    }

    private static ParameterDefinition parameter(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_OBJECT, "a parameter (an object)");
        String key = null;
        Double defaultValue = null;
        Double min = null;
        Double max = null;
        Boolean maxExcluded = null;
        Boolean integer = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "key" -> key = text(p, value, false);
                case "default" -> defaultValue = number(p, value);
                case "min" -> min = number(p, value);
                case "max" -> max = number(p, value);
                case "maxExcluded" -> maxExcluded = bool(p, value);
                case "integer" -> integer = bool(p, value);
                default -> throw unknown(p, field, "key, default, min, max, maxExcluded, integer");
            }
        }
        if (key == null || key.isBlank()) {
            throw new JsonParseException(p, "a parameter has no key");
        }
        if (defaultValue == null) {
            throw new JsonParseException(p, "parameter " + key + " has no default");
        }
        if (min == null || max == null) {
            throw new JsonParseException(p, "parameter " + key + " has no min or no max");
        }
        try {
            return new ParameterDefinition(key, defaultValue, min, max, Boolean.TRUE.equals(maxExcluded),
                    Boolean.TRUE.equals(integer));
        } catch (IllegalArgumentException e) {
            throw new JsonParseException(p, e.getMessage());
        }
    }

    private static String text(JsonParser p, JsonToken value, boolean required) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (value == JsonToken.VALUE_NULL && !required) {
            return null;
        }
        throw new JsonParseException(p, p.currentName() + " is a string, not " + describe(value));
    }

    private static Boolean bool(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(p, p.currentName() + " is true or false, not " + describe(value));
        };
    }

    private static Double number(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(p, p.currentName() + " is a number, not " + describe(value));
        };
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(p, "expected " + what + ", found " + describe(actual));
        }
    }

    private static void required(JsonParser p, Object value, String field) throws IOException {
        if (value == null) {
            throw new JsonParseException(p, "the required field \"" + field + "\" is missing");
        }
    }

    private static JsonParseException unknown(JsonParser p, String field, String known) {
        return new JsonParseException(p, "unknown field \"" + field + "\" (known: " + known + ")");
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }
}
