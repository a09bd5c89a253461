package fr.ptce.examples.cli;

import fr.ptce.model.text.Texts;
import fr.ptce.rules.Language;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ptce rules}: the rule catalogue, by referential, with each rule's severity, title and source. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false)
public final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ReferentialOption referential;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        RuleCatalogue catalogue = Shared.catalogue();
        List<RuleDefinition> rules = catalogue.rules();
        if (!referential.all()) {
            // each referential's own rules and the data rules, in the catalogue's order
            Set<String> selected = new HashSet<>();
            referential.referentials().forEach(r -> catalogue.rulesOf(r).forEach(rule -> selected.add(rule.id())));
            rules = rules.stream().filter(rule -> selected.contains(rule.id())).toList();
        }
        Map<String, List<RuleDefinition>> groups = new LinkedHashMap<>();
        for (RuleDefinition rule : rules) {
            groups.computeIfAbsent(rule.referential(), k -> new ArrayList<>()).add(rule);
        }
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        int severityWidth = rules.stream().mapToInt(r -> labels.get("severity." + r.severity()).length()).max().orElse(8);
        boolean firstGroup = true;
        for (Map.Entry<String, List<RuleDefinition>> group : groups.entrySet()) {
            if (!firstGroup) {
                out.println();
            }
            firstGroup = false;
            out.println(group.getKey() + " — " + labels.get("referential." + group.getKey()));
            for (RuleDefinition rule : group.getValue()) {
                out.println("  " + pad(rule.id(), idWidth) + "  " + pad(labels.get("severity." + rule.severity()), severityWidth)
                        + "  " + catalogue.title(rule.id(), language));
                if (rule.source() != null) {
                    out.println("  " + " ".repeat(idWidth + severityWidth + 4) + rule.source().label()
                            + (rule.source().url() == null ? "" : " <" + rule.source().url() + ">"));
                }
            }
        }
        out.println();
        out.println(labels.format("rules.count", rules.size()));
        return PtceCommand.OK;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
