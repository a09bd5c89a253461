package fr.ptce.examples.cli;

import fr.ptce.model.text.Texts;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce explain RULE-ID}: everything about one rule (title, the text it encodes, how it reads it, severity,
 * source, parameters) and an example of failure, made by checking a small example pole that fails it
 * ({@link FailureExamples}).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false)
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:label.ruleId:-RULE-ID}", descriptionKey = "rule")
    private String ruleId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        RuleCatalogue catalogue = Shared.catalogue();
        String id = ruleId.trim().toUpperCase(Locale.ROOT);
        Optional<RuleDefinition> found = catalogue.rule(id);
        if (found.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(labels.format("explain.unknown", ruleId));
            for (RuleDefinition r : catalogue.rules()) {
                err.println("  " + r.id());
            }
            return PtceCommand.INVALID;
        }
        RuleDefinition rule = found.get();
        String title = catalogue.title(id, language);
        out.println(id + " — " + title);
        out.println("=".repeat(Math.min(100, id.length() + 3 + title.length())));
        out.println(labels.format("explain.referential", rule.referential() + " — "
                + catalogue.title(Referential.of(rule.referential()), language)));
        out.println(labels.format("explain.severity", labels.get("severity." + rule.severity()) + " (" + rule.severity() + ")"));
        if (rule.source() != null) {
            out.println(labels.format("explain.source", rule.source().label()
                    + (rule.source().url() == null ? "" : " <" + rule.source().url() + ">")));
        }
        out.println();
        out.println(labels.get("explain.text"));
        out.println("  " + catalogue.text(id, language));
        out.println();
        out.println(labels.get("explain.interpretation"));
        out.println("  " + catalogue.interpretation(id, language));
        out.println();
        out.println(labels.get("explain.parameters"));
        if (rule.parameters().isEmpty()) {
            out.println("  " + labels.get("explain.noParameters"));
        } else {
            Map<String, Number> sorted = new TreeMap<>(rule.parameters());
            sorted.forEach((k, v) -> out.println("  " + k + " = " + labels.number(v.doubleValue())));
        }
        Optional<FailureExamples.Example> example = FailureExamples.of(id);
        if (example.isPresent()) {
            out.println();
            out.println(labels.get("explain.example"));
            out.println("  " + labels.format("explain.exampleChange", example.get().change(language)));
            Referential referential = FailureExamples.referentialOf(catalogue, rule);
            ComplianceReport report = Shared.checker().check(example.get().pole(), referential,
                    CheckOptions.builder().language(language).build());
            RuleResult result = report.result(id).orElseThrow();
            out.println("  " + labels.format("explain.exampleResult", labels.get("outcome." + result.outcome()),
                    labels.get("verdict." + report.verdict())));
            out.println("  " + result.message());
            if (result.remedy() != null) {
                out.println("  " + labels.format("text.remedy", result.remedy()));
            }
        }
        return PtceCommand.OK;
    }
}
