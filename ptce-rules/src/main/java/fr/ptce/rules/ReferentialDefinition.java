package fr.ptce.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A referential as its definitions declare it: a unit made of its DRL rules (compiled at build time into the
 * package {@code rulePackage}), their definitions, and their messages in French and English. The built-in
 * referentials and a host's own are defined the same way (see {@code docs/custom-referential.md}).
 *
 * @param referential            its id
 * @param inForceFrom            the first day its text applies, or {@code null} when it applies at any date
 * @param partOfEveryReferential its rules belong to every referential's report (the data rules); it is not checked
 *                               on its own
 * @param rulePackage            the package of its DRL rules
 * @param origin                 where it was found (the jar or directory), for messages
 * @param rules                  its rules, in definition order
 */
public record ReferentialDefinition(Referential referential, LocalDate inForceFrom, boolean partOfEveryReferential,
                                    String rulePackage, String origin, List<RuleDefinition> rules) {

    /** Copies the rules. */
    public ReferentialDefinition {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(rulePackage, "rulePackage");
        rules = List.copyOf(rules);
    }

    /** The referential's id. */
    public String id() {
        return referential.id();
    }

    /** The first day its text applies, or empty when it applies at any date. */
    public Optional<LocalDate> inForce() {
        return Optional.ofNullable(inForceFrom);
    }

    /** True when its text applies on {@code date}. */
    public boolean isInForceOn(LocalDate date) {
        return inForceFrom == null || !date.isBefore(inForceFrom);
    }
}
