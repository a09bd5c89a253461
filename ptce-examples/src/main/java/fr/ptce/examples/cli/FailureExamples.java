package fr.ptce.examples.cli;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.InvalidReferentialException;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * For each rule, the pole that fails it as its referential's definitions give it ({@code failureExample}, with what
 * was changed in its messages, {@code RULE.failureExample}), for {@code ptce explain} and the rule book. The built-in
 * examples are a compliant example pole ({@code examples/compliant-example.json}: an association, a SCOP, a SARL, a
 * town and a university in Dijon) changed in one described way.
 */
public final class FailureExamples {
    private static final String COMPLIANT = "/examples/compliant-example.json";

    /** A pole that fails a rule, and what was changed to make it fail. */
    public record Example(String ruleId, String changeFr, String changeEn, Pole pole) {
        /** The change, in a language. */
        public String change(Language language) {
            return language == Language.EN ? changeEn : changeFr;
        }
    }

    private FailureExamples() {
    }

    /** The compliant example pole the built-in examples start from. */
    public static Pole compliant() {
        try (InputStream in = FailureExamples.class.getResourceAsStream(COMPLIANT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMPLIANT);
            }
            return PoleReader.create().read(in, COMPLIANT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example that fails {@code ruleId}, if its definition gives one.
     *
     * @throws InvalidReferentialException when the example named by the definition is missing or not a valid pole
     */
    public static Optional<Example> of(String ruleId) {
        RuleCatalogue catalogue = Shared.catalogue();
        if (catalogue.rule(ruleId).isEmpty()) {
            return Optional.empty();
        }
        Optional<InputStream> found = catalogue.openFailureExample(ruleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = found.get()) {
            Pole pole = PoleReader.create().read(in, catalogue.rule(ruleId).orElseThrow().failureExample());
            return Optional.of(new Example(ruleId, catalogue.failureExampleChange(ruleId, Language.FR),
                    catalogue.failureExampleChange(ruleId, Language.EN), pole));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PoleFormatException e) {
            throw new InvalidReferentialException("the example of failure of " + ruleId + " is not a valid pole: "
                    + e.getMessage(), e);
        }
    }

    /** The rule ids that have an example, in catalogue order. */
    public static List<String> ruleIds() {
        return Shared.catalogue().rules().stream().filter(r -> r.failureExample() != null).map(RuleDefinition::id).toList();
    }

    /**
     * The referential an example of {@code rule} is checked against: the rule's own, or for a rule part of every
     * referential (the data rules), the first of the catalogue.
     */
    static Referential referentialOf(RuleCatalogue catalogue, RuleDefinition rule) {
        return rule.isDataRule() ? catalogue.referentials().get(0)
                : catalogue.referential(rule.referential()).orElse(catalogue.referentials().get(0));
    }
}
