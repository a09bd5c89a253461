package fr.ptce.examples.cli;

import static fr.ptce.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.rules.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One language at a time on the command line: the help of every command and picocli's own usage errors are French by
 * default and English with {@code --lang en}, and every text of the command line exists in both languages.
 */
class CliLanguageTest {
    /** Heading words of picocli's English help, and texts of its own options. */
    private static final List<String> ENGLISH = List.of("Usage:", "Options:", "Commands:", "Parameters:",
            "Show this help", "Print version", "Display help", "[COMMAND]");
    /** Heading words of the French help. */
    private static final List<String> FRENCH = List.of("Utilisation", "Options\u00a0:", "Commandes", "Paramètres",
            "Affiche", "[COMMANDE]");

    /** Every command, as its arguments before {@code --help}: {@code ptce} itself, then each subcommand. */
    static Stream<String> commands() {
        Labels.request(Language.FR);
        return Stream.concat(Stream.of(""), PtceCommand.commandLine().getSubcommands().keySet().stream());
    }

    /** Every command but picocli's {@code help}, which shows the main help for any argument. */
    static Stream<String> commandsTakingOptions() {
        return commands().filter(c -> !c.equals("help"));
    }

    /** The subcommands that need a parameter. */
    static Stream<String> commandsWithAParameter() {
        return Stream.of("validate", "timeline", "survey", "explain", "import-csv", "init");
    }

    @ParameterizedTest
    @ValueSource(strings = {"labels", "help"})
    void everyMessageKeyExistsInBothLanguages(String bundle) {
        Set<String> french = load(bundle + "_fr.properties").stringPropertyNames();
        Set<String> english = load(bundle + "_en.properties").stringPropertyNames();

        assertThat(french).as("keys only in French").containsAll(english);
        assertThat(english).as("keys only in English").containsAll(french);
    }

