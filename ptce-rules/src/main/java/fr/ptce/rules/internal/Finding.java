package fr.ptce.rules.internal;

import fr.ptce.rules.Outcome;
import java.util.List;
import java.util.Map;

/**
 * What one rule found in one check, before messages are rendered.
 *
 * @param ruleId   the rule's stable id
 * @param outcome  passed, failed or not applicable
 * @param evidence ids (members, cooperations, projects, programmes) the outcome rests on
 * @param figures  named figures for the message and the remedy
 */
public record Finding(String ruleId, Outcome outcome, List<String> evidence, Map<String, Object> figures) {
}
