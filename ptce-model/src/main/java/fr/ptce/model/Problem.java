package fr.ptce.model;

/**
 * One problem found in an input document: what is wrong and where.
 *
 * @param path    JSON path of the offending value, e.g. {@code $.members[2].siren} ({@code $} is the document)
 * @param line    1-based line in the source, 0 when unknown (a pole built in code)
 * @param column  1-based column in the source, 0 when unknown
 * @param message what is wrong and what was expected
 */
public record Problem(String path, int line, int column, String message) {

    /** A problem with no position in a source. */
    public static Problem at(String path, String message) {
        return new Problem(path, 0, 0, message);
    }

    /** True when the problem has a line and column. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code path (line L, column C): message}, or {@code path: message} without position. */
    @Override
    public String toString() {
        return hasPosition()
                ? path + " (line " + line + ", column " + column + "): " + message
                : path + ": " + message;
    }
}
