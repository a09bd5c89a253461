package fr.ptce.rules;

/**
 * Where a rule comes from.
 *
 * @param label e.g. "Loi n° 2014-856, art. 9, I"
 * @param url   the official text (Légifrance) or the documented source
 */
public record Source(String label, String url) {
}
