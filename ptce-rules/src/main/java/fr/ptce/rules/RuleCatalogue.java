package fr.ptce.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.rules.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalogue (rules version 2): every rule's id, referential, default severity, source and parameters, and
 * its title, legal text and interpretation note in French and English.
 */
public final class RuleCatalogue {
    private static final String RESOURCE = "catalogue.json";

    private static final class Holder {
        static final RuleCatalogue STANDARD = load();
    }

    private final List<RuleDefinition> rules;
    private final java.util.Map<Referential, List<RuleDefinition>> byReferential = new java.util.EnumMap<>(Referential.class);

    private RuleCatalogue(List<RuleDefinition> rules) {
        this.rules = List.copyOf(rules);
        for (Referential r : Referential.values()) {
            byReferential.put(r, this.rules.stream().filter(rule -> rule.belongsTo(r)).toList());
        }
    }

    /** The catalogue shipped with the library (rules version 2). */
    public static RuleCatalogue standard() {
        return Holder.STANDARD;
    }

    private static RuleCatalogue load() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new RuleCatalogue(new ObjectMapper().readValue(in, new TypeReference<List<RuleDefinition>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule, in catalogue order. */
    public List<RuleDefinition> rules() {
        return rules;
    }

    /** The rules of a referential (its own, then the data rules), in catalogue order. */
    public List<RuleDefinition> rulesOf(Referential referential) {
        return byReferential.get(referential);
    }

    /** The rule with this id. */
    public Optional<RuleDefinition> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rule's short title. */
    public String title(String ruleId, Language language) {
        return Messages.of(language).text(ruleId + ".title");
    }

    /** What the rule checks, quoting the text it encodes. */
    public String text(String ruleId, Language language) {
        return Messages.of(language).format(ruleId + ".text", Messages.parameterFigures(rule(ruleId).orElseThrow()), language);
    }

    /** How the rule reads its source, and why. */
    public String interpretation(String ruleId, Language language) {
        return Messages.of(language).text(ruleId + ".interpretation");
    }
}
