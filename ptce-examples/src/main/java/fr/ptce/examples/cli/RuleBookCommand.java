package fr.ptce.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ptce rule-book [--output FILE]}: the rule book ({@link RuleBook}), the Markdown of the repository's
 * {@code docs/rules.md}.
 */
@Command(name = "rule-book", mixinStandardHelpOptions = true, sortOptions = false)
public final class RuleBookCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file:-FILE}")
    private Path output;

    @Override
    public Integer call() {
        String markdown = new RuleBook(Shared.catalogue(), Shared.checker()).markdown();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(markdown);
            out.flush();
            return PtceCommand.OK;
        }
        try {
            Files.writeString(output, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println(Labels.of(LanguageOption.of(spec))
                    .format("output.cannotWrite", output, e.getMessage()));
            return PtceCommand.INVALID;
        }
        return PtceCommand.OK;
    }
}
