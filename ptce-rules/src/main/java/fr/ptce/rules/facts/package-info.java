/**
 * The fact model the rules match: public API, the same for the built-in referentials and a host's own
 * (see {@code docs/custom-referential.md}).
 *
 * <p>For each check the engine inserts one {@link fr.ptce.rules.facts.CheckFact} (the date, the thresholds in force,
 * where findings are recorded), one {@link fr.ptce.rules.facts.PoleFact}, one {@link fr.ptce.rules.facts.MemberFact}
 * per entry of {@code members[]} active on the date (with its derived classification), one
 * {@link fr.ptce.rules.facts.MembersFact} (those entries grouped as the built-in rules read them), one
 * {@link fr.ptce.rules.facts.BodyFact} per decision-making body (vote totals), one
 * {@link fr.ptce.rules.facts.CooperationFact} per active cooperation, one {@link fr.ptce.rules.facts.ProjectFact} per
 * project and one {@link fr.ptce.rules.facts.SupportFact} per State support decided by the date. A rule records its
 * outcome in its consequence with {@link fr.ptce.rules.facts.CheckFact#finding()}, a typed
 * {@link fr.ptce.rules.facts.Finding}; {@link fr.ptce.rules.facts.Bodies}, {@link fr.ptce.rules.facts.Families},
 * {@link fr.ptce.rules.facts.Persons} and {@link fr.ptce.rules.facts.Shares} are helpers for consequences.
 */
package fr.ptce.rules.facts;
