package fr.ptce.examples.cli;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.text.Texts;
import fr.ptce.report.TimelineFormat;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.Language;
import fr.ptce.rules.Timeline;
import fr.ptce.rules.TimelinePeriod;
import fr.ptce.rules.Verdict;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce timeline}: the compliance of one pole through time, one period per stretch of equal results (same
 * verdict, same failed rules), with what changed at the start of each.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false)
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ReferentialOption referential;

    @Option(names = "--from", paramLabel = "${bundle:label.date:-DATE}", converter = Converters.DateConverter.class)
    private LocalDate from;

    @Option(names = "--to", paramLabel = "${bundle:label.date:-DATE}", converter = Converters.DateConverter.class)
    private LocalDate to;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            converter = Converters.TimelineFormatConverter.class)
    private TimelineFormat format = TimelineFormat.TEXT;

    @Parameters(index = "0", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "file")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        LocalDate end = to == null ? LocalDate.now() : to;
        if (from != null && from.isAfter(end)) {
            err.println(labels.format("timeline.window", from, end));
            return PtceCommand.INVALID;
        }
        if (!Files.exists(file)) {
            err.println(labels.format("input.notFound", file));
            return PtceCommand.INVALID;
        }
        Pole pole;
        try {
            pole = Shared.reader(language).read(file);
        } catch (PoleFormatException e) {
            ValidateCommand.reportProblems(err, labels, file, e.problems());
            return PtceCommand.INVALID;
        }
        ComplianceChecker checker = Shared.checker();
        if (from == null && pole.foundedOn() != null && pole.foundedOn().isAfter(end)) {
            err.println(labels.format("timeline.window", pole.foundedOn(), end));
            return PtceCommand.INVALID;
        }
        // The reader validated the pole: each date is checked as trusted input.
        CheckOptions options = CheckOptions.builder().asOf(end).language(language).trustedInput().build();
        List<Timeline> timelines;
        try {
            timelines = checker.timeline(pole, from, end, referential.referentials(), options);
        } catch (IllegalArgumentException e) {
            err.println("ptce: " + labels.format("error.unexpected", e.getMessage()));
            return PtceCommand.INVALID;
        }
        format.render(out, new TimelineFormat.Context(language, checker.catalogue()), pole, timelines);
        int exit = PtceCommand.OK;
        for (Timeline t : timelines) {
            TimelinePeriod last = t.periods().get(t.periods().size() - 1);
            if (last.verdict() == Verdict.NON_COMPLIANT) {
                exit = PtceCommand.NON_COMPLIANT;
            }
        }
        return exit;
    }
}
