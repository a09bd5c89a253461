package fr.ptce.rules.internal;

/**
 * Public support already received.
 *
 * @param programme      the programme
 * @param statePtceCall  the programme is a State PTCE call (AAP-PTCE-…, AMI-PTCE-…)
 */
public record SupportFact(String programme, boolean statePtceCall) {
}
