package fr.ptce.rules;

/** The outcome of one rule in one check. */
public enum Outcome {
    /** The rule's condition holds. */
    PASSED,
    /** The rule's condition does not hold. */
    FAILED,
    /** The rule's precondition does not hold (e.g. no carrier declared): nothing to check. */
    NOT_APPLICABLE
}
