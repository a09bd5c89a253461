package fr.ptce.rules.internal;

import fr.ptce.rules.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check itself as a fact: which referentials are evaluated (those asked for and in force on the as-of date), the
 * thresholds in force, and the findings the rules record. One instance per check (never shared across threads).
 */
public final class CheckFact {
    private final boolean art9;
    private final boolean decret;
    private final boolean charte;
    private final double essVoteShareMin;
    private final int minActorFamilies;
    private final double anchoredShareMin;
    private final Map<String, Finding> findings = new HashMap<>(64);

    /**
     * @param art9             evaluate LOI-2014-856-ART9
     * @param decret           evaluate DECRET-2015-431-ART3
     * @param charte           evaluate CHARTE-LABO-ESS
     * @param essVoteShareMin  parameter of CH-ESS-LED-GOVERNANCE
     * @param minActorFamilies parameter of CH-MULTI-ACTOR
     * @param anchoredShareMin parameter of CH-TERRITORIAL-ANCHORING
     */
    public CheckFact(boolean art9, boolean decret, boolean charte, double essVoteShareMin, int minActorFamilies,
                     double anchoredShareMin) {
        this.art9 = art9;
        this.decret = decret;
        this.charte = charte;
        this.essVoteShareMin = essVoteShareMin;
        this.minActorFamilies = minActorFamilies;
        this.anchoredShareMin = anchoredShareMin;
    }

    /** LOI-2014-856-ART9 is evaluated. */
    public boolean isArt9() { return art9; }
    /** DECRET-2015-431-ART3 is evaluated. */
    public boolean isDecret() { return decret; }
    /** CHARTE-LABO-ESS is evaluated. */
    public boolean isCharte() { return charte; }
    /** The data rules are evaluated (always, with any referential). */
    public boolean isData() { return art9 || decret || charte; }
    /** Parameter essVoteShareMin. */
    public double getEssVoteShareMin() { return essVoteShareMin; }
    /** Parameter minActorFamilies. */
    public int getMinActorFamilies() { return minActorFamilies; }
    /** Parameter anchoredShareMin. */
    public double getAnchoredShareMin() { return anchoredShareMin; }

    /** Records PASSED when {@code passed}, FAILED otherwise. */
    public void record(String ruleId, boolean passed, Collection<?> evidence, Object... figures) {
        put(ruleId, passed ? Outcome.PASSED : Outcome.FAILED, evidence, figures);
    }

    /** Records PASSED when {@code passed}, FAILED otherwise, with the evidence in the order given (not sorted). */
    public void recordInOrder(String ruleId, boolean passed, List<String> evidence, Object... figures) {
        store(ruleId, passed ? Outcome.PASSED : Outcome.FAILED, List.copyOf(evidence), figures);
    }

    /** Records NOT_APPLICABLE. */
    public void notApplicable(String ruleId, Object... figures) {
        put(ruleId, Outcome.NOT_APPLICABLE, List.of(), figures);
    }

    private void put(String ruleId, Outcome outcome, Collection<?> evidence, Object[] figures) {
        List<String> ids = new ArrayList<>(evidence.size());
        for (Object e : evidence) {
            ids.add(String.valueOf(e));
        }
        ids.sort(null);
        store(ruleId, outcome, List.copyOf(ids), figures);
    }

    private void store(String ruleId, Outcome outcome, List<String> evidence, Object[] figures) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < figures.length; i += 2) {
            named.put((String) figures[i], figures[i + 1]);
        }
        Finding previous = findings.put(ruleId, new Finding(ruleId, outcome, evidence, named));
        if (previous != null) {
            throw new IllegalStateException("rule " + ruleId + " recorded twice in one check");
        }
    }

    /** The findings recorded, by rule id. */
    public Map<String, Finding> findings() {
        return findings;
    }
}
