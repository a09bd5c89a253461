package fr.ptce.rules;

/** How much a failed rule weighs on the verdict. */
public enum Severity {
    /** A failure makes the pole non-compliant. */
    ERROR,
    /** A failure leaves the pole compliant with warnings. */
    WARNING,
    /** Never changes the verdict. */
    INFO
}
