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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce timeline}: the compliance of one pole through time, one period per stretch of equal results (same
 * verdict, same failed rules), with what changed at the start of each.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows the compliance of a pole through time: the pole is checked on every date where one of "
                + "its inputs changes (an entry joins or leaves, a cooperation starts or ends, an ESUS approval is "
                + "granted or expires, a State support is decided) or a text enters into force, and equal "
                + "consecutive results (same verdict, same failed rules) are merged into periods.",
                "Exit codes: 0 when the pole is compliant (warnings allowed) or the text not in force on the last "
                        + "day, 1 when it is non-compliant on the last day for a requested referential, 2 invalid "
                        + "input or usage."})
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--referential", paramLabel = "ID|all", defaultValue = "all",
            converter = Converters.ReferentialsConverter.class,
            description = "all (default) or referential ids separated by commas: LOI-2014-856-ART9, "
                    + "DECRET-2015-431-ART3, CHARTE-LABO-ESS.")
    private Converters.Selection selection = Converters.Selection.all();

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD); default: the pole's "
            + "foundedOn, else its earliest date, else 2014-08-02.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD); default: today.")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "text (default), json or html.")
    private TimelineFormat format = TimelineFormat.TEXT;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Converters.LanguageConverter.class,
            description = "Language of the labels and messages: fr (default) or en.")
    private Language language = Language.FR;

    @Parameters(index = "0", paramLabel = "FILE", description = "The pole file (JSON, format v1).")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
            timelines = checker.timeline(pole, from, end, selection.referentials(), options);
        } catch (IllegalArgumentException e) {
            err.println("ptce: " + e.getMessage());
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