    @Test
    void noHelpTextIsWrittenOutsideTheBundles() {
        // without the bundles, the commands, options and parameters of ptce have no text at all
        CommandLine bare = new CommandLine(new PtceCommand());
        for (CommandSpec command : tree(bare.getCommandSpec())) {
            if (command.helpCommand()) {
                continue; // picocli's own, relabelled from the bundle
            }
            assertThat(command.usageMessage().description()).as(command.qualifiedName()).isEmpty();
            for (ArgSpec arg : args(command)) {
                boolean standard = arg.isOption() && (((CommandLine.Model.OptionSpec) arg).usageHelp()
                        || ((CommandLine.Model.OptionSpec) arg).versionHelp());
                if (!standard) {
                    assertThat(arg.description()).as(command.qualifiedName() + " " + arg).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "EN"})
    void everyCommandOptionAndParameterIsDescribedInBothLanguages(Language language) {
        Labels.request(language);
        CommandLine described = PtceCommand.commandLine();
        Labels.request(language == Language.FR ? Language.EN : Language.FR);
        CommandLine other = PtceCommand.commandLine();
        List<CommandSpec> commands = tree(described.getCommandSpec());
        List<CommandSpec> others = tree(other.getCommandSpec());
        for (int i = 0; i < commands.size(); i++) {
            CommandSpec command = commands.get(i);
            String[] description = command.usageMessage().description();
            assertThat(description).as(command.qualifiedName()).isNotEmpty();
            assertThat(description).as(command.qualifiedName() + " in both languages")
                    .isNotEqualTo(others.get(i).usageMessage().description());
            List<ArgSpec> args = args(command);
            List<ArgSpec> otherArgs = args(others.get(i));
            for (int j = 0; j < args.size(); j++) {
                String what = command.qualifiedName() + " " + args.get(j);
                assertThat(String.join(" ", args.get(j).description())).as(what).isNotBlank()
                        .isNotEqualTo(String.join(" ", otherArgs.get(j).description()));
            }
        }
        Labels.request(Language.FR);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpIsEntirelyFrenchByDefault(String command) {
        Cli.Run help = run(help(command));

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Utilisation\u00a0: ptce").doesNotContain(ENGLISH);
        assertWrittenFromTheBundle(command, Language.FR, help.out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpIsEntirelyEnglishWithLangEn(String command) {
        Cli.Run help = run(with(help(command), "--lang", "en"));

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: ptce").doesNotContain(FRENCH);
        assertWrittenFromTheBundle(command, Language.EN, help.out());
    }

    @Test
    void langBeforeTheSubcommandAppliesToItsHelp() {
        assertThat(run("--lang", "en", "validate", "--help").out()).startsWith("Usage: ptce validate")
                .contains("Write the reports to FILE");
        assertThat(run("--lang=en", "help", "timeline").out()).startsWith("Usage: ptce timeline")
                .doesNotContain(FRENCH);
    }

    @Test
    void theHelpCommandIsInTheLanguageAsked() {
        assertThat(run("help", "validate").out()).startsWith("Utilisation\u00a0: ptce validate")
                .contains("Fichiers de pôles (JSON)");
        assertThat(run("help", "help").out()).contains("[COMMANDE]", "La commande dont afficher l'aide.")
                .doesNotContain(ENGLISH);
        assertThat(run("help", "help", "--lang", "en").out()).contains("[COMMAND]").doesNotContain(FRENCH);
    }

    @ParameterizedTest
    @MethodSource("commandsTakingOptions")
    void anUnknownOptionIsOneFrenchLineByDefault(String command) {
        Cli.Run r = run(with(complete(command), "--bogus"));
        String name = ("ptce " + command).strip();

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(name + "\u00a0: option inconnue --bogus (aide : " + name + " --help)"
                + System.lineSeparator());
    }

    @ParameterizedTest
    @MethodSource("commandsTakingOptions")
    void anUnknownOptionIsOneEnglishLineWithLangEn(String command) {
        Cli.Run r = run(with(complete(command), "--lang", "en", "--bogus"));
        String name = ("ptce " + command).strip();

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(name + ": unknown option --bogus (help: " + name + " --help)"
                + System.lineSeparator());
    }

    @ParameterizedTest
    @MethodSource("commandsWithAParameter")
    void aMissingParameterIsOneFrenchLineByDefault(String command) {
        Cli.Run r = run(command);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("ptce " + command + "\u00a0: il manque ")
                .endsWith("(aide : ptce " + command + " --help)" + System.lineSeparator())
                .doesNotContain("FILE", "NAME", "RULE-ID", "MEMBERS", "Missing");
    }

    @ParameterizedTest
    @MethodSource("commandsWithAParameter")
    void aMissingParameterIsOneEnglishLineWithLangEn(String command) {
        Cli.Run r = run(command, "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("ptce " + command + ": missing ")
                .endsWith("(help: ptce " + command + " --help)" + System.lineSeparator())
                .doesNotContain("FICHIER", "NOM", "MEMBRES", "il manque");
    }

    @Test
    void aMissingOptionValueARepeatedOptionAndAnUnknownHelpTopicAreOneTranslatedLine() {
        assertThat(run("validate", "Cli.java", "--as-of").err()).isEqualTo("ptce validate\u00a0: il manque la valeur "
                + "de --as-of (DATE) (aide : ptce validate --help)" + System.lineSeparator());
        assertThat(run("validate", "--lang", "en", "--lang", "en", "Cli.java").err()).isEqualTo("ptce validate: "
                + "--lang can be given only once (help: ptce validate --help)" + System.lineSeparator());
        assertThat(run("timeline", "--from", "demain", "x.json").err()).isEqualTo("ptce timeline\u00a0: --from\u00a0: "
                + "« demain » n'est pas une date qui existe ; écrire AAAA-MM-JJ (2026-11-26) ou JJ/MM/AAAA (26/11/2026) "
                + "(aide : ptce timeline --help)" + System.lineSeparator());
        assertThat(run("validate", "--param", "x", "x.json").err()).isEqualTo("ptce validate\u00a0: valeur « x » "
                + "refusée pour --param ; forme attendue : CLÉ=VALEUR (aide : ptce validate --help)"
                + System.lineSeparator());
        assertThat(run("help", "nope").err()).isEqualTo("ptce\u00a0: commande inconnue « nope » (aide : ptce --help)"
                + System.lineSeparator());
        assertThat(run("help", "nope", "--lang", "en").err()).isEqualTo("ptce: unknown command 'nope' (help: ptce "
                + "--help)" + System.lineSeparator());
    }

    /** Every description and heading the help of {@code command} shows is the bundle's text of that language. */
    @Test
    void theVersionLineIsFrenchByDefaultAndEnglishWithLangEn() {
        // run in-process from the classes: no jar manifest, hence a development build
        assertThat(run("--version").out().strip()).isEqualTo("ptce (version de développement) — format v1, règles v2");
        assertThat(run("--version", "--lang", "en").out().strip()).isEqualTo("ptce (development build) - format v1, rules v2");
    }

    private static void assertWrittenFromTheBundle(String command, Language language, String help) {
        Labels.request(language);
        CommandLine root = PtceCommand.commandLine();
        Labels.request(Language.FR);
        CommandSpec spec = command.isEmpty() ? root.getCommandSpec()
                : root.getSubcommands().get(command).getCommandSpec();
        String flat = flat(help);
        for (String line : spec.usageMessage().description()) {
            assertThat(flat).contains(flat(line));
        }
        for (ArgSpec arg : args(spec)) {
            assertThat(flat).as(command + " " + arg).contains(flat(String.join(" ", arg.description())));
        }
        java.util.ResourceBundle bundle = HelpTexts.bundle(language);
        assertThat(help).contains(bundle.getString("usage.synopsisHeading") + spec.qualifiedName());
        if (!spec.options().isEmpty()) {
            assertThat(help).contains(bundle.getString("usage.optionListHeading").replace("%n", "\n").strip());
        }
    }

    private static String flat(String text) {
        return text.replace("%n", "").replaceAll("\\s+", ""); // picocli wraps lines at spaces and after dots
    }

    private static String[] help(String command) {
        return with(split(command), "--help");
    }

    /** The command with the parameters and options it requires. */
    private static String[] complete(String command) {
        return switch (command) {
            case "validate", "timeline", "survey" -> new String[] {command, "x.json"};
            case "explain" -> new String[] {command, "ART9-ESS-ENTERPRISE"};
            case "import-csv" -> new String[] {command, "members.csv", "--into", "x.json"};
            case "init" -> new String[] {command, "--name", "Pôle", "x.json"};
            default -> split(command);
        };
    }

    private static String[] split(String command) {
        return command.isEmpty() ? new String[0] : new String[] {command};
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        Collections.addAll(all, more);
        return all.toArray(String[]::new);
    }

    /** A command and its subcommands, depth first. */
    private static List<CommandSpec> tree(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.subcommands().values()) {
            all.addAll(tree(sub.getCommandSpec()));
        }
        return all;
    }

    private static List<ArgSpec> args(CommandSpec command) {
        List<ArgSpec> args = new ArrayList<>(command.options());
        args.addAll(command.positionalParameters());
        return args;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
