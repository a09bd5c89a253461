package fr.ptce.model.internal;

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

    /** A message for the exception, given the offending node (may be {@code null}). */
    public static String message(JsonMappingException e, JsonNode node) {
        if (e instanceof PropertyBindingException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String expected = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ", " (expected one of: ", ")"));
            return "unknown field \"" + u.getPropertyName() + "\"" + expected;
        }
        Class<?> target = null;
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            target = m.getTargetType();
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            target = f.getTargetType();
        }
        if (target != null) {
            return "expected " + expected(target) + ", got " + describe(node);
        }
        String original = e.getOriginalMessage();
        return original == null ? "invalid value" : firstLine(original);
    }

    /** What a value of this Java type looks like in format v1. */
    public static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "an ISO date \"YYYY-MM-DD\" (a real calendar date)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> "\"" + c + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** Same as {@link #expected(Class)} for a Jackson type. */
    public static String expected(JavaType type) {
        return expected(type.getRawClass());
    }

    /** A short description of a JSON value, quoting short scalars. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "the string \"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
        }
        if (node.isNumber()) {
            String text = node.asText();
            return "the number " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
