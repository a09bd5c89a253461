package fr.ptce.rules.facts;

/**
 * Public support already received, decided on or before the as-of date (only those are facts of a check).
 *
 * @param programme        the programme
 * @param callForProjects  a State PTCE call for projects ({@code AAP-PTCE-…}): what décret 2015-431 art. 3 6° targets
 * @param statePtceCall    a State PTCE call of either kind ({@code AAP-PTCE-…}, {@code AMI-PTCE-…})
 */
public record SupportFact(String programme, boolean callForProjects, boolean statePtceCall) {
}
