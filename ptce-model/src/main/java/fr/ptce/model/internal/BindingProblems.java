package fr.ptce.model.internal;

import fr.ptce.model.text.Texts;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's binding exceptions into a JSON path and a message saying what was expected. */
public final class BindingProblems {
    private BindingProblems() {
    }

    /** The JSON path ({@code $.a[0].b}) of the exception's location in the document. */
    public static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static final Texts ENGLISH = texts(java.util.Locale.ENGLISH);

    /** The reader's messages in {@code locale}'s language (English when the library has not that language). */
    public static Texts texts(java.util.Locale locale) {
        return Texts.load(locale, "messages", fr.ptce.model.json.PoleReader.class::getResourceAsStream);
    }

    /** A message for the exception, given the offending node (may be {@code null}), in English. */
    public static String message(JsonMappingException e, JsonNode node) {
        return message(e, node, ENGLISH);
    }

    /** A message for the exception, given the offending node (may be {@code null}), in the language of {@code t}. */
    public static String message(JsonMappingException e, JsonNode node, Texts t) {
        if (e instanceof PropertyBindingException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String unknown = t.format("binding.unknownField", u.getPropertyName());
            return known == null ? unknown : t.format("binding.expectedOneOf", unknown,
                    known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        Class<?> target = null;
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            target = m.getTargetType();
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            target = f.getTargetType();
        }
        if (target != null) {
            return t.format("binding.expected", expected(target, t), describe(node, t));
        }
        String original = e.getOriginalMessage();
        return original == null ? t.get("binding.invalid") : firstLine(original);
    }

    /** What a value of this Java type looks like in format v1, in English. */
    public static String expected(Class<?> type) {
        return expected(type, ENGLISH);
    }

    /** What a value of this Java type looks like in format v1, in the language of {@code t}. */
    public static String expected(Class<?> type, Texts t) {
        if (type == String.class) {
            return t.get("type.string");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return t.get("type.integer");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return t.get("type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return t.get("type.boolean");
        }
        if (type == LocalDate.class) {
            return t.get("type.date");
        }
        if (type.isEnum()) {
            return t.format("type.enum", Arrays.stream(type.getEnumConstants()).map(c -> "\"" + c + "\"")
                    .collect(Collectors.joining(", ")));
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return t.get("type.array");
        }
        return t.get("type.object");
    }

    /** Same as {@link #expected(Class)} for a Jackson type. */
    public static String expected(JavaType type) {
        return expected(type.getRawClass());
    }

    /** A short description of a JSON value, quoting short scalars, in English. */
    public static String describe(JsonNode node) {
        return describe(node, ENGLISH);
    }

    /** A short description of a JSON value, quoting short scalars, in the language of {@code t}. */
    public static String describe(JsonNode node, Texts t) {
        if (node == null || node.isMissingNode()) {
            return t.get("got.nothing");
        }
        if (node.isNull()) {
            return t.get("got.null");
        }
        if (node.isTextual()) {
            String text = node.asText();
            return t.format("got.string", text.length() > 60 ? text.substring(0, 60) + "…" : text);
        }
        if (node.isNumber()) {
            String text = node.asText();
            return t.format("got.number", text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return t.get("got.array");
        }
        return t.get("got.object");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
