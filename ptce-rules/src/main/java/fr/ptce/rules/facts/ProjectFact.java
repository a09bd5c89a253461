package fr.ptce.rules.facts;

/**
 * A project of the pole.
 *
 * @param id            project id
 * @param social        innovative socially
 * @param technological innovative technologically
 */
public record ProjectFact(String id, boolean social, boolean technological) {
}
