package fr.ptce.examples.cli;

import fr.ptce.model.text.Texts;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ptce rules}: the rule catalogue, by referential, with each rule's severity, title and source. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the rules of the catalogue (rules version 2) with their severity, title and source.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--referential", paramLabel = "ID", converter = Converters.ReferentialConverter.class,
            description = "Only the rules of this referential (its own and the data rules): LOI-2014-856-ART9, "
                    + "DECRET-2015-431-ART3, CHARTE-LABO-ESS.")
    private Referential referential;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Converters.LanguageConverter.class,
            description = "Language: fr (default) or en.")
    private Language language = Language.FR;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Texts labels = Labels.of(language);
        RuleCatalogue catalogue = Shared.catalogue();
        List<RuleDefinition> rules = referential == null ? catalogue.rules() : catalogue.rulesOf(referential);
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
