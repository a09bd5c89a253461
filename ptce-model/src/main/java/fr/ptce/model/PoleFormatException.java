package fr.ptce.model;

import java.util.List;

/**
 * The input is not a valid format-v1 pole. Carries every problem found (at least one), each with its JSON
 * path and, when read from a document, its line and column. The only exception the library's readers throw.
 */
public class PoleFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * @param source   a name for the input (file name, {@code <string>}), used in the message
     * @param problems the problems, at least one
     */
    public PoleFormatException(String source, List<Problem> problems) {
        super(describe(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PoleFormatException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The name of the input. */
    public String source() {
        return source;
    }

    /** The problems found, in document order where known. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
