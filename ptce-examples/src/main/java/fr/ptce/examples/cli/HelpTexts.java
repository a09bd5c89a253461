package fr.ptce.examples.cli;

import fr.ptce.rules.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help of the command line in French or English, as picocli resource bundles
 * ({@code fr/ptce/examples/cli/help_<lang>.properties}): the descriptions of the commands ({@code ptce.validate.usage.description}),
 * of their options ({@code ptce.validate.format}, or {@code lang} for an option every command shares) and parameters
 * (their {@code descriptionKey}), the parameter labels ({@code label.*}, read by {@code ${bundle:label.…}} in the
 * annotations) and the section headings ({@code usage.synopsisHeading}…). The annotations hold no text of their own,
 * so nothing in the help escapes the language asked for.
 */
final class HelpTexts {
    private HelpTexts() {
    }

    /** Gives {@code commandLine} and its subcommands the help of {@code language}. */
    static void apply(CommandLine commandLine, Language language) {
        ResourceBundle bundle = bundle(language);
        commandLine.setResourceBundle(bundle);
        // picocli's help command names its parameter COMMAND in its annotation: relabelled from the bundle
        CommandLine help = commandLine.getSubcommands().get("help");
        if (help != null && bundle.containsKey("label.command")) {
            CommandSpec spec = help.getCommandSpec();
            for (PositionalParamSpec p : java.util.List.copyOf(spec.positionalParameters())) {
                spec.remove(p);
                spec.add(p.toBuilder().paramLabel(bundle.getString("label.command")).build());
            }
        }
    }

    /**
     * The help texts of a language, read here rather than by {@link ResourceBundle#getBundle}, so that the language
     * asked for is the one given whatever the JVM's default locale.
     */
    static ResourceBundle bundle(Language language) {
        String name = "help_" + language.locale().getLanguage() + ".properties";
        try (InputStream in = HelpTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing help texts " + name);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
