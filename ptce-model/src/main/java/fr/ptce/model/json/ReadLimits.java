package fr.ptce.model.json;

/**
 * Limits applied while reading a document, so that hostile or broken input is rejected quickly and in
 * bounded memory. The defaults suit any real pole by a wide margin (the largest known PTCE has a few
 * hundred members, a few hundred kilobytes of JSON).
 *
 * @param maxDocumentBytes  largest document accepted, in bytes (default 4 MiB; a 1,000-member pole is about 500 KB)
 * @param maxNestingDepth   deepest nesting of arrays and objects (default 32; format v1 needs 5)
 * @param maxStringLength   longest string value, in characters (default 100,000)
 * @param maxNumberLength   longest number literal, in characters (default 30)
 * @param maxNameLength     longest object key, in characters (default 200)
 * @param maxTokens         most JSON tokens (keys, values, brackets) in a document (default 200,000; a 1,000-member
 *                          pole has about 50,000), which bounds the memory a document can take
 * @param maxProblems       problems collected before reading stops (default 100)
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
                         int maxNameLength, long maxTokens, int maxProblems) {

    /** The defaults. */
    public static final ReadLimits DEFAULT = new ReadLimits(4L * 1024 * 1024, 32, 100_000, 30, 200, 200_000, 100);

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
                || maxNameLength <= 0 || maxTokens <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
