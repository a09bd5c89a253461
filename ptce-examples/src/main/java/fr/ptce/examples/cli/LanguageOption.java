package fr.ptce.examples.cli;

import fr.ptce.rules.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --lang fr|en}, declared once on {@code ptce} and inherited by every subcommand ({@link ScopeType#INHERIT}):
 * the language of the messages, the reports and the help. The help and the usage errors are written before the
 * options are read, so {@link Labels#requestedBy(String...)} reads the same option ahead of picocli.
 */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", scope = ScopeType.INHERIT,
            converter = Converters.LanguageConverter.class)
    private Language language = Language.FR;

    /** The language the command line asks for; French when the command has no {@code --lang}. */
    static Language of(CommandSpec spec) {
        OptionSpec option = spec.findOption("--lang");
        return option != null && option.getValue() instanceof Language language ? language : Language.FR;
    }
}
