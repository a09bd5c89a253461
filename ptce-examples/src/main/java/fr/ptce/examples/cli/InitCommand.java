package fr.ptce.examples.cli;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce init --name NAME [--id ID] FILE}: writes a small valid pole (format v1) whose values are placeholders
 * for the coordinator to replace. Never overwrites a file.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
public final class InitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "${bundle:label.name:-NAME}")
    private String name;

    @Option(names = "--id", paramLabel = "ID")
    private String id;

    @Parameters(index = "0", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "file")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        Optional<String> poleId = poleId(err, labels, id, name);
        if (poleId.isEmpty()) {
            return PtceCommand.INVALID;
        }
        if (Files.exists(file)) {
            err.println(labels.format("init.exists", file));
            return PtceCommand.INVALID;
        }
        Pole pole = NewPoles.starter(poleId.get(), name.strip(), language == Language.FR, LocalDate.now());
        try {
            Shared.reader(language).read(fr.ptce.model.json.PoleWriter.create().write(pole)); // the strict reader accepts it
        } catch (PoleFormatException e) {
            ValidateCommand.reportProblems(err, labels, file, e.problems());
            return PtceCommand.INVALID;
        }
        try {
            NewPoles.writeNew(pole, file);
        } catch (IOException e) {
            err.println(NewPoles.exists(e) ? labels.format("init.exists", file)
                    : labels.format("output.cannotWrite", file, e.getMessage()));
            return PtceCommand.INVALID;
        }
        out.println(labels.format("init.ok", pole.id(), file));
        return PtceCommand.OK;
    }

    /** The id to use: {@code --id} when valid, else the slug of the name; empty (reported) when neither works. */
    static Optional<String> poleId(PrintWriter err, Texts labels, String id, String name) {
        if (name == null || name.isBlank()) {
            err.println(labels.get("init.blankName"));
            return Optional.empty();
        }
        if (id != null) {
            if (!NewPoles.isSlug(id)) {
                err.println(labels.format("init.badId", id));
                return Optional.empty();
            }
            return Optional.of(id);
        }
        Optional<String> slug = NewPoles.slugOf(name);
        if (slug.isEmpty()) {
            err.println(labels.format("init.noId", name));
        }
        return slug;
    }
}
