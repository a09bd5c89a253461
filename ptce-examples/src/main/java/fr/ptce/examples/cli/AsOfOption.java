package fr.ptce.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day a command checks as of, today by default. */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "${bundle:label.date:-DATE}", converter = Converters.DateConverter.class)
    private LocalDate asOf;

    /** The date asked for, else today. */
    LocalDate date() {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
