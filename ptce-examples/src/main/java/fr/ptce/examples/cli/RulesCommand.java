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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ptce rules}: the rule catalogue (a plug-in's rules too), by referential, with each rule's severity, title and
 * source; {@code --format json} writes them as a JSON array.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false)
public final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ReferentialOption referential;

    /** How the list is written. */
    enum Format {
        /** One line per rule, grouped by referential (the default). */
        TEXT,
        /** A JSON array: one object per rule with id, referential, severity, title and source. */
        JSON
    }

    @Option(names = "--format", descriptionKey = "ptce.rules.format", paramLabel = "text|json", defaultValue = "text",
            converter = RulesFormatConverter.class)
    private Format format = Format.TEXT;

    /** {@code text} or {@code json}, any case. */
    static final class RulesFormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw new Converters.Refused("error.rulesFormat", value);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        RuleCatalogue catalogue = Shared.catalogue();
        List<RuleDefinition> rules = catalogue.rules();
        if (!referential.all()) {
            // each referential's own rules, then the data rules once
            Map<String, RuleDefinition> selected = new LinkedHashMap<>();
            referential.referentials().forEach(r -> catalogue.rulesOf(r).stream().filter(rule -> !rule.isDataRule())
                    .forEach(rule -> selected.put(rule.id(), rule)));
            referential.referentials().forEach(r -> catalogue.rulesOf(r).stream().filter(RuleDefinition::isDataRule)
                    .forEach(rule -> selected.put(rule.id(), rule)));
            rules = List.copyOf(selected.values());
        }
        if (format == Format.JSON) {
            json(out, catalogue, rules, language);
            return PtceCommand.OK;
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
            out.println(group.getKey() + " — " + catalogue.title(Referential.of(group.getKey()), language));
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

    /** The rules as a JSON array of {@code {id, referential, severity, title, source: {label, url}}}. */
    private static void json(PrintWriter out, RuleCatalogue catalogue, List<RuleDefinition> rules, Language language) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ArrayNode array = mapper.createArrayNode();
        for (RuleDefinition rule : rules) {
            com.fasterxml.jackson.databind.node.ObjectNode o = array.addObject();
            o.put("id", rule.id());
            o.put("referential", rule.referential());
            o.put("severity", rule.severity().name());
            o.put("title", catalogue.title(rule.id(), language));
            com.fasterxml.jackson.databind.node.ObjectNode source = o.putObject("source");
            source.put("label", rule.source().label());
            source.put("url", rule.source().url());
        }
        try {
            out.println(mapper.writer(fr.ptce.model.json.PoleWriter.prettyPrinter()).writeValueAsString(array));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
