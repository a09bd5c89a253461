package fr.ptce.model;

/** Regular expressions of format v1, shared by the model's constraints and the JSON Schema. */
public final class Patterns {
    /** An identifier: lower-case letters, digits and hyphens. */
    public static final String SLUG = "^[a-z0-9-]+$";
    /** A SIREN: 9 digits (the check digit is verified separately). */
    public static final String SIREN = "^\\d{9}$";
    /** A SIRET: 14 digits (the check digit is verified separately). */
    public static final String SIRET = "^\\d{14}$";
    /** An INSEE legal category code (niveau III): 4 digits. */
    public static final String LEGAL_CATEGORY = "^\\d{4}$";
    /** A COG commune code, Corsica included. */
    public static final String COMMUNE = "^(\\d{5}|2[AB]\\d{3})$";

    /** A NAF rév. 2 sub-class code (APE), with its dot: {@code 72.19Z}. */
    public static final String NAF = "^\\d{2}\\.\\d{2}[A-Z]$";

    private Patterns() {
    }
}
