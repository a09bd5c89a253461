package fr.ptce.rules;

/**
 * A referential found on the class path is not usable: its definitions, messages or compiled rules are missing or
 * inconsistent. The message names the jar (or directory) it comes from and the referential or rule concerned.
 * Thrown when the catalogue is discovered ({@link ComplianceChecker#create()}, {@link RuleCatalogue#standard()}).
 */
public final class InvalidReferentialException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An exception with this message. */
    public InvalidReferentialException(String message) {
        super(message);
    }

    /** An exception with this message and cause. */
    public InvalidReferentialException(String message, Throwable cause) {
        super(message, cause);
    }
}
