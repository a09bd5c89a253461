package fr.ptce.rules.testing;

import fr.ptce.rules.Outcome;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that fails a test class unless its tests asserted, through {@link ReportAssert}, every
 * outcome of every rule of one referential: PASSED and FAILED, and NOT_APPLICABLE for a rule whose messages define
 * it. The list of rules comes from the referential's definitions, so a rule added without tests fails the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ReferentialCoverage COVERAGE = ReferentialCoverage.of("EXAMPLE-NETWORK-CHARTER");
 * }</pre>
 */
public final class ReferentialCoverage implements BeforeAllCallback, AfterAllCallback {
    private final String referential;
    private Map<String, Set<Outcome>> scope;

    private ReferentialCoverage(String referential) {
        this.referential = referential;
    }

    /** Coverage of the rules defined by the referential {@code id} (for the data rules, {@code DATA}). */
    public static ReferentialCoverage of(String id) {
        return new ReferentialCoverage(id);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!isOuterClass(context)) {
            return; // a @Nested class: its tests count for the class that registered the extension
        }
        scope = RuleCoverage.open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!isOuterClass(context)) {
            return;
        }
        RuleCoverage.close(scope);
        if (context.getExecutionException().isPresent()) {
            return; // a failed test already says what is wrong
        }
        RuleCatalogue catalogue = RuleCatalogue.standard();
        List<String> missing = new ArrayList<>();
        for (RuleDefinition rule : catalogue.definition(Referential.of(referential)).rules()) {
            Set<Outcome> seen = scope.getOrDefault(rule.id(), EnumSet.noneOf(Outcome.class));
            for (Outcome o : catalogue.outcomes(rule.id())) {
                if (!seen.contains(o)) {
                    missing.add(rule.id() + " " + o);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " does not assert every outcome of the rules of "
                    + referential + "; missing: " + missing);
        }
    }

    private static boolean isOuterClass(ExtensionContext context) {
        return context.getTestClass().map(c -> c.getEnclosingClass() == null || java.lang.reflect.Modifier.isStatic(c.getModifiers()))
                .orElse(false);
    }
}
